import { ZReminderDays } from '@koers/shared/periods';

/** "7, 2" as typed by an admin, as reminder moments; undefined when it is not a list of whole days. */
export function parseReminderDays(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.some((part) => !/^\d+$/.test(part))) return undefined;
  const parsed = ZReminderDays.safeParse(parts.map(Number));
  return parsed.success ? parsed.data : undefined;
}

export const formatReminderDays = (days: readonly number[]) => days.join(', ');
