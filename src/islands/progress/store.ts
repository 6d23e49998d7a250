/**
 * The one place that touches localStorage. It reads the saved progress through the pure
 * src/logic/progress module, keeps a copy in memory, and tells every island on the page when it
 * changes. Storage that is full, blocked (private browsing) or holding something unreadable never
 * breaks a quiz: the store falls back to memory and says so in a notice.
 */
import {
  emptyProgress,
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  readProgress,
  recordAttempt,
  serializeProgress,
  type Progress,
} from '../../logic/progress';
import type { Score } from '../../logic/quiz/types';

export interface ProgressState {
  progress: Progress;
  /** Something the reader should know about their saved progress, or null. */
  notice: string | null;
  /** Whether progress is being saved in the browser (false: only in memory, for this visit). */
  persistent: boolean;
}

type Listener = (state: ProgressState) => void;

const UNAVAILABLE_NOTICE =
  'This browser is not letting the site save progress (private browsing may be on), so your answers will be kept only until you leave the page.';
const FULL_NOTICE =
  "This browser's storage is full, so new answers will be kept only until you leave the page. Export your progress to keep it.";

let state: ProgressState | null = null;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

function load(): ProgressState {
  const store = storage();
  if (!store) return { progress: emptyProgress(), notice: UNAVAILABLE_NOTICE, persistent: false };
  try {
    const result = readProgress(store.getItem(PROGRESS_KEY));
    if (result.setAside !== null) {
      // Keep what we could not read, so a later version (or a person) can still recover it.
      store.setItem(PROGRESS_BACKUP_KEY, result.setAside);
      store.setItem(PROGRESS_KEY, serializeProgress(result.progress));
    }
    return { progress: result.progress, notice: result.notice, persistent: true };
  } catch {
    return { progress: emptyProgress(), notice: UNAVAILABLE_NOTICE, persistent: false };
  }
}

/** The current progress, read from storage the first time it is asked for. */
export function progressState(): ProgressState {
  state ??= load();
  return state;
}

function publish(next: ProgressState): void {
  state = next;
  for (const listener of listeners) listener(next);
}

/** Replaces the saved progress (after an import, say) and saves it. */
export function replaceProgress(progress: Progress): void {
  const current = progressState();
  const store = current.persistent ? storage() : null;
  try {
    store?.setItem(PROGRESS_KEY, serializeProgress(progress));
    publish({ ...current, progress });
  } catch {
    publish({ progress, notice: FULL_NOTICE, persistent: false });
  }
}

/** Records one checked answer and saves it. */
export function saveAttempt(questionId: string, score: Score, hintsUsed: number): void {
  replaceProgress(
    recordAttempt(progressState().progress, questionId, score, hintsUsed, new Date()),
  );
}

/** Calls `listener` on every change; returns the function that stops it. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
