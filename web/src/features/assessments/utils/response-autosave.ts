import type { TResponseContent } from '@koers/shared/assessments';
import { ApiRequestError } from '../../../lib/api-client.ts';
import type { TSaved } from '../api/save-response.ts';
import { hasOverLongNote, sameContent } from './response-content.ts';
import { readDraft, removeDraft, writeDraft } from './response-draft.ts';

export type TSaveStatus =
  /** Everything typed is on the server. */
  | 'saved'
  /** Typed, waiting for the pause that starts a save. */
  | 'pending'
  | 'saving'
  /** The server cannot be reached; the draft is kept in this browser and saving is retried. */
  | 'offline'
  /** The server answered with a passing error (5xx, 429); retried with a growing pause. */
  | 'retrying'
  /** Refused for a reason a retry will not fix; the next change tries again. */
  | 'failed'
  /** A text is longer than the API takes: kept here and in this browser, not sent until it is shortened. */
  | 'invalid'
  /** Someone saved since this edit started: autosave stops until the person chooses. */
  | 'conflict'
  /** The assessment was submitted meanwhile: nothing can be saved any more. */
  | 'closed';

type TServerResponse = { content: TResponseContent; version: number; updatedAt: string };

export type TConflict = {
  /** What the server holds now; null while it is fetched or when fetching failed. */
  theirs: TServerResponse | null;
  loadFailed: boolean;
};

export type TAutosaveState = {
  content: TResponseContent;
  status: TSaveStatus;
  conflict: TConflict | null;
  /** When the server last took this response; null while it has never been saved. */
  savedAt: string | null;
  error: unknown;
  /** Unsaved changes from an earlier visit were found in this browser and put back. */
  restored: boolean;
};

export type TAutosaveOptions = {
  responseId: string;
  initial: TServerResponse;
  save: (content: TResponseContent, basedOn: number) => Promise<TSaved>;
  loadLatest: () => Promise<TServerResponse>;
  onClosed?: () => void;
};

const DEBOUNCE_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps one response safe while someone types: every change goes to a draft in this browser at once
 * and to the server after a short pause, always with the version it was based on. A save never
 * overwrites someone else's: a stale version stops autosave and asks the person what to do.
 */
