import { z } from 'zod';

/**
 * A page of a long list, as the query string asks for it (`?page=2&pageSize=25`). Each list sets its own
 * page size and the most it will send at once.
 */
export function pageQuery({ defaultSize, maxSize }: { defaultSize: number; maxSize: number }) {
  return z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(maxSize).default(defaultSize),
  });
}
