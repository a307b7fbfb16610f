import type { TGoodApproach } from '@koers/shared/good-approaches';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TApproachRow, TApproachTags } from './good-approaches.repository.ts';

export function toGoodApproaches(rows: readonly TApproachRow[], tags: TApproachTags): TGoodApproach[] {
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    context: r.context,
    whatWeDid: r.what_we_did,
    whatItBrought: r.what_it_brought,
    whatItTook: r.what_it_took,
    contact: r.contact,
    themes: tags.themes.filter((t) => t.good_approach_id === r.id).map((t) => t.theme_number as TThemeNumber),
    indicators: tags.indicators.filter((i) => i.good_approach_id === r.id).map((i) => ({ id: i.id, code: i.code })),
    scenario: r.scenario,
    partnership: r.partnership_id && r.partnership_name ? { id: r.partnership_id, name: r.partnership_name } : null,
    author: { id: r.author_id, name: r.author_name },
    status: r.status,
    reviewComment: r.review_comment,
    publishedAt: r.published_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
  }));
}