export function createResponseAutosave({ responseId, initial, save, loadLatest, onClosed }: TAutosaveOptions) {
  let content = initial.content;
  let version = initial.version;
  let editSeq = 0;
  let savedSeq = 0;
  let blocked: 'conflict' | 'closed' | 'failed' | null = null;
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;
  // An editor that has left the page makes one last attempt, and no more retries.
  let stopped = false;
  let state: TAutosaveState = {
    content,
    status: 'saved',
    conflict: null,
    // A response is created at version 1, empty: nothing the person did has been saved yet.
    savedAt: initial.version > 1 ? initial.updatedAt : null,
    error: undefined,
    restored: false,
  };
  const listeners = new Set<() => void>();

  const set = (changes: Partial<TAutosaveState>) => {
    state = { ...state, ...changes };
    for (const listener of listeners) listener();
  };
  const dirty = () => editSeq !== savedSeq;
  const clearTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (ms: number) => {
    clearTimer();
    if (stopped) return;
    timer = setTimeout(() => void run(), ms);
  };

  // A draft left in this browser: typed on the version the server still has, it is simply newer;
  // typed on an older version, someone saved in between, and the person chooses as in any conflict.
  const draft = readDraft(responseId);
  if (draft && sameContent(draft.content, initial.content)) removeDraft(responseId);
  else if (draft) {
    content = draft.content;
    editSeq = 1;
    if (draft.version === initial.version) {
      state = { ...state, content, status: 'pending', restored: true };
    } else {
      blocked = 'conflict';
      version = draft.version;
      state = {
        ...state,
        content,
        status: 'conflict',
        restored: true,
        conflict: { theirs: initial, loadFailed: false },
      };
    }
  }

  async function fetchTheirs() {
    set({ conflict: { theirs: null, loadFailed: false } });
    try {
      const theirs = await loadLatest();
      if (sameContent(theirs.content, content)) {
        // What the server holds is what was typed (a save whose answer got lost): nothing to choose.
        version = theirs.version;
        savedSeq = editSeq;
        blocked = null;
        removeDraft(responseId);
        set({ status: 'saved', conflict: null, savedAt: theirs.updatedAt });
        return;
      }
      set({ conflict: { theirs, loadFailed: false } });
    } catch {
      set({ conflict: { theirs: null, loadFailed: true } });
    }
  }

  function fail(error: unknown): false {
    const status = error instanceof ApiRequestError ? error.status : undefined;
    if (status === 412) {
      blocked = 'conflict';
      clearTimer();
      set({ status: 'conflict', error: undefined });
      void fetchTheirs();
      return false;
    }
    // 409: the assessment was submitted; 410: a respondent's quarter closed. Either way, nothing more to save.
    if (status === 409 || status === 410) {
      blocked = 'closed';
      clearTimer();
      set({ status: 'closed', error });
      onClosed?.();
      return false;
    }
    const unreachable = !(error instanceof ApiRequestError) || error.failure === 'network';
    if (unreachable || (status !== undefined && (status >= 500 || status === 429 || status === 408))) {
      const retryAfter = error instanceof ApiRequestError ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
      schedule(Math.max(retryAfter, Math.min(MAX_RETRY_MS, 1000 * 2 ** attempts)));
      attempts++;
      set({ status: unreachable || !navigator.onLine ? 'offline' : 'retrying', error });
      return false;
    }
    blocked = 'failed';
    set({ status: 'failed', error });
    return false;
  }

  async function send(): Promise<boolean> {
    const seq = editSeq;
    set({ status: 'saving' });
    try {
      const saved = await save(content, version);
      version = saved.version;
      savedSeq = seq;
      attempts = 0;
      // Typed during the save: the draft moves on to the new version it is now based on.
      if (dirty()) writeDraft(responseId, version, content);
      else removeDraft(responseId);
      set({ status: dirty() ? 'pending' : 'saved', savedAt: saved.updatedAt, error: undefined });
      return true;
    } catch (error) {
      return fail(error);
    }
  }

  /** Saves what is not saved yet; true when everything typed is on the server. */
  async function run(): Promise<boolean> {
    clearTimer();
    if (inFlight) await inFlight;
    if (blocked) return false;
    if (!dirty()) {
      if (state.status !== 'saved') set({ status: 'saved' });
      return true;
    }
    if (hasOverLongNote(content)) {
      set({ status: 'invalid' });
      return false;
    }
    // Another caller started a save while this one waited.
    if (inFlight) return run();
    inFlight = send();
    const ok = await inFlight;
    inFlight = null;
    return ok ? run() : false;
  }

  const onOnline = () => {
    if (state.status !== 'offline' && state.status !== 'retrying') return;
    attempts = 0;
    void run();
  };
  const onOffline = () => {
    if (dirty() && !blocked) set({ status: 'offline' });
  };

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,

    start() {
      stopped = false;
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      if (dirty() && !blocked) void run();
    },

    stop() {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      clearTimer();
      stopped = true;
      // Leaving the page: save what is pending; the draft in this browser covers a failure.
      if (dirty() && !blocked) void run();
    },

    change(update: (current: TResponseContent) => TResponseContent) {
      if (blocked === 'conflict' || blocked === 'closed') return;
      if (blocked === 'failed') blocked = null;
      content = update(content);
      editSeq++;
      writeDraft(responseId, version, content);
      // Said at once, not after the pause: "saving…" would promise what cannot happen yet.
      if (hasOverLongNote(content) && !inFlight) {
        clearTimer();
        return set({ content, status: 'invalid' });
      }
      // While the server is unreachable, the retry already waiting will carry this change too.
      if (state.status === 'offline' || state.status === 'retrying') return set({ content });
      set({ content, status: state.status === 'saving' ? 'saving' : 'pending' });
      schedule(DEBOUNCE_MS);
    },

    flush: () => run(),

    /** The person asks to try again now, also after a refusal a retry would not fix by itself. */
    retry() {
      if (blocked === 'failed') blocked = null;
      attempts = 0;
      return run();
    },

    /** Conflict: take the version someone else saved and drop what was typed here. */
    loadTheirs() {
      const theirs = state.conflict?.theirs;
      if (!theirs) return;
      content = theirs.content;
      version = theirs.version;
      savedSeq = editSeq;
      blocked = null;
      removeDraft(responseId);
      set({ content, status: 'saved', conflict: null, savedAt: theirs.updatedAt, restored: false });
    },

    /** Conflict: save what was typed here on top of the version someone else saved, knowingly. */
    keepMine() {
      const theirs = state.conflict?.theirs;
      if (!theirs) return;
      version = theirs.version;
      blocked = null;
      editSeq++;
      writeDraft(responseId, version, content);
      set({ status: 'pending', conflict: null });
      void run();
    },

    retryLoadTheirs: () => void fetchTheirs(),
  };
}
