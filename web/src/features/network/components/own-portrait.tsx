import { can, type TAccess } from '@koers/shared/policy';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useOwnPortrait } from '../api/get-own-portrait.ts';
import { ContactRequests } from './contact-requests.tsx';
import { PortraitEditor } from './portrait-editor.tsx';
import styles from './network.module.css';

/** A partnership's own portrait page: the portrait, and the contact requests that come with it. */
export function OwnPortrait({ partnershipId, access }: { partnershipId: string; access: TAccess }) {
  const own = useOwnPortrait(partnershipId);
  if (own.isPending) return <LoadingState />;
  if (own.isError) return <ErrorState error={own.error} onRetry={() => void own.refetch()} />;
  const canWrite = can(access, 'portrait:write', { partnershipId });
  return (
    <div className={styles.page}>
      <PortraitEditor
        partnershipId={partnershipId}
        portrait={own.data.portrait}
        canWrite={canWrite}
        canUnpublish={can(access, 'portrait:unpublish', { partnershipId })}
      />
      {can(access, 'peer-contact:ask', { partnershipId }) ? (
        <ContactRequests partnershipId={partnershipId} canAnswer={canWrite} />
      ) : null}
    </div>
  );
}
