import type { TApiErrorCode } from '@koers/shared/api-error';

/** One sentence per API error code: the API's own messages are English. */
const API_ERRORS = {
  VALIDATION_FAILED: 'Niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.',
  UNAUTHENTICATED: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  FORBIDDEN: 'Je rol geeft geen toegang tot deze handeling.',
  CSRF_TOKEN_INVALID: 'De beveiligingscode van deze pagina is verlopen. Probeer het opnieuw.',
  NOT_FOUND: 'Dit bestaat niet (meer). Misschien heeft iemand anders het net gewijzigd.',
  LINK_EXPIRED: 'Deze link is verlopen: het kwartaal waarvoor hij was, is afgesloten.',
  CONFLICT: 'Dit botst met wat er al is vastgelegd.',
  PRECONDITION_FAILED: 'Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.',
  PRECONDITION_REQUIRED: 'Dit kan alleen met de nieuwste versie van de gegevens. Laad de pagina opnieuw.',
  TOO_MANY_REQUESTS: 'Te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.',
  UNSUPPORTED_MEDIA_TYPE: 'De server begreep dit verzoek niet. Laad de pagina opnieuw.',
  PAYLOAD_TOO_LARGE: 'Dit is te veel gegevens in één keer.',
  DATABASE_UNAVAILABLE: 'Koers is tijdelijk niet beschikbaar. Probeer het over een moment opnieuw.',
  INTERNAL: 'Er ging aan onze kant iets mis. Probeer het over een moment opnieuw.',
  BAD_REQUEST: 'De server begreep dit verzoek niet. Laad de pagina opnieuw en probeer het nog eens.',
  PASSWORD_TOO_WEAK: 'Kies een wachtwoord dat moeilijker te raden is.',
  TOKEN_READ_ONLY: 'Met een API-sleutel kun je alleen gegevens lezen. Log in om iets te wijzigen.',
  SECOND_FACTOR_REQUIRED: 'Als beheerder stel je eerst een tweede stap voor het inloggen in, op je accountpagina.',
  SSO_REQUIRED: 'Voor dit e-mailadres log je in met het account van je instelling: kies “Inloggen met …”.',
  SIGN_IN_FAILED: 'Inloggen via je instelling is niet gelukt. Begin opnieuw op de inlogpagina.',
  SIGN_IN_PROVIDER_UNAVAILABLE:
    'De inlogdienst van je instelling is nu niet bereikbaar. Probeer het over een moment opnieuw.',
  SPREADSHEET_UNREADABLE: 'Dit bestand kan niet als spreadsheet worden gelezen. Kies een .xlsx- of .csv-bestand.',
} satisfies Record<TApiErrorCode, string>;

/**
 * Words the whole app shares: its frame and navigation, loading and error states, validation, roles, the themes’
 * short names and charts, in Dutch.
 */
