import type { Transaction } from 'kysely';
import type { TScenario } from '@koers/shared/partnerships';
import type { TThemeNumber } from '@koers/shared/themes';
import type { TDatabase } from '../db/schema.ts';

type TDemoApproach = {
  title: string;
  context: string;
  whatWeDid: string;
  whatItBrought: string;
  whatItTook: string;
  contact: string;
  themes: TThemeNumber[];
  indicators: string[];
  scenario: TScenario | null;
  partnership: string | null;
  author: string;
  status: 'published' | 'submitted';
};

const FRIEND = 'friend@demo.koers.nl';
const ADMIN = 'admin@demo.koers.nl';

/** Two or more published approaches per theme, and one programme manager's write-up awaiting approval. */
const DEMO_APPROACHES: readonly TDemoApproach[] = [
  {
    title: 'Wijzen naar het noorden: een gezamenlijke visie in één middag',
    context:
      'Zeven besturen en een pabo zeiden hetzelfde te willen, maar bedoelden iets anders met "goed opleiden". Het visiestuk lag al jaren in een la.',
    whatWeDid:
      'Een middag met schoolleiders, bestuurders en opleiders. Iedereen schreef eerst voor zich op waarom we samen opleiden; daarna legden we de antwoorden naast elkaar en maakten we de verschillen bespreekbaar. De drie gedeelde doelen die overbleven, staan nu op één A4.',
    whatItBrought:
      'Een visie die schoolleiders zelf kunnen navertellen, en een stuurgroep die bij elke beslissing terugkijkt naar die drie doelen.',
    whatItTook: 'Een dagdeel, een externe gespreksleider en een week voorbereiding door de programmamanager.',
    contact: 'Programmabureau, via de kritische vriend',
    themes: [1],
    indicators: ['1.1', '1.2'],
    scenario: 'C',
    partnership: 'Samen Opleiden Amstel-Oost',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Belangenkaart: wat wil elke partner uit de samenwerking halen?',
    context:
      'Besturen haakten af omdat zij niet zagen wat de samenwerking hén opleverde; de opleiding zag vooral stageplaatsen.',
    whatWeDid:
      'Elke partner vulde een belangenkaart in: wat brengen wij, wat willen wij terugzien, wat is voor ons niet onderhandelbaar. De kaarten hangen zichtbaar bij elke stuurgroepvergadering.',
    whatItBrought:
      'Besturen spreken hun belang uit in plaats van het te verzwijgen; twee besturen die twijfelden, bleven en namen een trekkersrol.',
    whatItTook: 'Twee stuurgroepvergaderingen en een sjabloon dat we graag delen.',
    contact: 'Stuurgroepvoorzitter, via het programmabureau',
    themes: [1, 2],
    indicators: ['1.2', '1.3'],
    scenario: 'A',
    partnership: 'Opleidingsschool Rijnmond',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Schoolleiders aan tafel in de stuurgroep',
    context: 'De stuurgroep bestond uit bestuurders en de opleiding; besluiten bereikten de werkvloer niet of te laat.',
    whatWeDid:
      'Twee schoolleiders namen zitting in de stuurgroep, met een vaste rol: na elke vergadering vertellen zij in het schoolleidersoverleg wat er besloten is en waarom.',
    whatItBrought:
      'Besluiten landen sneller in de scholen, en de stuurgroep hoort eerder wat in de praktijk niet werkt.',
    whatItTook: 'Een aangepast reglement en tijd van twee schoolleiders (vier uur per kwartaal).',
    contact: 'Programmamanager Haaglanden',
    themes: [2],
    indicators: ['2.2', '2.1'],
    scenario: 'B',
    partnership: 'Partnerschap Haaglanden Opleiden',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Borging met een overdrachtsdossier voor sleutelfiguren',
    context: 'Toen de coördinator vertrok, viel de samenwerking bijna stil: afspraken zaten in één hoofd.',
    whatWeDid:
      'Elke sleutelrol (coördinator, schoolopleider, instituutsopleider) heeft nu een overdrachtsdossier met contacten, jaarplanning en lopende afspraken, en een vaste tweede persoon die meeleest.',
    whatItBrought: 'Bij het volgende vertrek liep het werk door; de opvolger was binnen een maand ingewerkt.',
    whatItTook: 'Een halve dag per rol om het dossier te vullen, en een jaarlijkse controle in de stuurgroep.',
    contact: '',
    themes: [2],
    indicators: ['2.4'],
    scenario: null,
    partnership: null,
    author: ADMIN,
    status: 'published',
  },
  {
    title: 'Leerteams van studenten, starters en ervaren leraren',
    context:
      'Studenten en starters leerden vooral van hun eigen begeleider; ervaren leraren zagen zichzelf niet als lerende.',
    whatWeDid:
      'Per school een leerteam van zes tot acht mensen, met studenten, starters, ervaren leraren en een instituutsopleider, die samen een praktijkvraag van de school onderzoeken.',
    whatItBrought:
      'Praktijkonderzoek dat de school echt gebruikt, en ervaren leraren die zeggen weer nieuwsgierig te zijn.',
    whatItTook:
      'Zes bijeenkomsten per jaar van anderhalf uur, en een instituutsopleider die per team twee uur per maand begeleidt.',
    contact: 'Instituutsopleider Noorderlicht',
    themes: [3],
    indicators: ['3.1', '3.2'],
    scenario: 'C',
    partnership: 'Opleidingsschool Noorderlicht',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Vaste koppels van school- en instituutsopleiders',
    context: 'Elk jaar wisselden de contactpersonen tussen school en opleiding; begeleiding begon telkens opnieuw.',
    whatWeDid:
      'Elke schoolopleider werkt minstens drie jaar met dezelfde instituutsopleider, met een gezamenlijk begeleidingsplan en gezamenlijke beoordelingen.',
    whatItBrought:
      'Studenten krijgen één verhaal van school en opleiding; de koppels delen hun aanpak nu ook met andere scholen.',
    whatItTook: 'Roosterafspraken tussen opleiding en besturen, en een gezamenlijke startdag per jaar.',
    contact: 'Via de kritische vriend',
    themes: [3, 5],
    indicators: ['3.3', '5.4'],
    scenario: 'A',
    partnership: 'Partnerschap Twente Leert',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Een datadialoog per kwartaal in plaats van een jaarverslag',
    context: 'Cijfers over uitval en tevredenheid kwamen één keer per jaar in een rapport dat niemand besprak.',
    whatWeDid:
      'Elk kwartaal een uur in de stuurgroep met drie cijfers (instroom, uitval, tevredenheid) en één vraag: wat zien we, wat verklaart het, wat doen we anders? De afspraak gaat mee naar het volgende kwartaal.',
    whatItBrought: 'Aanpassingen binnen het jaar, en besturen die zelf om de cijfers vragen.',
    whatItTook: 'Een uur per kwartaal en een medewerker die de drie cijfers verzamelt.',
    contact: 'Kwaliteitsmedewerker, via het programmabureau',
    themes: [4],
    indicators: ['4.1', '4.3'],
    scenario: 'A',
    partnership: 'Opleidingsschool Rijnmond',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Feedback van studenten ophalen met een kort kwartaalpanel',
    context: 'Enquêtes kregen weinig respons en gaven weinig richting; studenten voelden zich niet gehoord.',
    whatWeDid:
      'Een panel van acht studenten uit verschillende scholen praat elk kwartaal een uur met de coördinator. De opbrengst gaat in drie zinnen naar de stuurgroep, met het antwoord terug naar de studenten.',
    whatItBrought: 'Concrete verbeteringen in de begeleiding, en studenten die zien wat er met hun feedback gebeurt.',
    whatItTook: 'Vier uur per jaar per student, een bedankje, en een coördinator die de terugkoppeling bewaakt.',
    contact: '',
    themes: [4],
    indicators: ['4.2'],
    scenario: 'B',
    partnership: null,
    author: ADMIN,
    status: 'published',
  },
  {
    title: 'Eén doorgaande lijn: van stage naar inductiejaar',
    context:
      'Starters kregen in hun eerste jaar een begeleidingsprogramma dat los stond van wat zij in de opleiding leerden.',
    whatWeDid:
      'Opleiding en scholen beschreven samen één lijn van bekwaamheden, van eerste stage tot derde jaar als leraar. Het inductieprogramma begint waar het afstudeerportfolio ophoudt.',
    whatItBrought: 'Starters herkennen hun ontwikkeldoelen; minder uitval in het eerste jaar.',
    whatItTook: 'Een werkgroep van vier mensen, zes bijeenkomsten in een half jaar.',
    contact: 'Programmamanager Amstel-Oost',
    themes: [5],
    indicators: ['5.1', '5.2'],
    scenario: 'C',
    partnership: 'Samen Opleiden Amstel-Oost',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Tijd voor mentoren: een vast uur in het rooster',
    context: 'Mentoren van starters begeleidden in hun pauzes; goede mentoren haakten af.',
    whatWeDid:
      'Besturen spraken af dat elke mentor één lesuur per week krijgt voor begeleiding, en dat mentoren twee keer per jaar samen scholing volgen.',
    whatItBrought: 'Mentoren blijven, en starters krijgen begeleiding die gepland is in plaats van toevallig.',
    whatItTook: 'Formatieruimte bij de besturen en een gezamenlijke scholing van twee dagdelen per jaar.',
    contact: 'Via de kritische vriend',
    themes: [5],
    indicators: ['5.4'],
    scenario: 'A',
    partnership: 'Partnerschap Twente Leert',
    author: FRIEND,
    status: 'published',
  },
  {
    title: 'Intervisie voor werkplekbegeleiders over schoolgrenzen heen',
    context:
      'Werkplekbegeleiders van verschillende scholen kenden elkaar niet en losten dezelfde vragen ieder apart op.',
    whatWeDid:
      'Vier keer per jaar intervisie in groepjes van zes werkplekbegeleiders van verschillende scholen, met een vaste gespreksleider en één casus per bijeenkomst.',
    whatItBrought: 'Begeleiders voelen zich minder alleen en nemen elkaars aanpakken over.',
    whatItTook: 'Vier middagen per jaar en een gespreksleider van de opleiding.',
    contact: 'Programmamanager Twente Leert',
    themes: [3],
    indicators: ['3.2'],
    scenario: 'A',
    partnership: 'Partnerschap Twente Leert',
    author: 'pm@demo.koers.nl',
    status: 'submitted',
  },
];

