import type { secondFactorNl } from '../nl/second-factor.ts';

/** Two-step sign-in (TOTP): the second step of signing in and setting it up on the account page. */
export const secondFactorEn: typeof secondFactorNl = {
  secondFactor: {
    title: 'Two-step sign-in',
    intro:
      'After your password you enter a code from an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator or FreeOTP. Your account stays yours, even when someone knows your password.',
    required:
      'As an admin you can see and change a lot in Koers. That is why you first set up two-step sign-in; after that you go straight on to Admin.',
    wrongCode:
      'This code is not correct or was used already. Check that the time on your phone is right and try the next code.',
    throttled_one: 'Too many codes tried. Try again in {{count}} second.',
    throttled_other: 'Too many codes tried. Try again in {{count}} seconds.',
    wrongRecoveryCode: 'This recovery code is not correct or was used already. Each code works once.',
    wrongEitherCode: 'This code is not correct or was used already.',
    currentCode: 'Code from your app or a recovery code',
    off: {
      text: 'Two-step sign-in is not on yet. Admins need it; for everyone it is a good habit.',
      start: 'Set up an authenticator app',
      starting: 'Working…',
    },
    enrol: {
      title: 'Set up an authenticator app',
      scan: 'Scan this QR code with your authenticator app.',
      qrAlt: 'QR code to add Koers to your authenticator app',
      manual: 'Cannot scan? Enter this key by hand instead (time-based, six digits):',
      manualLabel: 'Key',
      confirm: 'Enter the six-digit code your app shows now.',
      code: 'Code from your app',
      submit: 'Confirm',
      submitting: 'Checking…',
    },
    recovery: {
      title: 'Your recovery codes',
      text: 'Keep these codes somewhere safe, for example in your password manager. If you lose your phone, sign in with one of them; each code works once. You see them only now.',
      listLabel: 'Recovery codes',
      copy: 'Copy the codes',
      copied: 'The codes have been copied.',
      copyFailed: 'Copying did not work. Select the codes and copy them yourself.',
      download: 'Download as a text file',
      fileName: 'koers-recovery-codes.txt',
      fileHeader: 'Recovery codes for Koers ({{email}}). Each code works once.',
      done: 'I have kept them',
    },
    on: {
      title: 'Your authenticator app',
      text: 'Two-step sign-in is on. After your password, Koers asks for a code from your app.',
      codesLeft_one: 'You have {{count}} recovery code left.',
      codesLeft_other: 'You have {{count}} recovery codes left.',
      replaceTitle: 'New recovery codes',
      replaceText: 'Make new codes when you have lost them or have nearly used them up. The old ones stop working.',
      replace: 'Make new recovery codes',
      disableTitle: 'Switch off',
      disableText:
        'Switch two-step sign-in off, for example to set up a new phone. As an admin you set up a new one straight away.',
      disable: 'Switch off',
      disabled: 'Two-step sign-in is now off.',
      busy: 'Working…',
    },
    signIn: {
      intro: 'Your password is right. Now enter the six-digit code from your authenticator app.',
      recoveryIntro: 'Enter one of your recovery codes. Each code works once.',
      code: 'Code from your app',
      recoveryCode: 'Recovery code',
      useRecovery: 'Use a recovery code',
      useApp: 'Use the code from your app',
      restart: 'Start again',
    },
    account: {
      on: 'It is on.',
      off: 'It is off.',
      manage: 'Set up two-step sign-in',
      change: 'Recovery codes or switching off',
    },
  },
};