export const commonNl = {
  pages: {
    label: 'Pagina’s',
    previous: 'Vorige',
    next: 'Volgende',
    current: 'Pagina {{page}} van {{count}}',
  },
  app: {
    name: 'Koers',
    tagline: 'Samen Opleiden op de vijf kernthema’s',
    skipToContent: 'Naar de inhoud',
    footer: 'Koers helpt partnerschappen Samen Opleiden om samen te zien waar ze staan en wat de volgende stap is.',
    pageTitle: '{{page}} · Koers',
  },
  nav: {
    label: 'Hoofdmenu',
    partnerships: 'Partnerschappen',
    board: 'Bestuursoverzicht',
    learningNetwork: 'Leernetwerk',
    questionnaire: 'Vragenlijst',
    admin: 'Beheer',
    account: 'Mijn account',
    signOut: 'Uitloggen',
  },
  language: {
    label: 'Taal',
  },
  status: {
    loading: 'Bezig met laden…',
    updating: 'Resultaten bijwerken…',
    retry: 'Opnieuw proberen',
    errorTitle: 'Dit lukte even niet',
    network: 'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    server: 'Er ging aan onze kant iets mis. Probeer het over een moment opnieuw.',
    unavailable: 'Koers is tijdelijk niet beschikbaar. Probeer het over een moment opnieuw.',
    request: 'Deze gegevens konden niet worden opgehaald.',
    requestId: 'Foutcode voor de helpdesk: {{requestId}}',
  },
  errors: {
    ...API_ERRORS,
    tooManyRequestsWait_one: 'Te veel pogingen achter elkaar. Probeer het over {{count}} seconde opnieuw.',
    tooManyRequestsWait_other: 'Te veel pogingen achter elkaar. Probeer het over {{count}} seconden opnieuw.',
    fieldInvalid: 'Deze waarde is niet geldig.',
    fieldConflict: 'Dit is al in gebruik.',
    spreadsheetUnreadable: {
      empty: 'Dit bestand is leeg. Kies het bestand waarin je de gegevens hebt ingevuld.',
      'too-large': 'Dit bestand is groter dan 1 MB. Verdeel de rijen over twee bestanden en lees ze na elkaar in.',
      damaged:
        'Dit lijkt een Excel-bestand (.xlsx), maar het is beschadigd. Open het in je spreadsheetprogramma, sla het opnieuw op als .xlsx of als CSV en probeer het nog eens.',
      'unpacks-too-large':
        'Dit Excel-bestand bevat meer dan tabbladen met gegevens, bijvoorbeeld afbeeldingen, en is uitgepakt te groot om te lezen. Kopieer de tabbladen naar een nieuw bestand of sla het op als CSV.',
      'too-many-parts':
        'Dit Excel-bestand bestaat uit te veel onderdelen om te lezen. Kopieer de tabbladen naar een nieuw bestand of sla het op als CSV.',
      'not-text':
        'Dit bestand is geen .xlsx en geen tekst (misschien een oud .xls-bestand of een pdf). Sla het op als .xlsx of als CSV.',
      'not-csv':
        'Dit is geen geldige CSV, bijvoorbeeld door een aanhalingsteken dat niet wordt afgesloten. Controleer de tekst, of sla het bestand opnieuw op als CSV vanuit je spreadsheetprogramma.',
    },
  },
  validation: {
    tooShort_one: 'Vul minstens {{count}} teken in.',
    tooShort_other: 'Vul minstens {{count}} tekens in.',
    tooLong_one: 'Gebruik hoogstens {{count}} teken.',
    tooLong_other: 'Gebruik hoogstens {{count}} tekens.',
    email: 'Vul een geldig e-mailadres in, zoals naam@school.nl.',
    choose: 'Maak een keuze.',
    date: 'Vul een datum in.',
    chooseAtLeast_one: 'Kies er minstens {{count}}.',
    chooseAtLeast_other: 'Kies er minstens {{count}}.',
    chooseAtMost_one: 'Kies er hoogstens {{count}}.',
    chooseAtMost_other: 'Kies er hoogstens {{count}}.',
    atLeast: 'Vul minstens {{min}} in.',
    atMost: 'Vul hoogstens {{max}} in.',
    invalid: 'Controleer deze waarde.',
    dateRange: 'Kies een datum tussen {{from}} en {{to}}.',
    passwordsDiffer: 'De twee wachtwoorden zijn niet hetzelfde.',
    weakPassword: {
      common:
        'Dit wachtwoord staat op lijsten van veelgebruikte of uitgelekte wachtwoorden. Kies iets wat alleen jij bedenkt, bijvoorbeeld een zin van een paar woorden.',
      personal: 'Dit wachtwoord lijkt op je naam of e-mailadres. Kies iets wat anderen niet van je kunnen weten.',
      pattern:
        'Dit wachtwoord volgt een patroon (toetsen op een rij, herhalingen of reeksen) dat snel te raden is. Een zin van een paar woorden werkt beter.',
      date: 'Een datum of jaartal is snel te raden. Een zin van een paar woorden werkt beter.',
      guessable: 'Dit wachtwoord is snel te raden. Maak het langer, bijvoorbeeld met een zin van een paar woorden.',
    },
  },
  forbidden: {
    title: 'Geen toegang',
    text: 'Deze pagina is alleen voor beheerders. Denk je dat je toegang zou moeten hebben? Neem contact op met een beheerder.',
  },
  copyLink: {
    copy: 'Kopieer link',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet; de link is geselecteerd, zodat je hem zelf kunt kopiëren.',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    text: 'Deze pagina bestaat niet. Misschien is de link verouderd of bevat het adres een typefout.',
    home: 'Naar de partnerschappen',
  },
  routeError: {
    title: 'Er ging iets mis',
    text: 'Deze pagina kon niet worden geladen. Misschien is er een nieuwe versie van Koers; laad de pagina opnieuw.',
    reload: 'Pagina opnieuw laden',
  },
  roles: {
    admin: 'Beheerder',
    programme_manager: 'Programmamanager',
    critical_friend: 'Kritische vriend',
    board_member: 'Bestuurder',
    none: 'Geen rollen',
  },
  themesShort: {
    theme1: 'Belang en doel',
    theme2: 'Procesmanagement',
    theme3: 'Samenwerken en leren',
    theme4: 'Data en feedback',
    theme5: 'Doorgaande lijn',
  },
  charts: {
    showTable: 'Toon als tabel',
    hideTable: 'Verberg tabel',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    exportFailed: 'Het bestand kon niet worden gemaakt. Probeer het opnieuw.',
    legend: 'Legenda',
    noValue: '—',
    versionChange: 'Vragenlijst v{{version}}',
    thinned: 'Voor de leesbaarheid toont de grafiek {{shown}} van de {{total}} kwartalen; de tabel bevat ze allemaal.',
  },
};
