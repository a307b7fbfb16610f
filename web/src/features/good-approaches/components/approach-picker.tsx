import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TThemeNumber } from '@koers/shared/themes';
import { useGoodApproaches } from '../api/list-good-approaches.ts';
import styles from './good-approaches.module.css';

/** How many matches the picker offers at once: a short list to choose from, the search narrows it. */
const OFFERED = 5;

type TApproachPickerProps = {
  /** Without search words, the approaches on this theme are offered. */
  theme: TThemeNumber | null;
  picked: string[];
  onPick: (ids: string[]) => void;
};

/** Choose published good approaches for an action: search, tick, and the ticked ones stay in view. */
export function ApproachPicker({ theme, picked, onPick }: TApproachPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [words, setWords] = useState('');
  const search = useDeferredValue(words.trim());
  const [titles, setTitles] = useState<Record<string, string>>({});
  const results = useGoodApproaches({
    view: 'published',
    page: 1,
    ...(search ? { q: search } : theme === null ? {} : { theme }),
  });
  const offered = (results.data?.items ?? []).slice(0, OFFERED).map((a) => ({ id: a.id, title: a.title }));
  const keptInView = picked
    .filter((pickedId) => !offered.some((o) => o.id === pickedId))
    .map((pickedId) => ({ id: pickedId, title: titles[pickedId] ?? '' }));

  const toggle = (approach: { id: string; title: string }) => {
    setTitles((known) => ({ ...known, [approach.id]: approach.title }));
    onPick(picked.includes(approach.id) ? picked.filter((p) => p !== approach.id) : [...picked, approach.id]);
  };

  return (
    <div className={styles.picker}>
      <label htmlFor={`${id}-search`}>{t('goodApproaches.picker.search')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={words}
        maxLength={200}
        onChange={(event) => setWords(event.target.value)}
      />
      {results.isError ? <p className={styles.error}>{t('goodApproaches.picker.failed')}</p> : null}
      {results.data && offered.length === 0 && keptInView.length === 0 ? (
        <p className={styles.muted}>{t('goodApproaches.picker.none')}</p>
      ) : null}
      <ul className={styles.pickList} aria-busy={results.isFetching}>
        {[...keptInView, ...offered].map((approach) => (
          <li key={approach.id}>
            <label>
              <input type="checkbox" checked={picked.includes(approach.id)} onChange={() => toggle(approach)} />
              {approach.title}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
