import { useTranslation } from 'react-i18next';

/**
 * The API words each row's problems in English only, in a few fixed sentences (api history-csv), joined
 * with "; ". These patterns give the Dutch reading; a sentence they do not know is shown as the API sent it.
 */
const PATTERNS = [
  [/^The file is not valid CSV: (?<detail>.*)$/s, 'invalidCsv'],
  [/^The header row lacks the column\(s\): (?<columns>.*)$/, 'missingColumns'],
  [/^The file has no rows under the header$/, 'noRows'],
  [/^period "(?<value>.*)" is not a quarter like 2025-Q3$/, 'period'],
  [/^period (?<value>\S+) lies in the future$/, 'future'],
  [/^(?<value>\S+) already has an assessment for this partnership$/, 'taken'],
  [/^perspective "(?<value>.*)" is not one of coordination, institute, school_board, school$/, 'perspective'],
  [/^indicator "(?<value>.*)" is not in the questionnaire$/, 'indicator'],
  [/^answer "(?<value>.*)" is not 1, 2, 3, 4 or "weet niet"$/, 'answer'],
  [/^indicator (?<code>\S+) is answered twice for (?<respondent>.+) in (?<period>\S+)$/, 'twice'],
] as const;

/** Reads an import problem's message as sentences in the person's language. */
export function useProblemReasons(): (message: string) => string[] {
  const { t } = useTranslation();
  const reason = (sentence: string): string | undefined => {
    for (const [pattern, key] of PATTERNS) {
      const groups = pattern.exec(sentence)?.groups;
      if (groups) return t(`historyImport.problem.${key}`, { replace: groups });
    }
    return undefined;
  };
  // A whole message first: a CSV parser's own explanation may itself contain "; ".
  return (message) => {
    const whole = reason(message);
    return whole ? [whole] : message.split('; ').map((sentence) => reason(sentence) ?? sentence);
  };
}
