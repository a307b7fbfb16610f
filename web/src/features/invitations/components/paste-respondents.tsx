import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INVITABLE_PERSPECTIVES,
  EMAIL_LOCALES,
  type TInvitablePerspective,
  type TInvitationOverview,
} from '@koers/shared/invitations';
import type { TOrganisation } from '@koers/shared/organisations';
import { parseRespondentList, type TParsedLine } from '@koers/shared/respondent-list';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { useInviteRespondents } from '../api/invite-respondents.ts';
import styles from './invitations.module.css';

type TPasteRespondentsProps = {
  assessmentId: string;
  members: readonly TOrganisation[];
  /** Addresses with an open invitation already. */
  invited: readonly string[];
  onInvited: (overview: TInvitationOverview) => void;
};

/**
 * Respondents pasted as a list, one a line, read forgivingly; every line is shown as it was understood,
 * with what is wrong with it, before anything is sent. One respondent is a list of one line.
 */
export function PasteRespondents({ assessmentId, members, invited, onInvited }: TPasteRespondentsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [perspective, setPerspective] = useState<TInvitablePerspective | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const [locale, setLocale] = useState<(typeof EMAIL_LOCALES)[number]>('nl');
  const [checked, setChecked] = useState(false);
  const [sentCount, setSentCount] = useState<number>();
  const invite = useInviteRespondents(assessmentId);
  const organisations = members.filter((m) => m.kind === perspective);

  // What the list says now; shown once checked, and kept in step while the list is edited.
  const lines: TParsedLine[] | undefined = checked
    ? parseRespondentList(text, members, { perspective, organisationId, locale, invited })
    : undefined;
  const ready = lines?.flatMap((l) => ('invitation' in l ? [l.invitation] : [])) ?? [];
  const problems = lines?.filter((l) => 'problem' in l) ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSentCount(undefined);
    if (!lines) {
      setChecked(true);
      return;
    }
    if (problems.length > 0 || ready.length === 0) return;
    invite.mutate(
      { invitations: ready },
      {
        onSuccess: (overview) => {
          setSentCount(ready.length);
          setText('');
          setChecked(false);
          onInvited(overview);
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="paste-respondents" className={`surface ${styles.paste}`}>
      <h3 id="paste-respondents">{t('invitations.paste.title')}</h3>
      <p className={styles.subtle}>{t('invitations.paste.intro')}</p>
      {sentCount ? <p role="status">{t('invitations.paste.sent', { count: sentCount })}</p> : null}
      <FormAlert error={invite.error} />
      <TextAreaField
        label={t('invitations.paste.list')}
        value={text}
        rows={5}
        spellCheck={false}
        onValueChange={(value) => {
          setText(value);
          if (value.trim() === '') setChecked(false);
        }}
      />
      <div className={styles.defaults}>
        <SelectField
          label={t('invitations.paste.defaultPerspective')}
          value={perspective}
          onValueChange={(value) => {
            setPerspective(value as TInvitablePerspective | '');
            setOrganisationId('');
          }}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {INVITABLE_PERSPECTIVES.map((p) => (
            <option key={p} value={p}>
              {t(`assessment.perspectives.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('invitations.paste.defaultOrganisation')}
          value={organisationId}
          disabled={perspective === ''}
          onValueChange={setOrganisationId}
        >
          <option value="">{t('admin.chooseOne')}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('invitations.paste.language')}
          value={locale}
          onValueChange={(value) => setLocale(value === 'en' ? 'en' : 'nl')}
        >
          {EMAIL_LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`invitations.paste.languages.${l}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {lines ? (
        <section aria-labelledby="paste-preview">
          <h4 id="paste-preview">{t('invitations.paste.preview')}</h4>
          {problems.length > 0 ? (
            <p role="alert" className={styles.problem}>
              {t('invitations.paste.problemsCount', { count: problems.length })}
            </p>
          ) : null}
          <ul className={styles.preview}>
            {lines.map((line) => (
              <li key={line.line}>
                <span className={styles.subtle}>{t('invitations.paste.line', { line: line.line })}: </span>
                {'invitation' in line ? (
                  <>
                    {line.invitation.name} &lt;{line.invitation.email}&gt; ·{' '}
                    {t(`assessment.perspectives.${line.invitation.perspective}`)} ·{' '}
                    {members.find((m) => m.id === line.invitation.organisationId)?.name}
                  </>
                ) : (
                  <>
                    {line.text} —{' '}
                    <span className={styles.problem}>{t(`invitations.paste.problem.${line.problem}`)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className={styles.buttons}>
        {lines ? (
          <button
            type="submit"
            className="button"
            disabled={invite.isPending || problems.length > 0 || ready.length === 0}
          >
            {t('invitations.paste.send', { count: ready.length })}
          </button>
        ) : (
          <button type="submit" className="button" disabled={text.trim() === ''}>
            {t('invitations.paste.check')}
          </button>
        )}
      </div>
    </form>
  );
}
