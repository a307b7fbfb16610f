import { sql, type Kysely } from 'kysely';

// Frozen in time: the default instrument as it was drafted in domain.md. Admins publish later
// versions through the application; this migration never changes once released.
type IndicatorText = readonly [code: string, nl: string, en: string];
type ThemeText = {
  number: number;
  name: readonly [nl: string, en: string];
  question: readonly [nl: string, en: string];
  indicators: readonly IndicatorText[];
};

const THEMES: readonly ThemeText[] = [
  {
    number: 1,
    name: ['Belang en doel van de samenwerking', 'Purpose and shared interest'],
    question: [
      'Waarom werken we samen, en wat zijn de belangen van elke partner?',
      "Why do we collaborate, and what are each partner's interests?",
    ],
    indicators: [
      [
        '1.1',
        'De partners hebben een geschreven gedeelde visie en doelen voor het samen opleiden van leraren.',
        'The partners have a written shared vision and goals for training teachers together.',
      ],
      [
        '1.2',
        'De belangen van elke partner (scholen, besturen, opleiding) zijn expliciet en erkend.',
        "Each partner's interests (schools, boards, institute) are explicit and acknowledged.",
      ],
      [
        '1.3',
        'Schoolleiders en bestuurders dragen de samenwerking zichtbaar.',
        'School leaders and board members visibly carry the collaboration.',
      ],
      [
        '1.4',
        'Het gekozen samenwerkingsscenario past bij de ambities van de deelnemende scholen.',
        'The chosen collaboration scenario fits the ambitions of the participating schools.',
      ],
    ],
  },
  {
    number: 2,
    name: ['Procesmanagement en inrichting', 'Process management and organisation'],
    question: [
      'Hebben we de inrichting vooraf doordacht en als proces vormgegeven?',
      'Have we thought the set-up through in advance and shaped it as a process?',
    ],
    indicators: [
      [
        '2.1',
        'Rollen, taken en mandaat (stuurgroep, coördinator, schoolopleiders) zijn helder.',
        'Roles, tasks and mandate (steering group, coordinator, school-based teacher educators) are clear.',
      ],
      [
        '2.2',
        'Schoolleiders zijn verankerd in de governance (bijvoorbeeld in de stuurgroep).',
        'School leaders are anchored in the governance structure (e.g. in the steering group).',
      ],
      [
        '2.3',
        'Er is een werkende cyclus van planning en overleg met vaste momenten.',
        'There is a working cycle of planning and consultation with fixed moments.',
      ],
      [
        '2.4',
        'De samenwerking overleeft het vertrek van sleutelfiguren (continuïteit is geborgd).',
        'The collaboration survives the departure of key people (continuity is secured).',
      ],
    ],
  },
  {
    number: 3,
    name: ['Samenwerken en leren', 'Collaborating and learning'],
    question: [
      'Geven alle partijen invulling aan het samen leren?',
      'Do all parties give substance to learning together?',
    ],
    indicators: [
      [
        '3.1',
        'Studenten, startende en ervaren leraren en lerarenopleiders leren met en van elkaar.',
        'Students, starting and experienced teachers and teacher educators learn with and from each other.',
      ],
      [
        '3.2',
        'School en opleiding organiseren gezamenlijke leeractiviteiten (praktijkonderzoek, masterclasses, intervisie).',
        'School and institute run joint learning activities (practitioner research, masterclasses, intervision).',
      ],
      [
        '3.3',
        'Schoolopleiders en instituutsopleiders werken in duurzame koppels of teams.',
        'School-based and institute-based educators work in lasting pairs or teams.',
      ],
      [
        '3.4',
        'Goede aanpakken worden binnen en buiten het partnerschap gedeeld.',
        'Good approaches are shared inside and outside the partnership.',
      ],
    ],
  },
  {
    number: 4,
    name: ['Data en feedback', 'Data and feedback'],
    question: [
      'Weten we wat werkt, en sturen we tijdig bij op data en feedback?',
      'Do we know what works, and do we adjust in time on data and feedback?',
    ],
    indicators: [
      [
        '4.1',
        'Het partnerschap verzamelt systematisch gegevens over opbrengsten (studenttevredenheid, uitval, instroom).',
        'The partnership systematically collects data on outcomes (student satisfaction, drop-out, intake).',
      ],
      [
        '4.2',
        'Feedback van studenten, scholen en opleiding wordt periodiek opgehaald.',
        'Feedback from students, schools and institute is gathered periodically.',
      ],
      [
        '4.3',
        'Gegevens worden samen besproken en leiden aantoonbaar tot bijsturing.',
        'Data are discussed together and demonstrably lead to adjustments.',
      ],
      [
        '4.4',
        'Er wordt een blik van buiten benut (kritische vriend, peer review).',
        'An outside view (critical friend, peer review) is used.',
      ],
    ],
  },
  {
    number: 5,
    name: ['Doorgaande lijn inhoud en begeleiding', 'Continuous line of content and induction'],
    question: [
      'Worden startende leraren langs één doorgaande lijn begeleid, van opleiding naar beroep?',
      'Are starting teachers guided along one continuous line from training into the job?',
    ],
    indicators: [
      [
        '5.1',
        'Opleiding en scholen delen één inhoudelijke lijn van student tot startende leraar.',
        'Institute and schools share one line of content from student to starting teacher.',
      ],
      [
        '5.2',
        'Startende leraren krijgen begeleiding die voortbouwt op hun opleiding.',
        'Starting teachers receive induction that builds on their training.',
      ],
      [
        '5.3',
        'De professionaliseringslijn loopt door voor ervaren leraren.',
        'The professional-development line continues for experienced teachers.',
      ],
      [
        '5.4',
        'Mentoren, schoolopleiders en coaches zijn toegerust en krijgen tijd.',
        'Mentors, school-based educators and coaches are equipped and given time.',
      ],
    ],
  },
];

export async function up(db: Kysely<any>): Promise<void> {
  const version = await db
    .insertInto('instrument_version')
    .values({
      version: 1,
      title_nl: 'Monitor vijf kernthema’s (versie 1)',
      title_en: 'Five core themes monitor (version 1)',
      status: 'published',
      published_at: sql`now()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  for (const theme of THEMES) {
    const { id: themeId } = await db
      .insertInto('theme')
      .values({
        instrument_version_id: version.id,
        number: theme.number,
        name_nl: theme.name[0],
        name_en: theme.name[1],
        question_nl: theme.question[0],
        question_en: theme.question[1],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('indicator')
      .values(
        theme.indicators.map(([code, nl, en], index) => ({
          theme_id: themeId,
          code,
          position: index + 1,
          text_nl: nl,
          text_en: en,
        })),
      )
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('instrument_version').where('version', '=', 1).execute();
}
