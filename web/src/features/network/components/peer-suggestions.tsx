import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPeerSuggestion } from '@koers/shared/network';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { Notice } from '../../../components/form/notice.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useFormErrors, type TFieldErrors } from '../../../lib/form-errors.ts';
import { useAskForContact } from '../api/ask-for-contact.ts';
import { usePeerSuggestions } from '../api/get-peer-suggestions.ts';
import { PortraitBadges, ThemeNames } from './portrait-facts.tsx';
import styles from './network.module.css';

function AskForContact({ flagId, suggestion }: { flagId: string; suggestion: TPeerSuggestion }) {
  const { t } = useTranslation();
  const { fromApi } = useFormErrors();
  const ask = useAskForContact();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});

  if (!open) {
    return (
      <div>
        {ask.isSuccess ? <Notice>{t('network.peers.sent')}</Notice> : null}
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('network.peers.ask')}
        </button>
      </div>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    ask.mutate(
      { flagId, request: { partnershipId: suggestion.partnershipId, message: message.trim() } },
      { onSuccess: () => setOpen(false), onError: (error) => setFieldErrors(fromApi(error)) },
    );
  };
  return (
    <form noValidate aria-labelledby={headingId} className={styles.facts} onSubmit={onSubmit}>
      <h4 id={headingId}>{t('network.peers.askTitle', { name: suggestion.name })}</h4>
      <TextAreaField
        label={t('network.peers.message')}
        hint={t('network.peers.messageHint', { name: suggestion.name })}
        rows={3}
        maxLength={1000}
        value={message}
        onValueChange={setMessage}
        error={fieldErrors.message}
        autoFocus
      />
      <FormAlert error={ask.error} />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={ask.isPending}>
          {t('network.peers.send')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('network.peers.cancel')}
        </button>
      </div>
    </form>
  );
}

function SuggestionRequest({ suggestion }: { suggestion: TPeerSuggestion }) {
  const { t } = useTranslation();
  const request = suggestion.contactRequest;
  if (!request) return null;
  return (
    <div>
      <p>
        <strong>{t(`network.requests.status.${request.status}`)}</strong>
      </p>
      {request.reply ? (
        <p className={styles.message}>
          <strong>{t('network.requests.reply')}:</strong> {request.reply}
        </p>
      ) : null}
      {request.contact ? (
        <p>
          {t('network.requests.contact', { name: request.contact.name })}
          {request.contact.email ? (
            <>
              {' · '}
              <a href={`mailto:${request.contact.email}`}>{request.contact.email}</a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Learn from a peer" on a flag's page: partnerships that chose to share experience on the flag's theme
 * and have been steady on it. Only who may ask (the partnership's programme manager or critical friend)
 * sees the ask-for-contact form; a new request can follow an answered one.
 */
export function PeerSuggestions({ flagId, canAsk }: { flagId: string; canAsk: boolean }) {
  const { t } = useTranslation();
  const suggestions = usePeerSuggestions(flagId);
  // A flag the person cannot see has its own "not found" above; this section then says nothing.
  if (suggestions.error instanceof ApiRequestError && suggestions.error.status === 404) return null;
  return (
    <section aria-labelledby="peer-suggestions" className={`surface ${styles.card}`}>
      <h2 id="peer-suggestions">{t('network.peers.title')}</h2>
      <p className={styles.muted}>{t('network.peers.intro')}</p>
      {suggestions.isPending ? (
        <LoadingState />
      ) : suggestions.isError ? (
        <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.length === 0 ? (
        <div>
          <h3>{t('network.peers.none')}</h3>
          <p>{t('network.peers.noneText')}</p>
          <Link to="/network">{t('network.nav')}</Link>
        </div>
      ) : (
        <ul className={styles.requestList}>
          {suggestions.data.map((suggestion) => (
            <li key={suggestion.partnershipId} className={styles.request}>
              <h3>
                <Link to={`/network/${suggestion.partnershipId}`}>{suggestion.name}</Link>
              </h3>
              <p className={styles.muted}>
                {suggestion.region}
                {suggestion.sameScenario ? ` · ${t('network.peers.sameScenario')}` : null}
              </p>
              <PortraitBadges portrait={suggestion} />
              {suggestion.description ? <p className={styles.message}>{suggestion.description}</p> : null}
              <p>
                {t('network.themesOffered')}: <ThemeNames themes={suggestion.themesOffered} />
              </p>
              <SuggestionRequest suggestion={suggestion} />
              {canAsk && suggestion.contactRequest?.status !== 'open' ? (
                <AskForContact flagId={flagId} suggestion={suggestion} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
