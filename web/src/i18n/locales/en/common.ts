import type { TApiErrorCode } from '@koers/shared/api-error';
import type { commonNl } from '../nl/common.ts';

const API_ERRORS = {
  VALIDATION_FAILED: 'Not every field is filled in correctly. Check the marked fields.',
  UNAUTHENTICATED: 'You are not signed in (any more). Please sign in again.',
  FORBIDDEN: 'Your role does not allow this.',
  CSRF_TOKEN_INVALID: 'This page’s security code expired. Please try again.',
  NOT_FOUND: 'This does not exist (any more). Someone else may just have changed it.',
  LINK_EXPIRED: 'This link has expired: the quarter it was for has closed.',
  CONFLICT: 'This conflicts with what has already been recorded.',
  PRECONDITION_FAILED: 'Someone else changed this in the meantime. Reload the data and try again.',
  PRECONDITION_REQUIRED: 'This needs the latest version of the data. Reload the page.',
  TOO_MANY_REQUESTS: 'Too many attempts in a row. Wait a moment and try again.',
  UNSUPPORTED_MEDIA_TYPE: 'The server did not understand this request. Reload the page.',
  PAYLOAD_TOO_LARGE: 'This is too much data at once.',
  DATABASE_UNAVAILABLE: 'Koers is temporarily unavailable. Please try again in a moment.',
  INTERNAL: 'Something went wrong on our side. Please try again in a moment.',
  BAD_REQUEST: 'The server did not understand this request. Reload the page and try again.',
  PASSWORD_TOO_WEAK: 'Choose a password that is harder to guess.',
  TOKEN_READ_ONLY: 'An API token can only read data. Sign in to change something.',
  SECOND_FACTOR_REQUIRED: 'As an admin you first set up a second step for signing in, on your account page.',
  SSO_REQUIRED: 'For this email address you sign in with your institution’s account: choose “Sign in with …”.',
  SIGN_IN_FAILED: 'Signing in through your institution did not complete. Start again on the login page.',
  SIGN_IN_PROVIDER_UNAVAILABLE:
    'Your institution’s sign-in service cannot be reached right now. Try again in a moment.',
  SPREADSHEET_UNREADABLE: 'This file cannot be read as a spreadsheet. Choose an .xlsx or .csv file.',
} satisfies Record<TApiErrorCode, string>;

/**
 * Words the whole app shares: its frame and navigation, loading and error states, validation, roles, the themes’
 * short names and charts, in English (the same keys as Dutch).
 */
