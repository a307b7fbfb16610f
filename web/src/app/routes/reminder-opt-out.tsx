import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ZReminderOptOutParams } from '@koers/shared/reminders';
import { DocumentTitle } from '../../components/document-title.tsx';
import { ReminderOptOut, ReminderOptOutUnusable } from '../../features/invitations/components/reminder-opt-out.tsx';

export function Component() {
  const { t } = useTranslation();
  const params = ZReminderOptOutParams.safeParse(useParams());
  return (
    <>
      <DocumentTitle page={t('reminderOptOut.title')} />
      {params.success ? <ReminderOptOut token={params.data.token} /> : <ReminderOptOutUnusable />}
    </>
  );
}
