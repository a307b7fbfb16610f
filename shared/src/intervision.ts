import { z } from 'zod';
import { ZThemeNumber } from './assessments.ts';
import { ZDate, ZText } from './input.ts';

const ZInstant = z.iso.datetime({ offset: true });
const ZPersonRef = z.object({ id: z.uuid(), name: z.string() });
const ZPartnershipRef = z.object({ id: z.uuid(), name: z.string() });

/** A group holds five to eight programme managers: enough voices, small enough to speak freely. */
export const INTERVISION_GROUP_SIZE = { min: 5, max: 8 } as const;

export const ZIntervisionRoundParams = z.object({ roundId: z.uuid() });
export const ZIntervisionGroupParams = z.object({ groupId: z.uuid() });

/** A facilitator (critical friend or admin) opens a round on one theme. */
export const ZIntervisionRoundCreate = z.object({
  theme: ZThemeNumber,
  title: ZText.trim().min(3).max(200),
  invitation: ZText.trim().max(2000).default(''),
  /** The last day programme managers can sign up, change or withdraw. */
  signUpDeadline: ZDate,
});
export type TIntervisionRoundCreate = z.infer<typeof ZIntervisionRoundCreate>;

/** A programme manager's sign-up for one of their partnerships: the main dilemma, and a case if they like. */
export const ZIntervisionSignUpInput = z.object({
  partnershipId: z.uuid(),
  dilemma: ZText.trim().min(3).max(2000),
  case: ZText.trim().max(4000).nullable().default(null),
});
export type TIntervisionSignUpInput = z.infer<typeof ZIntervisionSignUpInput>;

/** A sign-up as its author, its group's members and the round's facilitator see it: nobody else does. */
export const ZIntervisionSignUp = z.object({
  id: z.uuid(),
  person: ZPersonRef,
  partnership: ZPartnershipRef,
  dilemma: z.string(),
  case: z.string().nullable(),
});
export type TIntervisionSignUp = z.infer<typeof ZIntervisionSignUp>;

export const ZIntervisionSession = z.object({
  id: z.uuid(),
  startsAt: ZInstant,
  endsAt: ZInstant,
  /** An address or a video link. */
  place: z.string(),
});
export type TIntervisionSession = z.infer<typeof ZIntervisionSession>;

export const ZIntervisionSessionCreate = z
  .object({
    startsAt: ZInstant,
    endsAt: ZInstant,
    place: ZText.trim().max(300).default(''),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    path: ['endsAt'],
    message: 'A session ends after it starts',
  });
export type TIntervisionSessionCreate = z.infer<typeof ZIntervisionSessionCreate>;

export const ZIntervisionGroup = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  number: z.number().int(),
  members: z.array(ZIntervisionSignUp),
  /** The case the facilitator chose for the group: a member's sign-up. */
  chosenSignUpId: z.uuid().nullable(),
  /** Pairs of members whose partnerships share a school board: a proposal avoids them where it can. */
  boardClashes: z.number().int(),
  sessions: z.array(ZIntervisionSession),
});
export type TIntervisionGroup = z.infer<typeof ZIntervisionGroup>;

export const ROUND_STATUSES = ['open', 'confirmed'] as const;

export const ZIntervisionRound = z.object({
  id: z.uuid(),
  theme: ZThemeNumber,
  title: z.string(),
  invitation: z.string(),
  signUpDeadline: ZDate,
  /** Sign-ups can still be made, changed or withdrawn: the deadline has not passed and no groups are confirmed. */
  signUpOpen: z.boolean(),
  status: z.enum(ROUND_STATUSES),
  facilitator: ZPersonRef,
  signUpCount: z.number().int(),
  isFacilitator: z.boolean(),
  /** The signed-in person's own sign-up, with its dilemma and case. */
  mySignUp: ZIntervisionSignUp.nullable(),
});
export type TIntervisionRound = z.infer<typeof ZIntervisionRound>;

/**
 * A round with what this person may read of it: the facilitator every sign-up and group (the proposal
 * before confirming); a participant their own group once confirmed; everyone else only the round itself.
 */
export const ZIntervisionRoundDetail = ZIntervisionRound.extend({
  signUps: z.array(ZIntervisionSignUp),
  groups: z.array(ZIntervisionGroup),
});
export type TIntervisionRoundDetail = z.infer<typeof ZIntervisionRoundDetail>;

/** The facilitator's arrangement of the groups: every sign-up in exactly one, a chosen case per group. */
export const ZIntervisionGroupsUpdate = z.object({
  groups: z
    .array(
      z.object({
        signUpIds: z.array(z.uuid()).min(1).max(INTERVISION_GROUP_SIZE.max),
        chosenSignUpId: z.uuid().nullable().default(null),
      }),
    )
    .min(1)
    .max(50),
});
export type TIntervisionGroupsUpdate = z.infer<typeof ZIntervisionGroupsUpdate>;

/** What a participant took away, as an action of their own partnership. */
export const ZIntervisionTakeAway = z.object({
  description: ZText.trim().min(3).max(1000),
  dueOn: ZDate,
});
export type TIntervisionTakeAway = z.infer<typeof ZIntervisionTakeAway>;
