import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame.tsx';
import styles from './form.module.css';

type TSelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'onChange'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** `<option>` and `<optgroup>` elements. */
  children: ReactNode;
};

export function SelectField({ label, value, onValueChange, error, hint, children, ...selectProps }: TSelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(control) => (
        <select
          {...selectProps}
          {...control}
          className={styles.control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
