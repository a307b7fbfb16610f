import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TContactRequest } from '@koers/shared/network';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { useAnswerContactRequest } from '../api/answer-contact-request.ts';
import { useContactRequests } from '../api/get-contact-requests.ts';
import styles from './network.module.css';

function RequestContact({ request }: { request: TContactRequest }) {
  const { t } = useTranslation();
  if (!request.contact) return null;
  return (
    <p>
      {t('network.requests.contact', { name: request.contact.name })}
      {request.contact.email ? (
        <>
          {' · '}
          <a href={`mailto:${request.contact.email}`}>{request.contact.email}</a>
        </>
      ) : null}
    </p>
  );
}

function AnswerForm({ partnershipId, request }: { partnershipId: string; request: TContactRequest }) {
  const { t } = useTranslation();
  const answer = useAnswerContactRequest();
  const [reply, setReply] = useState('');
  const send = (accept: boolean) =>
    answer.mutate({ partnershipId, contactRequestId: request.id, answer: { accept, reply: reply.trim() } });
  return (
    <div className={styles.facts}>
      <TextAreaField
        label={t('network.requests.reply')}
        hint={t('network.requests.replyHint')}
        rows={2}
        maxLength={1000}
        value={reply}
        onValueChange={setReply}
      />
      <FormAlert error={answer.error} />
      <div className={styles.actions}>
        <button type="button" className="button" disabled={answer.isPending} onClick={() => send(true)}>
          {t('network.requests.accept')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={answer.isPending}
          onClick={() => send(false)}
        >
          {t('network.requests.decline')}
        </button>
      </div>
    </div>
  );
}

/**
 * Requests to this partnership, which its programme manager answers, and the ones it sent. Contacts
 * appear once a request is accepted.
 */
export function ContactRequests({ partnershipId, canAnswer }: { partnershipId: string; canAnswer: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const requests = useContactRequests(partnershipId);
  const themeName = (request: TContactRequest) => t(`themesShort.theme${request.theme}`);

  const item = (request: TContactRequest, side: 'incoming' | 'outgoing') => (
    <li key={request.id} className={styles.request}>
      <h4>
        {side === 'incoming'
          ? t('network.requests.from', { name: request.asking.name, theme: themeName(request) })
          : t('network.requests.to', { name: request.peer.name, theme: themeName(request) })}
      </h4>
      <p className={styles.muted}>
        {t('network.requests.askedBy', { name: request.askedByName, date: dateTime(request.createdAt) })} ·{' '}
        <strong>{t(`network.requests.status.${request.status}`)}</strong>
      </p>
      {request.message ? <p className={styles.message}>{request.message}</p> : null}
      {request.reply ? (
        <p className={styles.message}>
          <strong>{t('network.requests.reply')}:</strong> {request.reply}
        </p>
      ) : null}
      <RequestContact request={request} />
      {side === 'incoming' && canAnswer && request.status === 'open' ? (
        <AnswerForm partnershipId={partnershipId} request={request} />
      ) : null}
    </li>
  );

  return (
    <section aria-labelledby="contact-requests" className={`surface ${styles.card}`}>
      <h2 id="contact-requests">{t('network.requests.title')}</h2>
      {requests.isPending ? (
        <LoadingState />
      ) : requests.isError ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.incoming.length + requests.data.outgoing.length === 0 ? (
        <p className={styles.muted}>{t('network.requests.none')}</p>
      ) : (
        <>
          {requests.data.incoming.length > 0 ? (
            <>
              <h3>{t('network.requests.incoming')}</h3>
              <ul className={styles.requestList}>{requests.data.incoming.map((r) => item(r, 'incoming'))}</ul>
            </>
          ) : null}
          {requests.data.outgoing.length > 0 ? (
            <>
              <h3>{t('network.requests.outgoing')}</h3>
              <ul className={styles.requestList}>{requests.data.outgoing.map((r) => item(r, 'outgoing'))}</ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