export const commonEn: typeof commonNl = {
  pages: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    current: 'Page {{page}} of {{count}}',
  },
  app: {
    name: 'Koers',
    tagline: 'Samen Opleiden on the five core themes',
    skipToContent: 'Skip to content',
    footer: 'Koers helps Samen Opleiden partnerships see together where they stand and what their next step is.',
    pageTitle: '{{page}} · Koers',
  },
  nav: {
    label: 'Main menu',
    partnerships: 'Partnerships',
    board: 'Board overview',
    learningNetwork: 'Learning network',
    questionnaire: 'Questionnaire',
    admin: 'Administration',
    account: 'My account',
    signOut: 'Sign out',
  },
  language: {
    label: 'Language',
  },
  status: {
    loading: 'Loading…',
    updating: 'Updating results…',
    retry: 'Try again',
    errorTitle: 'That did not work this time',
    network: 'The server cannot be reached. Check your internet connection and try again.',
    server: 'Something went wrong on our side. Please try again in a moment.',
    unavailable: 'Koers is temporarily unavailable. Please try again in a moment.',
    request: 'This information could not be retrieved.',
    requestId: 'Reference for the help desk: {{requestId}}',
  },
  errors: {
    ...API_ERRORS,
    tooManyRequestsWait_one: 'Too many attempts in a row. Try again in {{count}} second.',
    tooManyRequestsWait_other: 'Too many attempts in a row. Try again in {{count}} seconds.',
    fieldInvalid: 'This value is not valid.',
    fieldConflict: 'This is already in use.',
    spreadsheetUnreadable: {
      empty: 'This file is empty. Choose the file in which you entered the data.',
      'too-large': 'This file is larger than 1 MB. Split the rows over two files and import them one after the other.',
      damaged:
        'This looks like an Excel file (.xlsx), but it is damaged. Open it in your spreadsheet program, save it again as .xlsx or as CSV and try once more.',
      'unpacks-too-large':
        'This Excel file holds more than sheets of data, such as pictures, and is too large to read once unpacked. Copy the sheets into a new file or save it as CSV.',
      'too-many-parts':
        'This Excel file consists of too many parts to read. Copy the sheets into a new file or save it as CSV.',
      'not-text':
        'This file is neither .xlsx nor text (perhaps an old .xls file or a PDF). Save it as .xlsx or as CSV.',
      'not-csv':
        'This is not valid CSV, for instance because of a quote that is never closed. Check the text, or save the file again as CSV from your spreadsheet program.',
    },
  },
  validation: {
    tooShort_one: 'Enter at least {{count}} character.',
    tooShort_other: 'Enter at least {{count}} characters.',
    tooLong_one: 'Use at most {{count}} character.',
    tooLong_other: 'Use at most {{count}} characters.',
    email: 'Enter a valid email address, such as name@school.nl.',
    choose: 'Make a choice.',
    date: 'Enter a date.',
    chooseAtLeast_one: 'Choose at least {{count}}.',
    chooseAtLeast_other: 'Choose at least {{count}}.',
    chooseAtMost_one: 'Choose at most {{count}}.',
    chooseAtMost_other: 'Choose at most {{count}}.',
    atLeast: 'Enter at least {{min}}.',
    atMost: 'Enter at most {{max}}.',
    invalid: 'Check this value.',
    dateRange: 'Choose a date between {{from}} and {{to}}.',
    passwordsDiffer: 'The two passwords are not the same.',
    weakPassword: {
      common:
        'This password is on lists of commonly used or leaked passwords. Choose something only you would think of, such as a sentence of a few words.',
      personal: 'This password resembles your name or email address. Choose something others cannot know about you.',
      pattern:
        'This password follows a pattern (keys in a row, repeats or sequences) that is quickly guessed. A sentence of a few words works better.',
      date: 'A date or year is quickly guessed. A sentence of a few words works better.',
      guessable: 'This password is quickly guessed. Make it longer, for instance with a sentence of a few words.',
    },
  },
  forbidden: {
    title: 'No access',
    text: 'This page is for administrators only. Think you should have access? Contact an administrator.',
  },
  copyLink: {
    copy: 'Copy link',
    copied: 'The link has been copied.',
    copyFailed: 'Copying did not work; the link is selected so you can copy it yourself.',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist. The link may be out of date, or the address may contain a typo.',
    home: 'Go to partnerships',
  },
  routeError: {
    title: 'Something went wrong',
    text: 'This page could not be loaded. There may be a new version of Koers; reload the page.',
    reload: 'Reload page',
  },
  roles: {
    admin: 'Administrator',
    programme_manager: 'Programme manager',
    critical_friend: 'Critical friend',
    board_member: 'Board member',
    none: 'No roles',
  },
  themesShort: {
    theme1: 'Purpose',
    theme2: 'Process',
    theme3: 'Collaborating and learning',
    theme4: 'Data and feedback',
    theme5: 'Continuous line',
  },
  charts: {
    showTable: 'Show as table',
    hideTable: 'Hide table',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    exportFailed: 'The file could not be made. Please try again.',
    legend: 'Legend',
    noValue: '—',
    versionChange: 'Questionnaire v{{version}}',
    thinned: 'For legibility, the chart shows {{shown}} of the {{total}} quarters; the table lists them all.',
  },
};
