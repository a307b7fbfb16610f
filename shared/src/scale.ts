import { z } from 'zod';

/**
 * The indicator scale: 1 not started .. 4 embedded and sustained, plus "don't know".
 * "Don't know" is an answer, not a score: it lowers coverage and is left out of the mean.
 */
export const SCALE_SCORES = [1, 2, 3, 4] as const;
export const DONT_KNOW = 'dont_know' as const;

export const ZScaleScore = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type TScaleScore = z.infer<typeof ZScaleScore>;

export const ZIndicatorAnswer = z.union([ZScaleScore, z.literal(DONT_KNOW)]);
export type TIndicatorAnswer = z.infer<typeof ZIndicatorAnswer>;
