import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ZOrganisationUpdate, type TOrganisationDetail } from '@koers/shared/organisations';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useUpdateOrganisation } from '../api/update-organisation.ts';
import styles from './organisations.module.css';

type TOrganisationTableProps = {
  organisations: readonly TOrganisationDetail[];
  /** Names of the school boards, to show which board a school belongs to. */
  boardNames: ReadonlyMap<string, string>;
};

export function OrganisationTable({ organisations, boardNames }: TOrganisationTableProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string>();

  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{t('admin.organisations.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.organisations.table.name')}</th>
            <th scope="col">{t('admin.organisations.table.kind')}</th>
            <th scope="col">{t('admin.organisations.table.parent')}</th>
            <th scope="col" className="numeric">
              {t('admin.organisations.table.partnerships')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row" className={styles.name}>
                {renaming === organisation.id ? (
                  <RenameOrganisation organisation={organisation} onDone={() => setRenaming(undefined)} />
                ) : (
                  organisation.name
                )}
              </th>
              <td data-label={t('admin.organisations.table.kind')}>{t(`organisationKinds.${organisation.kind}`)}</td>
              <td data-label={t('admin.organisations.table.parent')}>
                {organisation.parentId ? (boardNames.get(organisation.parentId) ?? '') : '–'}
              </td>
              <td data-label={t('admin.organisations.table.partnerships')} className="numeric">
                {organisation.partnershipCount}
              </td>
              <td className={styles.rowActions}>
                {renaming === organisation.id ? null : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setRenaming(organisation.id)}
                  >
                    {t('admin.organisations.rename.start')}
                    <span className="visually-hidden">: {organisation.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RenameOrganisation({ organisation, onDone }: { organisation: TOrganisationDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const update = useUpdateOrganisation();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(organisation.name);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZOrganisationUpdate.safeParse({ name });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    update.mutate(
      { organisationId: organisation.id, changes: parsed.data },
      { onSuccess: onDone, onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };

  return (
    <form ref={formRef} className={styles.rename} noValidate onSubmit={onSubmit}>
      <TextField
        label={t('admin.organisations.rename.label', { name: organisation.name })}
        value={name}
        maxLength={200}
        autoFocus
        onValueChange={setName}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
        error={fieldErrors.name}
      />
      <FormAlert error={update.error} />
      <div className={styles.inlineActions}>
        <button type="submit" className="button button-small" disabled={update.isPending}>
          {t('admin.save')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
