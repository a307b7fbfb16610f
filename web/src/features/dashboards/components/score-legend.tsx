import { useTranslation } from 'react-i18next';
import { SCORE_LEGEND } from '../../../components/charts/palette.ts';
import { useFormatNumber } from '../../../i18n/use-format-number.ts';
import styles from './board.module.css';

/** Which range of scores each heatmap colour stands for. */
export function ScoreLegend() {
  const { t } = useTranslation();
  const { score } = useFormatNumber();
  const label = (step: (typeof SCORE_LEGEND)[number], index: number) => {
    if (step.to === null) return t('board.heatmap.legendFrom', { from: score(step.from) });
    if (index === 0) return t('board.heatmap.legendBelow', { to: score(step.to) });
    return t('board.heatmap.legendRange', { from: score(step.from), to: score(step.to) });
  };
  return (
    <div className={styles.legend}>
      <span id="score-legend">{t('board.heatmap.legend')}</span>
      <ul aria-labelledby="score-legend">
        {SCORE_LEGEND.map((step, index) => (
          <li key={step.from} style={{ background: step.background, color: step.text }}>
            {label(step, index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
