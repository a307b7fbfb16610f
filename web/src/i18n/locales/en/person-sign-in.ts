import type { personSignInNl } from '../nl/person-sign-in.ts';

/** How a person signs in, as their admin tends it on the person's page, in English. */
export const personSignInEn: typeof personSignInNl = {
  personSignIn: {
    title: 'Signing in',
    intro:
      'How this person signs in. If someone lost their phone, help them back in; speak to the person yourself first, so you know the request comes from them.',
    self: 'You manage your own ways of signing in on your account page.',
    selfLink: 'Go to My account',
    institution: {
      title: 'Institution account',
      intro:
        'Enter the identifier (subject) the institution’s sign-in service passes on to Koers for this person: the "sub", at some institutions an id such as an eduPersonPrincipalName. The first time someone signs in with it, they arrive as this person, even if the institution sends no email address.',
      none: 'No institution account yet.',
      noProviders: 'No institution sign-in service has been set up yet; see the operations guide.',
      awaiting: 'awaiting the first sign-in',
      lastUsed: 'last used on {{date}}',
      provider: 'Sign-in service',
      subject: 'Identifier (subject)',
      add: 'Save identifier',
      added: 'The identifier has been saved.',
      remove: 'Remove',
    },
    secondFactor: {
      title: 'Two-step sign-in',
      on: 'This person uses an authenticator app.',
      off: 'This person has not set up an authenticator app.',
      start: 'Reset two-step sign-in…',
      confirmTitle: 'Reset two-step sign-in for {{name}}?',
      confirmText:
        'The authenticator app and the recovery codes are removed and all of this person’s sessions end. They then sign in with their password and set up a new app; admins must.',
      confirm: 'Yes, reset',
      done: 'Two-step sign-in has been reset. The person sets up a new app the next time they sign in.',
    },
    passkeys: {
      title: 'Passkeys',
      count_one: 'This person has {{count}} passkey.',
      count_other: 'This person has {{count}} passkeys.',
      none: 'This person has no passkeys.',
      start: 'Remove passkeys…',
      confirmTitle: 'Remove all passkeys of {{name}}?',
      confirmText:
        'None of this person’s passkeys will work any more, and all of their sessions end. They can add new passkeys on their account page.',
      confirm: 'Yes, remove passkeys',
      done: 'The passkeys have been removed.',
    },
  },
};
