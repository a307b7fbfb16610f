import { z } from 'zod';
import { wholeNumberText, ZInt } from './input.ts';

/**
 * A page of a long list, as the query string asks for it (`?page=2&pageSize=25`). Each list sets its own
 * page size and the most it will send at once.
 */
export function pageQuery({ defaultSize, maxSize }: { defaultSize: number; maxSize: number }) {
  return z.object({
    page: wholeNumberText(ZInt.min(1).max(100_000)).default(1),
    pageSize: wholeNumberText(ZInt.min(1).max(maxSize)).default(defaultSize),
  });
}
