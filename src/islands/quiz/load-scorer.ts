/**
 * The scorer (and the progress store) is loaded the first time a reader reaches for a quiz control, not with the page:
 * a reader who only reads never downloads it, and the lesson page stays inside its JavaScript
 * budget. By the time anyone presses Check, it has long arrived.
 */
type Scorer = typeof import('./quiz-runtime');

let pending: Promise<Scorer> | null = null;

export function loadScorer(): Promise<Scorer> {
  pending ??= import('./quiz-runtime').catch((error: unknown) => {
    // Let a later attempt try again (a flaky connection), and tell the caller now.
    pending = null;
    throw error;
  });
  return pending;
}
