import { useEffect, useState, useSyncExternalStore } from 'react';
import { createResponseAutosave, type TAutosaveOptions } from '../utils/response-autosave.ts';

/**
 * Autosave for one response, created once per mounted editor: give the editor `key={response.id}` so
 * another response starts afresh.
 */
export function useResponseAutosave(options: TAutosaveOptions) {
  const [autosave] = useState(() => createResponseAutosave(options));
  useEffect(() => {
    autosave.start();
    return () => autosave.stop();
  }, [autosave]);
  const state = useSyncExternalStore(autosave.subscribe, autosave.getSnapshot);
  return { ...state, autosave };
}
