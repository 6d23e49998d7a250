/**
 * Progress as a file the reader can download and load again, on another browser or after
 * clearing storage. The file carries a header naming this site, the format version and the
 * date, so a wrong file is refused with a reason instead of quietly replacing real progress.
 */
import { isRecord, isSlug, ownEntries, ownField } from '../guards';
import { isValidDate } from './review';
import {
  isIsoDateTime,
  parseQuestionProgress,
  PROGRESS_APP,
  PROGRESS_VERSION,
  type Progress,
} from './schema';

/** The largest file we read: a year of daily practice is a few tens of kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** What an exported file holds once its header has been checked. */
interface ExportedFile {
  /** When the file was exported. */
  readonly exportedAt: string;
  /** The saved entries as (question id, value) pairs, neither checked yet. */
  readonly questions: ReadonlyArray<readonly [string, unknown]>;
}

/**
 * The header every exported file starts with, or null if it is missing or damaged: the site's
 * name, this format version, an ISO export date and a plain object of entries. Other header
 * fields are ignored, so a reader's note added to the file does no harm. The entries are only
 * listed here (see `ownEntries` for which keys count), because `importProgress` checks each one
 * itself to name the first damaged question in its reason.
 */
function parseFileHeader(value: unknown): ExportedFile | null {
  if (!isRecord(value)) return null;
  const exportedAt = ownField(value, 'exportedAt');
  const questions = ownEntries(ownField(value, 'questions'));
  if (ownField(value, 'app') !== PROGRESS_APP || ownField(value, 'version') !== PROGRESS_VERSION) {
    return null;
  }
  if (!isIsoDateTime(exportedAt) || !questions) return null;
  return { exportedAt, questions };
}

export type ImportResult =
  | { readonly ok: true; readonly progress: Progress }
  | { readonly ok: false; readonly reason: string };

/** The exported file's text: pretty-printed JSON, so a teacher can read it. */
export function exportProgress(progress: Progress, now: Date): string {
  return JSON.stringify(
    {
      app: PROGRESS_APP,
      version: PROGRESS_VERSION,
      exportedAt: (isValidDate(now) ? now : new Date(0)).toISOString(),
      questions: progress.questions,
    },
    null,
    2,
  );
}

/** A file name for the download: trade-deficits-explained-progress-2026-11-25.json. */
export function progressFileName(now: Date): string {
  const day = isValidDate(now) ? now.toISOString().slice(0, 10) : 'saved';
  return `${PROGRESS_APP}-progress-${day}.json`;
}

export const IMPORT_TOO_LARGE_REASON =
  'This file is too large to be saved progress from this site (the limit is 1 MB).';
export const IMPORT_NOT_JSON_REASON =
  'This is not a progress file from this site: it could not be read as one.';
export const IMPORT_OTHER_APP_REASON =
  'This file was not saved by Trade Deficits, Explained, so it cannot be loaded here.';
export const IMPORT_NEWER_REASON =
  'This file comes from a newer version of this site. Reload the page to get the newest version, then try again.';
export const IMPORT_DAMAGED_REASON =
  'This progress file is damaged, so it cannot be loaded. Your current progress has not changed.';

function reject(reason: string): ImportResult {
  return { ok: false, reason };
}

/**
 * Reads an exported file. All or nothing: a file with any damaged entry is refused with a
 * reason naming the question, because loading half a file would silently replace progress.
 */
export function importProgress(text: string): ImportResult {
  if (typeof text !== 'string') return reject(IMPORT_NOT_JSON_REASON);
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return reject(IMPORT_TOO_LARGE_REASON);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return reject(IMPORT_NOT_JSON_REASON);
  }
  if (!isRecord(value) || value['app'] !== PROGRESS_APP) return reject(IMPORT_OTHER_APP_REASON);
  const version = value['version'];
  if (typeof version === 'number' && version > PROGRESS_VERSION) return reject(IMPORT_NEWER_REASON);
  const file = parseFileHeader(value);
  if (!file) return reject(IMPORT_DAMAGED_REASON);

  const progress: Progress = { version: PROGRESS_VERSION, questions: {} };
  for (const [id, entry] of file.questions) {
    const parsed = parseQuestionProgress(entry);
    if (!isSlug(id) || !parsed) {
      return reject(
        `This progress file is damaged: the saved answers for the question “${id.slice(0, 60)}” cannot be read. Your current progress has not changed.`,
      );
    }
    progress.questions[id] = parsed;
  }
  return { ok: true, progress };
}
