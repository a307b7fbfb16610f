import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/form/text-field.tsx';
import { useCodeFailure } from './second-step-form.tsx';
import styles from './second-factor.module.css';

type TCodeFormProps = {
  label: string;
  submit: string;
  busy: string;
  pending: boolean;
  error: Error | null;
  /** Six digits from the app only (enrolling), or a recovery code too (changes to an enrolled factor). */
  appOnly?: boolean;
  onCode: (code: string) => void;
};

/** One code, for one change: confirming an enrolment, new recovery codes, switching the factor off. */
export function CodeForm({ label, submit, busy, pending, error, appOnly = false, onCode }: TCodeFormProps) {
  const [code, setCode] = useState('');
  const failure = useCodeFailure(error, appOnly ? 'app' : 'either');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) onCode(code.trim());
  };
  return (
    <form className={styles.codeForm} noValidate onSubmit={onSubmit}>
      <TextField
        label={label}
        autoComplete="one-time-code"
        inputMode={appOnly ? 'numeric' : 'text'}
        spellCheck={false}
        value={code}
        onValueChange={setCode}
        error={failure}
      />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? busy : submit}
        </button>
      </div>
    </form>
  );
}
