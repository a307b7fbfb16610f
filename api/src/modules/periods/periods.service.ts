import type { Kysely } from 'kysely';
import type { TPeriod, TPeriodCreate, TPeriodUpdate } from '@koers/shared/periods';
import type { TDatabase } from '../../db/schema.ts';
import { NotFoundError } from '../../errors.ts';
import type { TRequestContext } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { authorizePlatform } from '../auth/authorize.ts';
import * as repository from './periods.repository.ts';

/** Each moment once, the earliest (most days before) first, as the reminders go out. */
const reminderMoments = (days: readonly number[]) => [...new Set(days)].sort((a, b) => b - a);

export function createPeriodService(db: Kysely<TDatabase>) {
  async function list(): Promise<TPeriod[]> {
    const rows = await repository.listPeriods(db);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      opensOn: r.opens_on,
      dueOn: r.due_on,
      reminderDays: r.reminder_days,
      current: r.current,
    }));
  }
  const one = async (periodId: string) => {
    const period = (await list()).find((p) => p.id === periodId);
    if (!period) throw new NotFoundError('Period');
    return period;
  };

  return {
    list,

    async create({ actor, requestId }: TRequestContext, input: TPeriodCreate): Promise<TPeriod> {
      authorizePlatform(actor, 'platform:manage');
      const id = await db.transaction().execute(async (trx) => {
        const { id } = await repository.insertPeriod(trx, {
          code: input.code,
          opens_on: input.opensOn,
          due_on: input.dueOn,
          ...(input.reminderDays ? { reminder_days: reminderMoments(input.reminderDays) } : {}),
        });
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'period.opened',
          subjectType: 'period',
          subjectId: id,
          requestId,
          details: input,
        });
        return id;
      });
      return one(id);
    },

    async update({ actor, requestId }: TRequestContext, periodId: string, changes: TPeriodUpdate): Promise<TPeriod> {
      authorizePlatform(actor, 'platform:manage');
      await db.transaction().execute(async (trx) => {
        const updated = await repository.updatePeriod(trx, periodId, {
          ...(changes.opensOn ? { opens_on: changes.opensOn } : {}),
          ...(changes.dueOn ? { due_on: changes.dueOn } : {}),
          ...(changes.reminderDays ? { reminder_days: reminderMoments(changes.reminderDays) } : {}),
        });
        if (!updated) throw new NotFoundError('Period');
        await recordAudit(trx, {
          actorPersonId: actor.personId,
          action: 'period.updated',
          subjectType: 'period',
          subjectId: periodId,
          requestId,
          details: changes,
        });
      });
      return one(periodId);
    },
  };
}
