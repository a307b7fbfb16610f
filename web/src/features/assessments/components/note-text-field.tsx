import { useTranslation } from 'react-i18next';
import { NOTE_TEXT_LIMIT } from '@koers/shared/assessments';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { toLanguage } from '../../../i18n/i18n.ts';
import styles from './note-text-field.module.css';

/** From this share of the limit on, the field shows how many characters are left. */
const COUNTER_FROM = 0.8;

type TNoteTextFieldProps = {
  label: string;
  hint: string;
  value: string;
  onValueChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
};

/**
 * An evidence or next-step text. It never cuts what was typed or pasted: a text over the limit stays
 * whole in the field, marked invalid with what to do, and autosave waits until it fits.
 */
export function NoteTextField({ label, hint, value, onValueChange, onBlur }: TNoteTextFieldProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(toLanguage(i18n.resolvedLanguage));
  const length = value.length;
  const over = length > NOTE_TEXT_LIMIT;
  const tooLong = over
    ? t('fillIn.notes.tooLong', { length: number.format(length), limit: number.format(NOTE_TEXT_LIMIT) })
    : undefined;

  return (
    <div className={styles.noteField}>
      <TextAreaField
        label={label}
        hint={hint}
        value={value}
        dir="auto"
        error={tooLong}
        onValueChange={onValueChange}
        onBlur={onBlur}
      />
      {length >= NOTE_TEXT_LIMIT * COUNTER_FROM ? (
        <p className={styles.counter} data-over={over || undefined}>
          {t('fillIn.notes.counter', { length: number.format(length), limit: number.format(NOTE_TEXT_LIMIT) })}
        </p>
      ) : null}
      {/* Always present, so the message is announced the moment a paste makes the text too long. */}
      <p role="status" className="visually-hidden">
        {tooLong}
      </p>
    </div>
  );
}
