import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, ZOrganisationCreate, type TOrganisationDetail } from '@koers/shared/organisations';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useCreateOrganisation } from '../api/create-organisation.ts';
import styles from './organisations.module.css';

const EMPTY = { name: '', kind: '', parentId: '' };

export function CreateOrganisationForm({ boards }: { boards: readonly TOrganisationDetail[] }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const create = useCreateOrganisation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [created, setCreated] = useState<string>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(undefined);
    const parsed = ZOrganisationCreate.safeParse({
      name: values.name,
      kind: values.kind,
      // Only schools sit under a board.
      parentId: values.kind === 'school' && values.parentId !== '' ? values.parentId : null,
    });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    create.mutate(parsed.data, {
      onSuccess: (organisation) => {
        setCreated(organisation.name);
        setValues(EMPTY);
      },
      onError: (error) => {
        flushSync(() => setFieldErrors(fromApi(error)));
        focusFirstInvalidField(formRef.current);
      },
    });
  };

  return (
    <form
      ref={formRef}
      className={`surface ${styles.form}`}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="create-organisation"
    >
      <h2 id="create-organisation">{t('admin.organisations.create.title')}</h2>
      {created ? (
        <Notice>
          <p>{t('admin.organisations.create.done', { name: created })}</p>
        </Notice>
      ) : null}
      <FormAlert error={create.error} />
      <div className={styles.formFields}>
        <TextField
          label={t('admin.organisations.fields.name')}
          value={values.name}
          maxLength={200}
          autoComplete="off"
          onValueChange={(name) => setValues({ ...values, name })}
          error={fieldErrors.name}
        />
        <SelectField
          label={t('admin.organisations.fields.kind')}
          value={values.kind}
          onValueChange={(kind) => setValues({ ...values, kind })}
          error={fieldErrors.kind}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {ORGANISATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`organisationKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        {values.kind === 'school' ? (
          <SelectField
            label={t('admin.organisations.fields.parent')}
            hint={t('admin.organisations.fields.parentHint')}
            value={values.parentId}
            onValueChange={(parentId) => setValues({ ...values, parentId })}
            error={fieldErrors.parentId}
          >
            <option value="">{t('admin.organisations.fields.noParent')}</option>
            {boards.map((board) => (
              <option key={board.id} value={board.id}>
                {board.name}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('admin.organisations.create.submit')}
        </button>
      </div>
    </form>
  );
}
