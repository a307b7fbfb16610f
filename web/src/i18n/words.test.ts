import { describe, expect, it } from 'vitest';
import { en } from './locales/en/index.ts';
import { nl } from './locales/nl/index.ts';

/** Every text of a language, with its key, for checks that hold across the whole interface. */
function texts(tree: object, prefix = ''): [key: string, text: string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : texts(value as object, `${prefix}${key}.`),
  );
}

describe('the words Koers uses', () => {
  it('asks rather than judges, and names what it points at, in both languages', () => {
    expect([nl.flags.kinds.foundation_gap, en.flags.kinds.foundation_gap]).toEqual([
      'Draagt het fundament thema 5?',
      'Does the foundation carry theme 5?',
    ]);
    expect([nl.flags.severity.high, en.flags.severity.high]).toEqual(['Nu bespreken', 'Discuss now']);
    expect(en.flags.intro).toBe('A flag invites a conversation with the critical friend. It is not a judgement.');
    expect(en.followUp.action.supportTypes.intervision).toBe('Peer consultation (intervision)');
    expect([nl.validation.date, en.validation.date]).toEqual(['Vul een datum in.', 'Enter a date.']);
    expect([nl.followUp.action.linkedFlag, en.followUp.action.linkedFlag]).toEqual([
      '{{kind}} ({{theme}})',
      '{{kind}} ({{theme}})',
    ]);
    expect(nl.instrumentVersions.readOnly.published).toMatch(/^Deze versie is gepubliceerd en in gebruik:/);
    expect(en.instrumentVersions.readOnly.published).toMatch(/^This version is published and in use:/);
  });

  it('says what board members see of a review, for the switch as it stands', () => {
    expect(nl.followUp.review.sharing.on).toMatch(/^Gedeeld: bestuurders lezen de review/);
    expect(nl.followUp.review.sharing.off).toMatch(/^Niet gedeeld: bestuurders zien de scores en dat er een review is/);
    expect(en.followUp.review.sharing.on).toMatch(/^Shared: board members read the review/);
    expect(en.followUp.review.sharing.off).toMatch(
      /^Not shared: board members see the scores and that there is a review/,
    );
  });

  it('keeps one word for a flag in Dutch, and none of the old phrasings anywhere', () => {
    const dutch = texts(nl).filter(([, text]) => /signalering|\(geweest\)|of je mag|Fundament draagt/i.test(text));
    expect(dutch).toEqual([]);
    const english = texts(en).filter(([, text]) =>
      /no verdict|not a verdict|Talk soon|or you may not|or was in use/i.test(text),
    );
    expect(english).toEqual([]);
    expect(texts(en).filter(([, text]) => /\bIntervision\b/.test(text))).toEqual([]);
  });
});
