import type { authNl } from '../nl/auth.ts';

/** Signing in, one-time links, passwords and the own account, in English (the same keys as Dutch). */
export const authEn: typeof authNl = {
  auth: {
    login: {
      title: 'Sign in',
      intro: 'Sign in with the email address you were invited with.',
      email: 'Email address',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      forgotPassword: 'Forgot your password?',
      wrongCredentials: 'This email address and password do not match. Check them and try again.',
      throttled: 'Too many failed attempts. Wait a moment and try again.',
      throttledWait_one: 'Too many failed attempts. Try again in {{count}} second.',
      throttledWait_other: 'Too many failed attempts. Try again in {{count}} seconds.',
    },
    notices: {
      sessionEnded: 'Your session has ended, please sign in again. You will continue where you were.',
      signedOut: 'You have signed out.',
      passwordSet: 'Your password has been set. Sign in with your email address and your new password.',
    },
    reset: {
      title: 'Forgot your password',
      intro: 'Enter your email address. If it belongs to an account, we will send a link to choose a new password.',
      submit: 'Send me a link',
      sent: 'If this email address belongs to an account, a link is on its way. Check your spam folder too.',
      back: 'Back to sign in',
    },
    demo: {
      title: 'Demo accounts',
      intro: 'Koers is running with demo data. Choose a role to sign in; the password is {{password}}.',
      fillIn: '(fills in the sign-in form)',
    },
    link: {
      pageTitle: 'Choose a password',
      invitationTitle: 'Welcome to Koers',
      resetTitle: 'Choose a new password',
      invitationIntro: 'Welcome, {{name}}. Choose a password to activate your account.',
      resetIntro: 'Choose a new password, {{name}}. Your old password stops working.',
      password: 'New password',
      passwordHint_one: 'At least {{count}} character. A sentence of a few words is strong and easy to remember.',
      passwordHint_other: 'At least {{count}} characters. A sentence of a few words is strong and easy to remember.',
      confirmation: 'Repeat the password',
      submitInvitation: 'Activate account',
      submitReset: 'Save password',
      unusableTitle: 'This link no longer works',
      unusableText:
        'The link has expired, has been used already or is incomplete. Request a new link on the sign-in page, or ask an administrator for a new invitation.',
      toLogin: 'Go to sign in',
    },
  },
  account: {
    title: 'My account',
    intro: 'Who you are in Koers, which roles you hold and what data we keep about you.',
    details: 'Details',
    name: 'Name',
    email: 'Email address',
    roles: 'Roles',
    data: {
      title: 'Download my data',
      text: 'Download everything Koers keeps about you as a JSON file: your details, roles, sessions and what you did (GDPR).',
      export: 'Download my data',
      exporting: 'Fetching…',
      exported: 'Your data has been downloaded.',
    },
    signOut: {
      title: 'Sign out',
      text: 'Sign out when you are done, especially on a shared computer.',
    },
  },
};
