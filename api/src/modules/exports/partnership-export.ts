import type { Kysely } from 'kysely';
import type { TAssessment } from '@koers/shared/assessments';
import type { TLanguage } from '@koers/shared/language';
import type { TDatabase } from '../../db/schema.ts';
import type { TActor } from '../../plugins/auth.ts';
import { createActionService } from '../actions/actions.service.ts';
import { createAssessmentService } from '../assessments/assessments.service.ts';
import type { TShapeOf } from '../assessments/assessment-view.ts';
import { createDashboardService } from '../dashboards/dashboards.service.ts';
import { createFlagService } from '../flags/flags.service.ts';
import { findInstrumentVersion, listThemesWithIndicators } from '../instrument/instrument.repository.ts';
import { createPartnershipService } from '../partnerships/partnerships.service.ts';
import { createReviewService } from '../reviews/reviews.service.ts';
import type { TExportFile } from './export-file.ts';
import type { TIndicatorLabel, TPartnershipRecord } from './partnership-record.ts';
import { partnershipSheets } from './partnership-sheets.ts';

/** Settles once, on first use: sheets that need the same part of the record read it once. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= read());
}

/**
 * A partnership's complete record as one file. Every part is read through the same service, with the same
 * person, as the partnership's own pages read it: the file holds exactly what that person may read there
 * (a board member sees submitted quarters, and evidence and review summaries only when the partnership
 * shares them), and nothing of any other partnership.
 */
export function partnershipExportOf(db: Kysely<TDatabase>, shapeOf: TShapeOf) {
  const partnerships = createPartnershipService(db);
  const assessments = createAssessmentService({ db, shapeOf });
  const flags = createFlagService(db);
  const reviews = createReviewService(db);
  const actions = createActionService(db);
  const dashboards = createDashboardService(db);

  /** The indicators of a questionnaire version by id, read once per version and export. */
  function indicatorLabels() {
    const versions = new Map<number, Promise<Map<string, TIndicatorLabel>>>();
    const read = async (version: number) => {
      const found = await findInstrumentVersion(db, version);
      const rows = found ? await listThemesWithIndicators(db, found.id) : [];
      return new Map(rows.map((r) => [r.indicator_id, { code: r.code, text: { nl: r.text_nl, en: r.text_en } }]));
    };
    return async (assessment: TAssessment, indicatorId: string) => {
      let labels = versions.get(assessment.instrumentVersion);
      if (!labels) {
        labels = read(assessment.instrumentVersion);
        versions.set(assessment.instrumentVersion, labels);
      }
      return (await labels).get(indicatorId);
    };
  }

  return {
    /** Refuses, before anything is sent, who may not read the partnership (404, as its pages do). */
    async file(actor: TActor, partnershipId: string, language: TLanguage, today: string): Promise<TExportFile> {
      const partnership = await partnerships.get(actor, partnershipId);
      const assessmentList = once(async () => {
        const summaries = await assessments.listForPartnership(actor, partnershipId);
        const oldestFirst = [...summaries].sort((a, b) => a.periodCode.localeCompare(b.periodCode));
        const full: TAssessment[] = [];
        for (const summary of oldestFirst) full.push(await assessments.get(actor, summary.id));
        return full;
      });
      const flagList = once(async () => {
        const list = await flags.list(actor, partnershipId, 'all');
        const details = [];
        for (const flag of list) details.push(await flags.detail(actor, flag.id));
        return details;
      });
      const record: TPartnershipRecord = {
        assessments: async function* () {
          yield* await assessmentList();
        },
        indicatorOf: indicatorLabels(),
        flags: async function* () {
          yield* await flagList();
        },
        reviews: async function* () {
          for (const assessment of await assessmentList()) {
            const review = await reviews.review(actor, assessment.id);
            if (review) yield review;
          }
        },
        actions: once(() => actions.list(actor, partnershipId)),
        timelineNotes: once(() => dashboards.timelineNotes(actor, partnershipId)),
      };
      return {
        fileName: `koers-${partnership.name}-${today}`,
        title: { nl: `Koers: ${partnership.name}`, en: `Koers: ${partnership.name}` },
        about: [
          { key: 'partnership', label: { nl: 'Partnerschap', en: 'Partnership' }, value: partnership.name },
          { key: 'sector', label: { nl: 'Sector', en: 'Sector' }, value: partnership.sector },
          { key: 'scenario', label: { nl: 'Scenario', en: 'Scenario' }, value: partnership.scenario },
          { key: 'region', label: { nl: 'Regio', en: 'Region' }, value: partnership.region },
          {
            key: 'readAs',
            label: { nl: 'Zoals te lezen door', en: 'As readable by' },
            value: actor.displayName,
          },
          { key: 'exportedOn', label: { nl: 'Gemaakt op', en: 'Made on' }, value: today },
        ],
        sheets: partnershipSheets(record, language),
      };
    },
  };
}
