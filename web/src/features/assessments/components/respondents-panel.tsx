import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ZRespondentInvite, type TAssessment, type TResponse } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import type { TOrganisation } from '@koers/shared/organisations';
import { responseProgress } from '@koers/shared/scoring';
import { CopyLink } from '../../../components/copy-link.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { focusFirstInvalidField, useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useInviteRespondent } from '../api/invite-respondent.ts';
import { shapeOf } from '../utils/response-content.ts';
import { QuestionnaireForm } from './questionnaire-form.tsx';
import styles from './assessment.module.css';

const INVITABLE = ['institute', 'school_board', 'school'] as const;

type TRespondentsPanelProps = {
  assessment: TAssessment;
  instrument: TInstrumentVersion;
  /** The partnership's member organisations, for invitations; absent for people who cannot invite. */
  members?: readonly TOrganisation[] | undefined;
  canInvite: boolean;
};

/** Every partner's view: who responds from which perspective, how far they are, and inviting more. */
export function RespondentsPanel({ assessment, instrument, members, canInvite }: TRespondentsPanelProps) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const [viewing, setViewing] = useState<string>();
  const shape = shapeOf(instrument);
  const organisationName = (id: string | null) => members?.find((m) => m.id === id)?.name;
  const viewed = assessment.responses.find((r) => r.id === viewing);

  return (
    <section aria-labelledby="assessment-respondents" className={styles.section}>
      <h2 id="assessment-respondents">{t('assessment.respondents.title')}</h2>
      <p>{t('assessment.respondents.intro')}</p>
      <div className="table-wrapper">
        <table className="data-table">
          <caption className="visually-hidden">{t('assessment.respondents.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.respondents.perspective')}</th>
              <th scope="col">{t('assessment.respondents.name')}</th>
              <th scope="col">{t('assessment.respondents.progress')}</th>
              <th scope="col">{t('assessment.respondents.lastSaved')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {assessment.responses.map((response: TResponse) => {
              const progress = responseProgress(shape, response.answers);
              const organisation = organisationName(response.organisationId);
              return (
                <tr key={response.id}>
                  <td data-label={t('assessment.respondents.perspective')}>
                    {t(`assessment.perspectives.${response.perspective}`)}
                  </td>
                  <th scope="row">
                    {response.respondentName}
                    {organisation ? <span className={styles.subtle}> · {organisation}</span> : null}
                    {response.mine ? <span className={styles.subtle}> ({t('assessment.respondents.you')})</span> : null}
                  </th>
                  <td data-label={t('assessment.respondents.progress')}>{t('assessment.progress.theme', progress)}</td>
                  <td data-label={t('assessment.respondents.lastSaved')}>
                    {response.version > 1 ? dateTime(response.updatedAt) : t('assessment.respondents.notStarted')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-pressed={viewing === response.id}
                      onClick={() => setViewing(viewing === response.id ? undefined : response.id)}
                    >
                      {t('assessment.respondents.view')}
                      <span className="visually-hidden">: {response.respondentName}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {viewed ? (
        <section aria-labelledby="viewed-response" className={styles.viewed}>
          <h3 id="viewed-response">
            {t('assessment.respondents.viewing', {
              name: viewed.respondentName,
              perspective: t(`assessment.perspectives.${viewed.perspective}`),
            })}
          </h3>
          <QuestionnaireForm key={viewed.id} instrument={instrument} content={viewed} readOnly />
        </section>
      ) : null}
      {canInvite && members ? <InviteRespondentForm assessmentId={assessment.id} members={members} /> : null}
    </section>
  );
}

const EMPTY = { name: '', perspective: '', organisationId: '' };

function InviteRespondentForm({ assessmentId, members }: { assessmentId: string; members: readonly TOrganisation[] }) {
  const { t } = useTranslation();
  const { fromZod, fromApi } = useFormErrors();
  const invite = useInviteRespondent(assessmentId);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [invited, setInvited] = useState<{ name: string; link: string }>();
  const organisations = members.filter((m) => m.kind === values.perspective);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setInvited(undefined);
    const parsed = ZRespondentInvite.safeParse(values);
    flushSync(() => setFieldErrors(parsed.success ? {} : fromZod(parsed.error)));
    if (!parsed.success) return focusFirstInvalidField(formRef.current);
    invite.mutate(parsed.data, {
      onSuccess: ({ response, link }) => {
        setInvited({ name: response.respondentName, link });
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
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="invite-respondent"
      className={`surface ${styles.invite}`}
    >
      <h3 id="invite-respondent">{t('assessment.invite.title')}</h3>
      <p className={styles.muted}>{t('assessment.invite.intro')}</p>
      {invited ? (
        <div role="region" aria-label={t('assessment.invite.done', { name: invited.name })}>
          <CopyLink
            label={t('assessment.invite.link', { name: invited.name })}
            hint={t('assessment.invite.linkHint', { name: invited.name })}
            url={invited.link}
          />
        </div>
      ) : null}
      <FormAlert error={invite.error} />
      <div className={styles.inviteFields}>
        <TextField
          label={t('assessment.invite.name')}
          value={values.name}
          maxLength={120}
          autoComplete="off"
          onValueChange={(name) => setValues({ ...values, name })}
          error={fieldErrors.name}
        />
        <SelectField
          label={t('assessment.invite.perspective')}
          value={values.perspective}
          onValueChange={(perspective) => setValues({ ...values, perspective, organisationId: '' })}
          error={fieldErrors.perspective}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {INVITABLE.map((perspective) => (
            <option key={perspective} value={perspective}>
              {t(`assessment.perspectives.${perspective}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('assessment.invite.organisation')}
          value={values.organisationId}
          disabled={values.perspective === ''}
          onValueChange={(organisationId) => setValues({ ...values, organisationId })}
          error={fieldErrors.organisationId}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('assessment.invite.submit')}
        </button>
      </div>
    </form>
  );
}
