import { useTranslation } from 'react-i18next';
import { CopyLink } from '../../../components/copy-link.tsx';

/** No mail server delivers invitations here: the admin copies the one-time link and passes it on. */
export function InvitationLink({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <CopyLink label={t('admin.people.invitationLink.label')} hint={t('admin.people.invitationLink.hint')} url={url} />
  );
}
