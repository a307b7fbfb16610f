import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame.tsx';
import styles from './form.module.css';

type TTextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'onChange'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

/** A labelled input whose hint and error are read out with it. */
export function TextField({ label, value, onValueChange, error, hint, ...inputProps }: TTextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(control) => (
        <input
          {...inputProps}
          {...control}
          className={styles.control}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
