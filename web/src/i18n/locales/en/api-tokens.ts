import type { apiTokensNl } from '../nl/api-tokens.ts';

/** Read-only API tokens for integrations, on the account page, in English (the same keys as Dutch). */
export const apiTokensEn: typeof apiTokensNl = {
  apiTokens: {
    title: 'API tokens',
    intro:
      'With an API token, an integration such as your institution’s BI dashboard can read the data you may see. A token only reads; it cannot change anything.',
    usage: 'The integration sends the token in this header:',
    create: {
      title: 'New API token',
      name: 'Name',
      nameHint: 'What is the token for? For example “Power BI steering group”.',
      expiresIn: 'Valid for',
      expiresInHint: 'After that the token stops working, and you make a new one if you still need it.',
      days30: '30 days',
      days90: '90 days',
      days180: '180 days',
      days365: '1 year',
      submit: 'Create token',
    },
    created: {
      label: 'Your new API token “{{name}}”',
      warning:
        'Copy the token now and keep it safe, for example in your integration’s settings. Koers keeps only an unreadable fingerprint and cannot show it again. Whoever has the token reads everything you may read.',
      copy: 'Copy token',
      copied: 'The token has been copied.',
      copyFailed: 'Copying did not work; the token is selected so you can copy it yourself.',
      done: 'I have stored the token',
    },
    list: {
      title: 'Your API tokens',
      caption: 'Your API tokens, with when they expire and were last used',
      empty: 'You have no API tokens yet.',
      name: 'Name',
      createdAt: 'Created',
      expiresAt: 'Expires',
      lastUsedAt: 'Last used',
      neverUsed: 'Not used yet',
      expired: 'Expired',
      actions: 'Actions',
      revoke: 'Revoke',
    },
    revoke: {
      title: 'Revoke API token?',
      body: 'Integrations that use “{{name}}” can no longer read anything afterwards. This cannot be undone.',
      confirm: 'Revoke',
      cancel: 'Cancel',
      done: 'The token “{{name}}” has been revoked.',
    },
  },
};
