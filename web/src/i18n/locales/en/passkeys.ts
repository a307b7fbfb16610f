import type { passkeysNl } from '../nl/passkeys.ts';

/** Passkeys: signing in without a password, and managing them on the account page, in English. */
export const passkeysEn: typeof passkeysNl = {
  passkeys: {
    signIn: {
      or: 'or',
      button: 'Sign in with a passkey',
      waiting: 'Waiting for your passkey…',
      hint: 'With your fingerprint, face or PIN, once you have added a passkey on your account page.',
      refused: 'This passkey could not sign you in. It may have been removed; sign in with your password instead.',
      cancelled: 'Signing in with a passkey did not finish. Feel free to try again, or sign in with your password.',
    },
    account: {
      title: 'Passkeys',
      intro:
        'A passkey signs you in without a password: you unlock it with your fingerprint, face or PIN. Your password keeps working.',
      listCaption: 'Your passkeys',
      name: 'Name',
      createdAt: 'Added',
      lastUsedAt: 'Last used',
      neverUsed: 'Not used yet',
      actions: 'Actions',
      empty: 'You have no passkey yet.',
      addTitle: 'Add a passkey',
      nameLabel: 'Name of the passkey',
      nameHint: 'So you recognise it later, for example ‘Work laptop’ or ‘Phone’.',
      nameRequired: 'Give the passkey a name.',
      add: 'Add passkey',
      adding: 'Waiting for your device…',
      added: 'Passkey ‘{{name}}’ has been added. From now on you can sign in with it.',
      ceremonyFailed:
        'Adding did not finish: your device’s window was closed or timed out, or this passkey is already there. Feel free to try again.',
      unsupported: 'This browser cannot use passkeys. Your password keeps working.',
      remove: 'Remove',
      removeNamed: 'Remove passkey ‘{{name}}’',
      removing: 'Removing…',
      cancel: 'Cancel',
      confirmTitle: 'Remove passkey?',
      confirmText:
        'You will no longer sign in to Koers with ‘{{name}}’. It stays on your device until you remove it there yourself.',
      removed: 'Passkey ‘{{name}}’ has been removed.',
    },
  },
};
