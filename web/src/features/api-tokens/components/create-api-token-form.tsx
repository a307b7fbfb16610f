import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { API_TOKEN_DEFAULT_DAYS, ZApiTokenCreate, type TApiTokenCreated } from '@koers/shared/api-tokens';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCreateApiToken } from '../api/create-api-token.ts';
import styles from './api-tokens.module.css';

/** The lifetimes offered: a year at most, so a forgotten token ends by itself. */
const LIFETIMES = [30, 90, 180, 365] as const;

export function CreateApiTokenForm({ onCreated }: { onCreated: (created: TApiTokenCreated) => void }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const create = useCreateApiToken();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [expiresInDays, setExpiresInDays] = useState<number>(API_TOKEN_DEFAULT_DAYS);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZApiTokenCreate.safeParse({ name, expiresInDays });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        setName('');
        onCreated(created);
      },
      onError: (error) => {
        flushSync(() => setFieldErrors(fromApi(error)));
        focusFirstInvalidField(formRef.current);
      },
    });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby="create-api-token" className={styles.form}>
      <h3 id="create-api-token">{t('apiTokens.create.title')}</h3>
      <FormAlert error={create.error} />
      <div className={styles.fields}>
        <TextField
          label={t('apiTokens.create.name')}
          hint={t('apiTokens.create.nameHint')}
          value={name}
          maxLength={80}
          autoComplete="off"
          onValueChange={setName}
          error={fieldErrors.name}
        />
        <SelectField
          label={t('apiTokens.create.expiresIn')}
          hint={t('apiTokens.create.expiresInHint')}
          value={String(expiresInDays)}
          onValueChange={(value) => setExpiresInDays(Number(value))}
          error={fieldErrors.expiresInDays}
        >
          {LIFETIMES.map((days) => (
            <option key={days} value={days}>
              {t(`apiTokens.create.days${days}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('apiTokens.create.submit')}
        </button>
      </div>
    </form>
  );
}
