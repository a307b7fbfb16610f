import { useTranslation } from 'react-i18next';
import { SPREADSHEET_UNREADABLE_REASONS } from '@koers/shared/api-error-codes';
import { ApiRequestError } from '../lib/api-client.ts';

/**
 * One sentence for the person about why something failed, in their language. The API's own messages are
 * English, so its error code picks the sentence; the API message is the fallback for a code we do not know.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiRequestError)) return t('status.request');
    if (error.failure === 'network') return t('status.network');
    if (error.status === 503) return t('status.unavailable');
    if (error.status !== undefined && error.status >= 500) return t('status.server');
    const code = error.apiError?.code;
    if (code === 'TOO_MANY_REQUESTS' && error.retryAfterSeconds !== undefined) {
      return t('errors.tooManyRequestsWait', { count: error.retryAfterSeconds });
    }
    if (code === 'SPREADSHEET_UNREADABLE') {
      // The API names why in a word of SPREADSHEET_UNREADABLE_REASONS: each asks for something else.
      const reason = SPREADSHEET_UNREADABLE_REASONS.find((r) => r === error.apiError?.details?.[0]?.message);
      if (reason) return t(`errors.spreadsheetUnreadable.${reason}`);
    }
    if (code) return t(`errors.${code}`, { defaultValue: error.apiError?.message });
    return t('status.request');
  };
}
