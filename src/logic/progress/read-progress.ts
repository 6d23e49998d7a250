import { isRecord, isSlug } from '../guards';
import {
  emptyProgress,
  parseProgress,
  parseQuestionProgress,
  type Progress,
  PROGRESS_VERSION,
} from './schema';

/** What the island gets back from reading storage. */
export interface ReadProgressResult {
  /** The progress to use: what was saved, the readable part of it, or a fresh start. */
  readonly progress: Progress;
  /** A sentence to show the reader when something was set aside, else null. */
  readonly notice: string | null;
  /** The raw saved text to keep under `PROGRESS_BACKUP_KEY`, else null. */
  readonly setAside: string | null;
}

export const UNREADABLE_PROGRESS_NOTICE =
  'We could not read your saved progress, so we kept a copy aside and started fresh.';
export const NEWER_PROGRESS_NOTICE =
  'Your saved progress comes from a newer version of this site, so we kept a copy aside and started fresh. Reloading the page may bring it back.';
export const PARTLY_READABLE_PROGRESS_NOTICE =
  'We could not read part of your saved progress, so we kept a copy aside and carried on with the rest.';

function setAside(raw: string, notice: string, progress = emptyProgress()): ReadProgressResult {
  return { progress, notice, setAside: raw };
}

/**
 * Reads the value saved under `PROGRESS_KEY`. It never throws and never loses anything:
 * nothing saved is a fresh start; a value that is not JSON, not ours or from a newer version
 * is handed back in `setAside` (for the island to keep under `PROGRESS_BACKUP_KEY`) with a
 * notice for the reader; and a value with some damaged entries keeps the readable ones.
 */
export function readProgress(raw: string | null): ReadProgressResult {
  if (raw === null || raw.trim() === '') {
    return { progress: emptyProgress(), notice: null, setAside: null };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return setAside(raw, UNREADABLE_PROGRESS_NOTICE);
  }
  if (!isRecord(value)) return setAside(raw, UNREADABLE_PROGRESS_NOTICE);
  if (typeof value['version'] === 'number' && value['version'] > PROGRESS_VERSION) {
    return setAside(raw, NEWER_PROGRESS_NOTICE);
  }
  // Version 1 is the first shape, so there is nothing older to migrate from yet.
  const whole = parseProgress(value);
  if (whole) return { progress: whole, notice: null, setAside: null };

  const questions = value['questions'];
  if (value['version'] !== PROGRESS_VERSION || !isRecord(questions)) {
    return setAside(raw, UNREADABLE_PROGRESS_NOTICE);
  }
  const kept = salvageEntries(questions);
  if (Object.keys(kept.questions).length === 0) return setAside(raw, UNREADABLE_PROGRESS_NOTICE);
  return setAside(raw, PARTLY_READABLE_PROGRESS_NOTICE, kept);
}

/**
 * The entries that are readable on their own; damaged ones, and keys that are not slugs (such
 * as `__proto__`), are left out, so one bad entry does not cost the reader all the others.
 */
function salvageEntries(questions: Record<string, unknown>): Progress {
  const progress = emptyProgress();
  for (const [id, entry] of Object.entries(questions)) {
    if (!isSlug(id)) continue;
    const parsed = parseQuestionProgress(entry);
    if (parsed) progress.questions[id] = parsed;
  }
  return progress;
}

/** The text to save under `PROGRESS_KEY`. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
