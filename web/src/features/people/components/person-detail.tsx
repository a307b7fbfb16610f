import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZPersonUpdate, type TPerson } from '@koers/shared/people';
import { ZRoleGrant } from '@koers/shared/roles';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { RoleList } from '../../../components/role-list.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useErasePerson } from '../api/erase-person.ts';
import { usePerson } from '../api/get-person.ts';
import { useGrantRole } from '../api/grant-role.ts';
import { useReinvitePerson } from '../api/reinvite-person.ts';
import { useRevokeRole } from '../api/revoke-role.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { InvitationLink } from './invitation-link.tsx';
import { PersonStatusBadge } from './person-status-badge.tsx';
import {
  EMPTY_ROLE_DRAFT,
  RoleGrantFields,
  toRoleGrant,
  type TRoleDraft,
  type TRolePlaces,
} from './role-grant-fields.tsx';
import styles from './people.module.css';

export function PersonNotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState
      headingLevel={1}
      title={t('admin.people.notFound')}
      action={
        <Link to="/admin/people" className="button">
          {t('admin.people.back')}
        </Link>
      }
    />
  );
}

type TPersonDetailProps = {
  personId: string;
  places: TRolePlaces;
  /** How the person signs in: another feature's section, placed by the route before erasure. */
  renderSignIn: (person: TPerson) => ReactNode;
};

export function PersonDetail({ personId, places, renderSignIn }: TPersonDetailProps) {
  const { t, i18n } = useTranslation();
  const query = usePerson(personId);

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiRequestError && query.error.status === 404) return <PersonNotFound />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const person = query.data;
  const erased = person.status === 'erased';
  const since = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(
    new Date(person.createdAt),
  );

  return (
    <article className={styles.detail}>
      <DocumentTitle page={person.displayName} />
      <Link to="/admin/people" className={`back-link ${styles.back}`}>
        <span aria-hidden="true">←</span> {t('admin.people.back')}
      </Link>
      <header className={styles.detailHeader}>
        <h1 className={styles.detailName}>{person.displayName}</h1>
        <PersonStatusBadge status={person.status} />
      </header>
      <p className={styles.muted}>
        {person.email ?? t('admin.people.noEmail')} · {t('admin.people.since', { date: since })}
      </p>
      {erased ? (
        <Notice>
          <p>{t('admin.people.erasedNote')}</p>
        </Notice>
      ) : (
        <div className={styles.sections}>
          <RenamePerson person={person} />
          <PersonAccess person={person} />
          <PersonRoles person={person} places={places} />
          {renderSignIn(person)}
          <ErasePerson person={person} />
        </div>
      )}
    </article>
  );
}

function RenamePerson({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const update = useUpdatePerson();
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState(person.displayName);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZPersonUpdate.safeParse({ displayName });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    update.mutate(
      { personId: person.id, changes: parsed.data },
      { onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };

  return (
    <form
      ref={formRef}
      className={`surface ${styles.card}`}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="person-name"
    >
      <h2 id="person-name">{t('admin.people.rename.title')}</h2>
      {update.isSuccess ? (
        <Notice>
          <p>{t('admin.people.rename.done')}</p>
        </Notice>
      ) : null}
      <FormAlert error={update.error} />
      <TextField
        label={t('admin.people.fields.displayName')}
        value={displayName}
        maxLength={120}
        autoComplete="off"
        onValueChange={setDisplayName}
        error={fieldErrors.displayName}
      />
      <div>
        <button type="submit" className="button" disabled={update.isPending}>
          {t('admin.save')}
        </button>
      </div>
    </form>
  );
}

function PersonAccess({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const update = useUpdatePerson();
  const reinvite = useReinvitePerson();

  return (
    <section className={`surface ${styles.card}`} aria-labelledby="person-access">
      <h2 id="person-access">{t('admin.people.access.title')}</h2>
      {person.status === 'invited' ? (
        <>
          <p>{t('admin.people.access.invited')}</p>
          <FormAlert error={reinvite.error} />
          <div>
            <button
              type="button"
              className="button button-secondary"
              disabled={reinvite.isPending}
              onClick={() => reinvite.mutate(person.id)}
            >
              {t('admin.people.access.reinvite')}
            </button>
          </div>
          {reinvite.data ? (
            reinvite.data.invitationUrl ? (
              <InvitationLink url={reinvite.data.invitationUrl} />
            ) : (
              <Notice>
                <p>{t('admin.people.access.reinvitedByMail')}</p>
              </Notice>
            )
          ) : null}
        </>
      ) : null}
      {person.status === 'active' || person.status === 'disabled' ? (
        <>
          <p>
            {person.status === 'active' ? t('admin.people.access.activeText') : t('admin.people.access.disabledText')}
          </p>
          <FormAlert error={update.error} />
          <div>
            <button
              type="button"
              className={person.status === 'active' ? 'button button-secondary' : 'button'}
              disabled={update.isPending}
              onClick={() =>
                update.mutate({
                  personId: person.id,
                  changes: { status: person.status === 'active' ? 'disabled' : 'active' },
                })
              }
            >
              {person.status === 'active' ? t('admin.people.access.disable') : t('admin.people.access.enable')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

function PersonRoles({ person, places }: { person: TPerson; places: TRolePlaces }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const grant = useGrantRole();
  const revoke = useRevokeRole();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<TRoleDraft>(EMPTY_ROLE_DRAFT);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZRoleGrant.safeParse(toRoleGrant(draft));
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    grant.mutate(
      { personId: person.id, grant: parsed.data },
      { onSuccess: () => setDraft(EMPTY_ROLE_DRAFT), onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };

  return (
    <section className={`surface ${styles.card}`} aria-labelledby="person-roles">
      <h2 id="person-roles">{t('admin.people.roles.title')}</h2>
      <FormAlert error={revoke.error} />
      <RoleList
        roles={person.roles}
        renderAction={(role) => (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate({ personId: person.id, roleId: role.id })}
          >
            {t('admin.people.roles.revoke')}
            <span className="visually-hidden">: {t(`roles.${role.role}`)}</span>
          </button>
        )}
      />
      <form ref={formRef} className={styles.grantForm} noValidate onSubmit={onSubmit} aria-labelledby="person-grant">
        <h3 id="person-grant">{t('admin.people.roles.grantTitle')}</h3>
        <FormAlert error={grant.error} />
        <RoleGrantFields {...places} draft={draft} onChange={setDraft} errors={fieldErrors} />
        <div>
          <button type="submit" className="button" disabled={grant.isPending}>
            {t('admin.people.roles.grant')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ErasePerson({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  const erase = useErasePerson();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className={`surface ${styles.card} ${styles.danger}`} aria-labelledby="person-erase">
      <h2 id="person-erase">{t('admin.people.erase.title')}</h2>
      <p>{t('admin.people.erase.text')}</p>
      <FormAlert error={erase.error} />
      <div>
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('admin.people.erase.start')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('admin.people.erase.confirmTitle', { name: person.displayName })}
          confirmLabel={t('admin.people.erase.confirm')}
          cancelLabel={t('admin.cancel')}
          busy={erase.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => erase.mutate(person.id, { onSettled: () => setConfirming(false) })}
        >
          <p>{t('admin.people.erase.confirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
