import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type TOrganisation } from '@koers/shared/organisations';
import type { TPartnership } from '@koers/shared/partnerships';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { useReplacePartnershipMembers } from '../api/replace-partnership-members.ts';
import styles from './partnership-admin.module.css';

type TPartnershipMemberEditorProps = {
  partnership: TPartnership;
  /** Every organisation that could be a member. */
  organisations: readonly TOrganisation[];
};

/**
 * Which organisations take part, as checkboxes grouped by kind with a search over names. A search only
 * hides organisations: what was ticked stays ticked.
 */
export function PartnershipMemberEditor({ partnership, organisations }: TPartnershipMemberEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const replace = useReplacePartnershipMembers();
  const [selected, setSelected] = useState(() => new Set(partnership.members.map((member) => member.id)));
  const [search, setSearch] = useState('');
  const [saved, setSaved] = useState(false);

  const term = search.trim().toLocaleLowerCase('nl');
  // Current members first, so they are seen without scrolling; sorted once, so ticking does not reorder.
  const [membersAtStart] = useState(() => new Set(partnership.members.map((member) => member.id)));
  const byMembership = (a: TOrganisation, b: TOrganisation) =>
    Number(membersAtStart.has(b.id)) - Number(membersAtStart.has(a.id));
  const groups = ORGANISATION_KINDS.map((kind) => ({
    kind,
    all: organisations.filter((organisation) => organisation.kind === kind).sort(byMembership),
  })).map((group) => ({
    ...group,
    shown: group.all.filter((organisation) => organisation.name.toLocaleLowerCase('nl').includes(term)),
  }));

  const toggle = (organisationId: string, checked: boolean) => {
    setSaved(false);
    setSelected((previous) => {
      const next = new Set(previous);
      if (checked) next.add(organisationId);
      else next.delete(organisationId);
      return next;
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    replace.mutate(
      { partnershipId: partnership.id, organisationIds: [...selected] },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form className={`surface ${styles.form}`} onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.partnerships.members.title')}</h2>
      <p className={styles.muted}>{t('admin.partnerships.members.intro')}</p>
      <div className={styles.memberToolbar}>
        <div className={styles.search}>
          <label htmlFor={`${id}-search`}>{t('admin.partnerships.members.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            autoComplete="off"
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <p role="status" className={styles.selectedCount}>
          {t('admin.partnerships.members.selected', { count: selected.size })}
        </p>
      </div>
      <div className={styles.memberGroups}>
        {groups.map(({ kind, all, shown }) => (
          <fieldset key={kind} className={styles.memberGroup}>
            <legend>
              {t(`partnership.kinds.${kind}`)}{' '}
              <span className={styles.groupCount}>
                {all.filter((organisation) => selected.has(organisation.id)).length}/{all.length}
              </span>
            </legend>
            {shown.length === 0 ? (
              <p className={styles.muted}>{t('admin.partnerships.members.noMatch')}</p>
            ) : (
              <ul className={styles.checkList}>
                {shown.map((organisation) => (
                  <li key={organisation.id}>
                    <label className={styles.check}>
                      <input
                        type="checkbox"
                        checked={selected.has(organisation.id)}
                        onChange={(event) => toggle(organisation.id, event.target.checked)}
                      />
                      <span>{organisation.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        ))}
      </div>
      {saved ? (
        <Notice>
          <p>{t('admin.partnerships.members.done')}</p>
        </Notice>
      ) : null}
      <FormAlert error={replace.error} />
      <div>
        <button type="submit" className="button" disabled={replace.isPending}>
          {t('admin.partnerships.members.submit')}
        </button>
      </div>
    </form>
  );
}
