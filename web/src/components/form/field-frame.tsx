import { useId, type ReactNode } from 'react';
import styles from './form.module.css';

/** What a control needs to be tied to its label, hint and error. */
type TControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type TFieldFrameProps = {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Announce the error when it appears, for fields whose error no submit or focus move brings to notice. */
  announceError?: boolean;
  children: (control: TControlProps) => ReactNode;
};

/** The label, hint and error around one form control, so screen readers read them with it. */
export function FieldFrame({ label, error, hint, announceError = false, children }: TFieldFrameProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {error ? (
        <p id={`${id}-error`} className={styles.error} role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
