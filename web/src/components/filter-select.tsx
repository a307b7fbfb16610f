import { useId } from 'react';

type TFilterOption = { value: string; label: string };

type TFilterSelectProps = {
  label: string;
  /** The chosen value; undefined when the filter is off. */
  value: string | undefined;
  /** The first option, which turns the filter off ("Alle sectoren"); absent when the filter always holds a value. */
  allLabel?: string;
  options: readonly TFilterOption[];
  /** Receives '' for the "all" option, so a caller can drop the filter from the address. */
  onChange: (value: string) => void;
  /** The feature's field class: filter bars are laid out by the page they stand on. */
  className?: string;
};

/** One labelled filter of a search form: a native select, so keyboard and screen readers work as they expect. */
export function FilterSelect({ label, value, allLabel, options, onChange, className }: TFilterSelectProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
