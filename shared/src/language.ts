import { z } from 'zod';

/** The languages Koers speaks; Dutch first. */
export const ZLanguage = z.enum(['nl', 'en']);
export type TLanguage = z.infer<typeof ZLanguage>;

/** The language Koers writes to a person in: the interface language they use. */
export const ZLanguagePreference = z.object({ language: ZLanguage });
export type TLanguagePreference = z.infer<typeof ZLanguagePreference>;
