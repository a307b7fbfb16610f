import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/form/form-alert.tsx';
import { useSetBoardSharing } from '../api/set-board-sharing.ts';
import styles from './follow-up.module.css';

/**
 * The programme manager decides whether board members read the review and the respondents' narratives; the
 * hint says what board members see in the state the switch is in (the API's `partnership:read-narrative`).
 */
export function SharingToggle({ partnershipId, sharesWithBoard }: { partnershipId: string; sharesWithBoard: boolean }) {
  const { t } = useTranslation();
  const share = useSetBoardSharing();
  const checked = share.isPending ? share.variables.sharesWithBoard : sharesWithBoard;
  return (
    <div className={styles.inlineForm}>
      <label className={styles.toggle}>
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={share.isPending}
          aria-describedby="board-sharing-hint"
          onChange={(event) => share.mutate({ partnershipId, sharesWithBoard: event.target.checked })}
        />
        <span>
          {t('followUp.review.sharing.label')}
          <span id="board-sharing-hint" className={styles.toggleHint}>
            {checked ? t('followUp.review.sharing.on') : t('followUp.review.sharing.off')}
          </span>
        </span>
      </label>
      <FormAlert error={share.error} />
    </div>
  );
}
