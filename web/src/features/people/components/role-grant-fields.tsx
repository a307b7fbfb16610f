import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type TOrganisation } from '@koers/shared/organisations';
import type { TPartnershipSummary } from '@koers/shared/partnerships';
import { ROLES } from '@koers/shared/role-names';
import type { TRole } from '@koers/shared/roles';
import { SelectField } from '../../../components/form/select-field.tsx';
import type { TFieldErrors } from '../../../lib/form-errors.ts';
import styles from './people.module.css';

/** A role being chosen in a form: the place is a partnership or an organisation, depending on the role. */
export type TRoleDraft = { role: TRole | ''; placeId: string };

export const EMPTY_ROLE_DRAFT: TRoleDraft = { role: '', placeId: '' };

/** The grant the API expects; left incomplete when the draft is, so the shared schema reports what is missing. */
export function toRoleGrant({ role, placeId }: TRoleDraft) {
  if (role === 'programme_manager' || role === 'critical_friend') return { role, partnershipId: placeId };
  if (role === 'board_member') return { role, organisationId: placeId };
  return { role };
}

/** The options a role can be granted in, handed down by the page that loads them. */
export type TRolePlaces = {
  partnerships: readonly TPartnershipSummary[];
  organisations: readonly TOrganisation[];
};

type TRoleGrantFieldsProps = TRolePlaces & {
  draft: TRoleDraft;
  onChange: (draft: TRoleDraft) => void;
  /** Errors keyed as the schema reports them, relative to this grant (`role`, `partnershipId`...). */
  errors: TFieldErrors;
  /** Numbers the labels when a form holds several roles. */
  position?: number;
};

export function RoleGrantFields({
  draft,
  onChange,
  errors,
  position,
  partnerships,
  organisations,
}: TRoleGrantFieldsProps) {
  const { t } = useTranslation();
  const suffix = position === undefined ? '' : ` ${position}`;
  const placeError = errors.partnershipId ?? errors.organisationId;

  return (
    <div className={styles.grantFields}>
      <SelectField
        label={`${t('admin.people.roleFields.role')}${suffix}`}
        value={draft.role}
        onValueChange={(role) => onChange({ role: role as TRole | '', placeId: '' })}
        error={errors.role}
      >
        <option value="">{t('admin.chooseOne')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {draft.role === 'programme_manager' || draft.role === 'critical_friend' ? (
        <SelectField
          label={`${t('admin.people.roleFields.partnership')}${suffix}`}
          value={draft.placeId}
          onValueChange={(placeId) => onChange({ ...draft, placeId })}
          error={placeError}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {partnerships.map((partnership) => (
            <option key={partnership.id} value={partnership.id}>
              {partnership.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {draft.role === 'board_member' ? (
        <SelectField
          label={`${t('admin.people.roleFields.organisation')}${suffix}`}
          hint={t('admin.people.roleFields.organisationHint')}
          value={draft.placeId}
          onValueChange={(placeId) => onChange({ ...draft, placeId })}
          error={placeError}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {ORGANISATION_KINDS.map((kind) => (
            <optgroup key={kind} label={t(`partnership.kinds.${kind}`)}>
              {organisations
                .filter((organisation) => organisation.kind === kind)
                .map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </SelectField>
      ) : null}
      {draft.role === 'admin' ? <p className={styles.grantNote}>{t('admin.people.roleFields.adminNote')}</p> : null}
    </div>
  );
}
