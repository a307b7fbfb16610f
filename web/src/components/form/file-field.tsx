import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame } from './field-frame.tsx';

type TFileFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type' | 'onChange'> & {
  label: string;
  /** The file chosen, or undefined when the choice was cleared. */
  onFile: (file: File | undefined) => void;
  error?: string | undefined;
  hint?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A labelled file picker whose hint and error are read out with it. An error about the file chosen is
 * also announced as it appears: choosing a file moves no focus, so nothing else would say it.
 */
export function FileField({ label, onFile, error, hint, ...inputProps }: TFileFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} announceError>
      {(control) => (
        <input {...inputProps} {...control} type="file" onChange={(event) => onFile(event.target.files?.[0])} />
      )}
    </FieldFrame>
  );
}
