import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZInvitationCreate, type TInvitationResult } from '@koers/shared/people';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useInvitePerson } from '../api/invite-person.ts';
import { InvitationLink } from './invitation-link.tsx';
import {
  EMPTY_ROLE_DRAFT,
  RoleGrantFields,
  toRoleGrant,
  type TRoleDraft,
  type TRolePlaces,
} from './role-grant-fields.tsx';
import styles from './people.module.css';

/** The errors of one role row, relative to that row (`roles.1.partnershipId` becomes `partnershipId`). */
function rowErrors(errors: TFieldErrors, index: number): TFieldErrors {
  const prefix = `roles.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

export function InvitePersonForm(places: TRolePlaces) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const invite = useInvitePerson();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<TRoleDraft[]>([EMPTY_ROLE_DRAFT]);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [result, setResult] = useState<TInvitationResult>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZInvitationCreate.safeParse({ email, displayName, roles: roles.map(toRoleGrant) });
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    invite.mutate(parsed.data, {
      onSuccess: setResult,
      onError: (error) => {
        flushSync(() => setFieldErrors(fromApi(error)));
        focusFirstInvalidField(formRef.current);
      },
    });
  };

  const startOver = () => {
    setResult(undefined);
    setEmail('');
    setDisplayName('');
    setRoles([EMPTY_ROLE_DRAFT]);
    invite.reset();
  };

  if (result) {
    return (
      <section aria-labelledby="invitation-done" className={`surface ${styles.card} ${styles.success}`}>
        <h2 id="invitation-done">{t('admin.people.invite.doneTitle', { name: result.person.displayName })}</h2>
        {result.invitationUrl ? (
          <>
            <p>{t('admin.people.invite.doneWithLink', { email: result.person.email })}</p>
            <InvitationLink url={result.invitationUrl} />
          </>
        ) : (
          <p>{t('admin.people.invite.doneByMail', { email: result.person.email })}</p>
        )}
        <div className={styles.actions}>
          <Link to={`/admin/people/${result.person.id}`} className="button button-secondary">
            {t('admin.people.invite.toPerson', { name: result.person.displayName })}
          </Link>
          <button type="button" className="button button-secondary" onClick={startOver}>
            {t('admin.people.invite.another')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      ref={formRef}
      className={`surface ${styles.card}`}
      noValidate
      onSubmit={onSubmit}
      aria-label={t('admin.people.invite.title')}
    >
      <FormAlert error={invite.error} />
      <div className={styles.fieldGrid}>
        <TextField
          label={t('admin.people.fields.displayName')}
          value={displayName}
          maxLength={120}
          autoComplete="off"
          onValueChange={setDisplayName}
          error={fieldErrors.displayName}
        />
        <TextField
          label={t('admin.people.fields.email')}
          type="email"
          inputMode="email"
          spellCheck={false}
          autoComplete="off"
          value={email}
          onValueChange={setEmail}
          error={fieldErrors.email}
        />
      </div>
      <fieldset className={styles.roles}>
        <legend>{t('admin.people.invite.roles')}</legend>
        <p className={styles.muted}>{t('admin.people.invite.rolesHint')}</p>
        {fieldErrors.roles ? <p className={styles.error}>{fieldErrors.roles}</p> : null}
        <ol className={styles.roleRows}>
          {roles.map((draft, index) => (
            // Rows have no identity of their own until saved; their position is what the errors refer to.
            <li key={index} className={styles.roleRow}>
              <RoleGrantFields
                {...places}
                draft={draft}
                position={roles.length > 1 ? index + 1 : undefined}
                errors={rowErrors(fieldErrors, index)}
                onChange={(next) => setRoles(roles.map((row, at) => (at === index ? next : row)))}
              />
              {roles.length > 1 ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setRoles(roles.filter((_, at) => at !== index))}
                >
                  {t('admin.people.invite.removeRole', { position: index + 1 })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setRoles([...roles, EMPTY_ROLE_DRAFT])}
        >
          {t('admin.people.invite.addRole')}
        </button>
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('admin.people.invite.submitting') : t('admin.people.invite.submit')}
        </button>
      </div>
    </form>
  );
}
