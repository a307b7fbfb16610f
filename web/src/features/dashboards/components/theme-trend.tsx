import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPartnershipDashboard } from '@koers/shared/dashboards';
import { THEME_NUMBERS, type TThemeNumber } from '@koers/shared/themes';
import { ChartFigure } from '../../../components/charts/chart-figure.tsx';
import { seriesStyle } from '../../../components/charts/palette.ts';
import { toLanguage } from '../../../i18n/i18n.ts';
import { useFormatDate } from '../../../i18n/use-format-date.ts';
import { exportFileName } from '../../../lib/chart-export.ts';
import { noteMarkers, trendPoints, trendSummary, trendTable, versionChanges } from '../utils/dashboard-data.ts';
import { pointsToDraw } from '../utils/points-to-draw.ts';
import { ThemeFocus } from './theme-focus.tsx';
import { ThemeLineChart } from './lazy-charts.ts';
import styles from './dashboard.module.css';
import noteStyles from './theme-trend.module.css';

const TREND_HEIGHT = 320;

/** Every submitted quarter, with the story behind a dip written next to it as dated notes. */
export function ThemeTrend({ dashboard }: { dashboard: TPartnershipDashboard }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const { date } = useFormatDate();
  const [focus, setFocus] = useState<TThemeNumber | null>(null);
  const points = trendPoints(dashboard.trend, dashboard.notes);
  const markers = noteMarkers(points);
  const changes = versionChanges(points);
  const table = trendTable(points, dashboard.themes, language, t);
  const themeNames = Object.fromEntries(dashboard.themes.map((theme) => [theme.theme, theme.name[language]])) as Record<
    TThemeNumber,
    string
  >;
  const drawn = pointsToDraw(points, changes, markers);

  return (
    <ChartFigure
      title={t('dashboard.trend.title')}
      summary={
        <>
          <p>{trendSummary(points, t)}</p>
          {changes.length > 0 ? (
            <p>
              {t('dashboard.trend.versionNote', {
                quarters: changes.map((c) => points.find((p) => p.x === c.x)?.periodCode).join(', '),
              })}
            </p>
          ) : null}
          {drawn.length < points.length ? (
            <p>{t('charts.thinned', { shown: drawn.length, total: points.length })}</p>
          ) : null}
        </>
      }
      legend={THEME_NUMBERS.map((theme, index) => ({ label: themeNames[theme], style: seriesStyle(index) }))}
      table={table}
      fileName={exportFileName(dashboard.partnership.name, t('dashboard.trend.file'))}
      controls={<ThemeFocus focus={focus} onFocus={setFocus} />}
      height={TREND_HEIGHT}
      footer={
        markers.length > 0 ? (
          <div>
            <h3 className={noteStyles.notesTitle}>{t('dashboard.notes.title')}</h3>
            <ol className={noteStyles.notes}>
              {markers.map((marker) => (
                <li key={marker.note.id}>
                  <span className={noteStyles.noteNumber} aria-hidden="true">
                    ✎{marker.number}
                  </span>
                  <span>
                    <span className={noteStyles.noteDate}>{date(marker.note.notedOn)}</span> {marker.note.text}{' '}
                    <span className={noteStyles.noteAuthor}>— {marker.note.author}</span>
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ) : (
          <p className={styles.chartNote}>{t('dashboard.notes.none')}</p>
        )
      }
    >
      <ThemeLineChart
        points={drawn}
        themeNames={themeNames}
        focus={focus}
        versionChanges={changes}
        notes={markers}
        height={TREND_HEIGHT}
      />
    </ChartFigure>
  );
}
