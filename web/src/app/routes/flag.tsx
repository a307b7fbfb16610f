import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZFlagParams } from '@koers/shared/follow-up';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { useFlag } from '../../features/follow-up/api/get-flag.ts';
import { FlagDetail } from '../../features/follow-up/components/flag-detail.tsx';
import { ApproachPicker } from '../../features/good-approaches/components/approach-picker.tsx';
import { FlagGoodApproaches } from '../../features/good-approaches/components/flag-good-approaches.tsx';

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
      <FlagHelp flagId={params.data.flagId} />
    </>
  );
}
