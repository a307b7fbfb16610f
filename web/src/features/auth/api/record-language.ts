import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLanguagePreference } from '@koers/shared/language';
import { toLanguage } from '../../../i18n/i18n.ts';
import { apiSend } from '../../../lib/api-client.ts';

/**
 * Keeps the language Koers writes to the signed-in person in (notices, the weekly digest, reminders) the
 * same as the interface language they use: recorded at sign-in and at every switch. Nothing to show when
 * it fails; the next switch or sign-in records it again.
 */
export function useRecordLanguage(personId: string | undefined) {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  useEffect(() => {
    if (!personId) return;
    const body: TLanguagePreference = { language };
    apiSend<TLanguagePreference>('PUT', '/api/account/language', { body }).catch(() => undefined);
  }, [personId, language]);
}
