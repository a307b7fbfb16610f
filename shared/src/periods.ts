import { z } from 'zod';
import { ZDate } from './input.ts';

/**
 * When invited respondents who have not submitted are reminded: days before the due date (1 to 60, at
 * most five moments). An empty list sends no reminders.
 */
export const ZReminderDays = z.array(z.number().int().min(1).max(60)).max(5);
export const DEFAULT_REMINDER_DAYS = [7, 2];

/** A quarter, written as 2026-Q4. */
/** The year stays within the dates Koers takes (see ZDate). */
export const ZPeriodCode = z.string().regex(/^(?:19|2\d)\d{2}-Q[1-4]$/, 'Use the form 2026-Q4');

export const ZPeriod = z.object({
  id: z.uuid(),
  code: ZPeriodCode,
  opensOn: ZDate,
  dueOn: ZDate,
  /** Reminder moments, in days before the due date, largest first. */
  reminderDays: ZReminderDays,
  /** The newest period that has opened: the one everyone is working on now. */
  current: z.boolean(),
});
export type TPeriod = z.infer<typeof ZPeriod>;

export const ZPeriodCreate = z
  .object({ code: ZPeriodCode, opensOn: ZDate, dueOn: ZDate, reminderDays: ZReminderDays.optional() })
  .refine((p) => p.dueOn >= p.opensOn, { message: 'The due date is on or after the opening date', path: ['dueOn'] });
export type TPeriodCreate = z.infer<typeof ZPeriodCreate>;

export const ZPeriodUpdate = z
  .object({ opensOn: ZDate, dueOn: ZDate, reminderDays: ZReminderDays })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field' });
export type TPeriodUpdate = z.infer<typeof ZPeriodUpdate>;

export const ZPeriodParams = z.object({ periodId: z.uuid() });

/** The quarter's first day and a due date three weeks after it ends: the defaults for a new period. */
export function quarterDates(code: string): { opensOn: string; dueOn: string } {
  const [year, quarter] = [Number(code.slice(0, 4)), Number(code.slice(6))];
  const opens = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const due = new Date(Date.UTC(year, quarter * 3, 21));
  return { opensOn: opens.toISOString().slice(0, 10), dueOn: due.toISOString().slice(0, 10) };
}
