import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TAuditEntry } from '@koers/shared/people';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useAuditLog } from '../api/get-audit-log.ts';
import styles from './audit-log.module.css';

const LIMITS = [50, 100, 250, 500] as const;
const DEFAULT_LIMIT = 100;

/** Names the log refers to by id, handed down by the page that loads them. */
export type TAuditNames = {
  partnerships: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
};

export function AuditLog({ names }: { names: TAuditNames }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const partnershipId = searchParams.get('partnershipId') ?? undefined;
  const personId = searchParams.get('personId') ?? undefined;
  const limitParam = Number(searchParams.get('limit'));
  const limit = LIMITS.find((option) => option === limitParam) ?? DEFAULT_LIMIT;
  const log = useAuditLog({ partnershipId, personId, limit });

  const setFilter = (name: string, value: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <form
        className={`surface ${styles.filters}`}
        role="search"
        aria-label={t('admin.audit.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <FilterSelect
          className={styles.field}
          label={t('admin.audit.partnership')}
          allLabel={t('admin.audit.allPartnerships')}
          value={partnershipId}
          options={[...names.partnerships].map(([value, label]) => ({ value, label }))}
          onChange={(value) => setFilter('partnershipId', value)}
        />
        <FilterSelect
          className={styles.field}
          label={t('admin.audit.person')}
          allLabel={t('admin.audit.allPeople')}
          value={personId}
          options={[...names.people].map(([value, label]) => ({ value, label }))}
          onChange={(value) => setFilter('personId', value)}
        />
        <FilterSelect
          className={styles.field}
          label={t('admin.audit.limit')}
          value={String(limit)}
          options={LIMITS.map((option) => ({ value: String(option), label: String(option) }))}
          onChange={(value) => setFilter('limit', value)}
        />
      </form>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.length === 0 ? (
        <EmptyState title={t('admin.audit.empty')} />
      ) : (
        <AuditTable entries={log.data} names={names} />
      )}
    </>
  );
}

function AuditTable({ entries, names }: { entries: readonly TAuditEntry[]; names: TAuditNames }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });

  // Actions are `<group>.<verb>` (person.invited); one the translations do not know yet shows as it is.
  const actions: Partial<Record<string, Partial<Record<string, string>>>> = t('admin.audit.actions', {
    returnObjects: true,
  });
  const subjects: Partial<Record<string, string>> = t('admin.audit.subjects', { returnObjects: true });
  const actionLabel = (action: string): string => {
    const [group = '', verb = ''] = action.split('.');
    return actions[group]?.[verb] ?? action;
  };

  const subject = (entry: TAuditEntry): string => {
    const type = subjects[entry.subjectType] ?? entry.subjectType;
    const name =
      (entry.subjectType === 'person' && entry.subjectId ? names.people.get(entry.subjectId) : undefined) ??
      (entry.subjectType === 'partnership' && entry.subjectId ? names.partnerships.get(entry.subjectId) : undefined) ??
      // A refused request names its route (`POST /api/organisations`): that is its whole subject.
      (entry.subjectType === 'route' ? (entry.subjectId ?? undefined) : undefined);
    return name ? `${type}: ${name}` : type;
  };

  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{t('admin.audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.time')}</th>
            <th scope="col">{t('admin.audit.actor')}</th>
            <th scope="col">{t('admin.audit.action')}</th>
            <th scope="col">{t('admin.audit.subject')}</th>
            <th scope="col">{t('admin.audit.partnership')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={styles.time}>
                <time dateTime={entry.occurredAt}>{format.format(new Date(entry.occurredAt))}</time>
              </td>
              <td data-label={t('admin.audit.actor')}>{entry.actor?.displayName ?? t('admin.audit.system')}</td>
              <td data-label={t('admin.audit.action')}>{actionLabel(entry.action)}</td>
              <td data-label={t('admin.audit.subject')}>{subject(entry)}</td>
              <td data-label={t('admin.audit.partnership')}>
                {entry.partnershipId ? (names.partnerships.get(entry.partnershipId) ?? '–') : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