/** The demo's good approaches, tagged with indicators of the current instrument by code. */
export async function seedDemoGoodApproaches(trx: Transaction<TDatabase>): Promise<void> {
  const people = new Map(
    (await trx.selectFrom('person').select(['id', 'email']).execute()).map((p) => [p.email ?? '', p.id]),
  );
  const partnerships = new Map(
    (await trx.selectFrom('partnership').select(['id', 'name']).execute()).map((p) => [p.name, p.id]),
  );
  const indicators = new Map(
    (
      await trx
        .selectFrom('indicator as i')
        .innerJoin('theme as t', 't.id', 'i.theme_id')
        .innerJoin('instrument_version as v', 'v.id', 't.instrument_version_id')
        .select(['i.id', 'i.code'])
        .where('v.status', '=', 'published')
        .execute()
    ).map((i) => [i.code, i.id]),
  );
  const known = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`demo data: unknown ${key}`);
    return value;
  };
  for (const demo of DEMO_APPROACHES) {
    const { id } = await trx
      .insertInto('good_approach')
      .values({
        title: demo.title,
        context: demo.context,
        what_we_did: demo.whatWeDid,
        what_it_brought: demo.whatItBrought,
        what_it_took: demo.whatItTook,
        contact: demo.contact,
        scenario: demo.scenario,
        partnership_id: demo.partnership === null ? null : known(partnerships, demo.partnership),
        author_id: known(people, demo.author),
        status: demo.status,
        published_at: demo.status === 'published' ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('good_approach_theme')
      .values(demo.themes.map((theme_number) => ({ good_approach_id: id, theme_number })))
      .execute();
    await trx
      .insertInto('good_approach_indicator')
      .values(demo.indicators.map((code) => ({ good_approach_id: id, indicator_id: known(indicators, code) })))
      .execute();
  }
}
