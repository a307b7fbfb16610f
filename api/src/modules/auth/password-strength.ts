import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type { TWeakPasswordReason } from '@koers/shared/api-error-codes';

/**
 * zxcvbn's score 2 means more than a million guesses, beyond reach of a throttled sign-in; below that, and
 * whatever the score for a password on a list of common or breached ones or one built from the person's
 * own name or address, the password is refused.
 */
const MINIMUM_SCORE = 2;

// Weighing longer input costs time on the event loop and tells nothing more: a 64-character passphrase
// made of dictionary words is still far beyond guessing. Longer passwords are welcome, only not weighed.
const CHECKED_LENGTH = 64;

let checker: Promise<ZxcvbnFactory> | undefined;

// The dictionaries hold some 60 MB and take a second to build: loaded on the first password someone sets,
// not at start, so an instance that never sets one never carries them.
function zxcvbn(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, nl] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-nl-be'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...nl.dictionary },
      graphs: common.adjacencyGraphs,
      maxLength: CHECKED_LENGTH,
    });
  })();
  // A failed load is tried again with the next password rather than kept.
  checker.catch(() => (checker = undefined));
  return checker;
}

const COMMON_WARNINGS = new Set(['topTen', 'topHundred', 'common', 'similarToCommon', 'pwned']);
const PATTERN_WARNINGS = new Set(['straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences']);
const DATE_WARNINGS = new Set(['recentYears', 'dates']);

function reasonOf(result: ZxcvbnResult): TWeakPasswordReason | null {
  const warning = result.feedback.warning ?? '';
  if (COMMON_WARNINGS.has(warning)) return 'common';
  if (warning === 'userInputs') return 'personal';
  if (result.score >= MINIMUM_SCORE) return null;
  if (PATTERN_WARNINGS.has(warning)) return 'pattern';
  if (DATE_WARNINGS.has(warning)) return 'date';
  return 'guessable';
}

/** Why a new password is too easy to guess, or null when it will do. Offline: nothing leaves the server. */
export async function weakPasswordReason(
  password: string,
  personal: readonly string[],
): Promise<TWeakPasswordReason | null> {
  const words = personal.flatMap((value) => [value, ...value.split(/[\s@.]+/)]).filter((w) => w.length >= 3);
  return reasonOf((await zxcvbn()).check(password, [...words, 'koers']));
}
