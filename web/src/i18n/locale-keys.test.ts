import { describe, expect, expectTypeOf, it } from 'vitest';
import { i18n } from './i18n.ts';
import { en } from './locales/en/index.ts';
import { nl, type TTranslation } from './locales/nl/index.ts';

/** Every leaf of a language's tree with its path, nested keys joined with dots. */
function leaves(tree: object, prefix = ''): [path: string, value: unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const paths = (tree: object) => leaves(tree).map(([path]) => path);

describe('the languages Koers speaks', () => {
  it('have exactly the same keys, every nested path', () => {
    const dutch = paths(nl);
    // A tree of the whole interface, not a near-empty one that would make the comparison hollow.
    expect(dutch.length).toBeGreaterThan(1_000);
    expect([...paths(en)].sort()).toEqual([...dutch].sort());
  });

  it('hold a text at every key, in both languages', () => {
    const notText = (tree: object) => leaves(tree).filter(([, value]) => typeof value !== 'string' || value === '');
    expect(notText(nl)).toEqual([]);
    expect(notText(en)).toEqual([]);
  });

  it('type t() by the Dutch tree, so a key that is not there does not compile', () => {
    expectTypeOf(en).toEqualTypeOf<TTranslation>();
    expect(i18n.t('flags.severity.high')).toBe('Nu bespreken');
    // @ts-expect-error -- no such key in the Dutch tree, so none for t() either
    expect(i18n.t('flags.severity.urgent')).toBe('flags.severity.urgent');
  });
});
