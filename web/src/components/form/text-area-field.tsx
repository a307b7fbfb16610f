import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame.tsx';
import styles from './form.module.css';

type TTextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'onChange'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
};

/** A labelled multi-line field whose hint and error are read out with it. */
export function TextAreaField({ label, value, onValueChange, error, hint, ...textareaProps }: TTextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(control) => (
        <textarea
          rows={4}
          {...textareaProps}
          {...control}
          className={`${styles.control} ${styles.textarea}`}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
