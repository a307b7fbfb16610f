import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZFlagParams } from '@koers/shared/follow-up';
import { can, type TAccess } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { useFlag } from '../../features/follow-up/api/get-flag.ts';
import { FlagDetail } from '../../features/follow-up/components/flag-detail.tsx';
import { ApproachPicker } from '../../features/good-approaches/components/approach-picker.tsx';
import { FlagGoodApproaches } from '../../features/good-approaches/components/flag-good-approaches.tsx';
import { PeerSuggestions } from '../../features/network/components/peer-suggestions.tsx';

function FlagNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('followUp.flag.notFound.title')} />
      <EmptyState
        headingLevel={1}
        title={t('followUp.flag.notFound.title')}
        action={
          <Link to="/" className="button">
            {t('notFound.home')}
          </Link>
        }
      >
        <p>{t('followUp.flag.notFound.text')}</p>
      </EmptyState>
    </>
  );
}

/** "Learn from a peer": asking is for the flag's own programme manager and critical friend. */
function FlagPeerSuggestions({ flagId, access }: { flagId: string; access: TAccess }) {
  const flag = useFlag(flagId);
  // Peers are suggested per theme: a flag about the partnership as a whole has none.
  if (!flag.data || flag.data.flag.theme === null) return null;
  const partnershipId = flag.data.partnership.id;
  return <PeerSuggestions flagId={flagId} canAsk={can(access, 'peer-contact:ask', { partnershipId })} />;
}
/** From flag to help: once the flag is shown, what others learned on its theme. */
function FlagHelp({ flagId }: { flagId: string }) {
  const flag = useFlag(flagId);
  if (!flag.data) return null;
  return <FlagGoodApproaches flagId={flagId} theme={flag.data.flag.theme} />;
}

/** The action form's picker starts from the approaches on the flag's theme. */
function FlagApproachPicker({
  flagId,
  picked,
  onPick,
}: {
  flagId: string;
  picked: string[];
  onPick: (ids: string[]) => void;
}) {
  const flag = useFlag(flagId);
  return <ApproachPicker theme={flag.data?.flag.theme ?? null} picked={picked} onPick={onPick} />;
}

export function Component() {
  const user = useCurrentUser();
  const params = ZFlagParams.safeParse(useParams());
  if (!params.success || !user) return <FlagNotFound />;
  return (
    <>
      <FlagDetail
        flagId={params.data.flagId}
        user={user}
        notFound={<FlagNotFound />}
        approachPicker={(picked, onPick) => (
          <FlagApproachPicker flagId={params.data.flagId} picked={picked} onPick={onPick} />
        )}
      />
      {/* From flag to help: what others wrote on the theme, then who offered to share their experience. */}
      <FlagHelp flagId={params.data.flagId} />
      <FlagPeerSuggestions flagId={params.data.flagId} access={user.access} />
    </>
  );
}
