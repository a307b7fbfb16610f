import type { signInMethodsNl } from '../nl/sign-in-methods.ts';

/** Signing in with the institution's account (SURFconext, Microsoft, Google, Entree), in English. */
export const signInMethodsEn: typeof signInMethodsNl = {
  signInMethods: {
    institution: {
      title: 'With your institution',
      signInWith: 'Sign in with {{label}}',
      orPassword: 'or with your email address and password',
    },
    noAccess: {
      title: 'No access yet',
      lead: 'You do not have access to Koers yet; ask your administrator for an invitation.',
      explanation:
        'Your institution recognised you, but Koers does not know this account yet. Koers works with invitations: your administrator invites you with the email address your institution uses. After that, the same button lets you in.',
      back: 'Back to sign-in',
    },
    notices: {
      failed:
        'Signing in through your institution did not complete, for example because it took longer than ten minutes. Feel free to try again.',
      unavailable: 'Your institution’s sign-in service cannot be reached right now. Try again in a moment.',
      throttled:
        'There have been many sign-ins through an institution from this address. Wait a quarter of an hour and try again.',
    },
    signedOut: {
      provider: 'You have signed out of Koers. You may still be signed in at your institution.',
      providerLink: 'Sign out at your institution too',
    },
    ssoDomains: {
      title: 'Sign-in through the institution required',
      intro:
        'For these email domains everyone signs in with their own institution’s account; a password does not work for them. The institution then decides who gets in, with its own second factor.',
      formTitle: 'Require sign-in through the institution',
      domain: 'Email domain',
      domainHint: 'The part after the @, for example hogeschool.nl',
      organisation: 'Organisation',
      provider: 'Sign in with',
      submit: 'Require',
      release: 'Allow passwords again',
      empty: 'No domains yet: everyone can also sign in with a password.',
      noProviders:
        'No institution’s sign-in service (such as SURFconext) is configured yet. Once there is one, you can require sign-in through the institution here, per email domain; the operations guide says how.',
      caption: 'Email domains that sign in through their institution',
    },
  },
};
