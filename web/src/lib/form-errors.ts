import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { WEAK_PASSWORD_REASONS, type TWeakPasswordReason } from '@koers/shared/api-error-codes';
import { ApiRequestError } from './api-client.ts';

/** Field errors by field path (`email`, `roles.0.partnershipId`), ready to show beside the fields. */
export type TFieldErrors = Record<string, string>;

/** The API reports request-body fields as `body.<path>`; the form knows them by `<path>`. */
const BODY_PREFIX = 'body.';

/**
 * Turns validation problems into messages for the person: zod issues of the shared schemas (the same
 * rules the API applies), and the field details of an API error answer.
 */
export function useFormErrors() {
  const { t, i18n } = useTranslation();

  const zodIssueMessage = (issue: z.core.$ZodIssue): string => {
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'number') return t('validation.atLeast', { min: Number(issue.minimum) });
        if (issue.origin === 'array') return t('validation.chooseAtLeast', { count: Number(issue.minimum) });
        return t('validation.tooShort', { count: Number(issue.minimum) });
      case 'too_big':
        if (issue.origin === 'number') return t('validation.atMost', { max: Number(issue.maximum) });
        if (issue.origin === 'array') return t('validation.chooseAtMost', { count: Number(issue.maximum) });
        return t('validation.tooLong', { count: Number(issue.maximum) });
      case 'invalid_format':
        if (issue.format === 'email') return t('validation.email');
        // An empty or half-typed date field: say what is wanted, not "choose".
        if (issue.format === 'date') return t('validation.date');
        return t('validation.choose');
      case 'custom': {
        const range = (issue.params as { dateRange?: { from: string; to: string } } | undefined)?.dateRange;
        return range ? t('validation.dateRange', range) : t('validation.invalid');
      }
      case 'invalid_value':
      case 'invalid_type':
      case 'invalid_union':
        return t('validation.choose');
      default:
        return t('validation.invalid');
    }
  };

  const fromZod = (error: z.ZodError): TFieldErrors => {
    const errors: TFieldErrors = {};
    for (const issue of error.issues) {
      const path = issue.path.join('.');
      errors[path] ??= zodIssueMessage(issue);
    }
    return errors;
  };

  const fromApi = (error: unknown): TFieldErrors => {
    if (!(error instanceof ApiRequestError)) return {};
    const code = error.apiError?.code;
    const errors: TFieldErrors = {};
    for (const issue of error.apiError?.details ?? []) {
      if (!issue.path.startsWith(BODY_PREFIX)) continue;
      if (code === 'PASSWORD_TOO_WEAK') {
        // The API names why in a word of WEAK_PASSWORD_REASONS; the person reads it in their own language.
        const reason = WEAK_PASSWORD_REASONS.find((r): r is TWeakPasswordReason => r === issue.message) ?? 'guessable';
        errors[issue.path.slice(BODY_PREFIX.length)] ??= t(`validation.weakPassword.${reason}`);
        continue;
      }
      // The API's detail messages are English and specific: shown as they are in English, by code otherwise.
      const message =
        i18n.resolvedLanguage === 'en'
          ? issue.message
          : t(code === 'CONFLICT' ? 'errors.fieldConflict' : 'errors.fieldInvalid');
      errors[issue.path.slice(BODY_PREFIX.length)] ??= message;
    }
    return errors;
  };

  return { fromZod, fromApi };
}

/** Moves focus to the first field that needs attention, so keyboard and screen-reader users land on it. */
export function focusFirstInvalidField(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
