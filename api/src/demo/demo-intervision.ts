import type { TExecutor } from '../db/types.ts';

/** Weeks from the day the demo is loaded until sign-up closes: the round is open whenever one looks. */
const SIGN_UP_WEEKS = 3;

/** Programme managers who signed up, with the dilemma (and sometimes a case) they brought. */
const SIGN_UPS: readonly { email: string; dilemma: string; case?: string }[] = [
  {
    email: 'noorderlicht@demo.koers.nl',
    dilemma: 'Ik heb verantwoordelijkheid voor de samenwerking, maar geen mandaat richting de schoolleiders.',
    case: 'Een schoolleider trok zich terug uit de stuurgroep zonder dat iemand het besprak.',
  },
  {
    email: 'waddenkust@demo.koers.nl',
    dilemma: 'De stuurgroep staat ver van de werkvloer; hoe breng ik de scholen aan tafel?',
  },
  {
    email: 'vallei@demo.koers.nl',
    dilemma: 'Na het vertrek van mijn voorganger moet ik de samenwerking opnieuw opbouwen.',
    case: 'Afspraken bleken alleen in het hoofd van één persoon te bestaan.',
  },
  {
    email: 'domstad@demo.koers.nl',
    dilemma: 'Opleiding en scholen zien de koers heel anders; wie bepaalt de richting?',
  },
  {
    email: 'rijnmond@demo.koers.nl',
    dilemma: 'Ik sta er alleen voor: er is niemand met wie ik mijn twijfels over de rol kan delen.',
  },
  {
    email: 'zeeland@demo.koers.nl',
    dilemma: 'Besturen willen resultaten zien, terwijl het fundament nog niet staat.',
  },
];

/**
 * One open intervision round on process management, facilitated by the demo critical friend, with six
 * sign-ups from partnerships across the country: enough for the facilitator to let Koers propose a group.
 */
export async function seedDemoIntervision(trx: TExecutor): Promise<void> {
  const people = await trx
    .selectFrom('person as p')
    .innerJoin('role_assignment as r', 'r.person_id', 'p.id')
    .select(['p.id', 'p.email', 'r.partnership_id'])
    .where('p.email', 'in', ['friend@demo.koers.nl', ...SIGN_UPS.map((s) => s.email)])
    .execute();
  const find = (email: string) => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`demo data: no person ${email}`);
    return person;
  };
  const deadline = new Date(Date.now() + SIGN_UP_WEEKS * 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const { id: roundId } = await trx
    .insertInto('intervision_round')
    .values({
      theme_number: 2,
      title: 'Positie en mandaat van de coördinator',
      invitation:
        'Coördinatoren spreken vrijer met collega’s uit andere partnerschappen. Breng je belangrijkste dilemma mee; ' +
        'wat in de groep gezegd wordt, blijft in de groep.',
      sign_up_deadline: deadline,
      facilitator_id: find('friend@demo.koers.nl').id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const signUp of SIGN_UPS) {
    const person = find(signUp.email);
    if (!person.partnership_id) throw new Error(`demo data: ${signUp.email} manages no partnership`);
    await trx
      .insertInto('intervision_sign_up')
      .values({
        round_id: roundId,
        person_id: person.id,
        partnership_id: person.partnership_id,
        dilemma: signUp.dilemma,
        case_text: signUp.case ?? null,
      })
      .execute();
  }
}
