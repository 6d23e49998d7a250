/**
 * Facts about a lesson read from its MDX source at build time: which figures and glossary terms
 * it uses (for its Sources list and for the reference checks), and how long it takes to read.
 */

/** Average silent reading speed for non-fiction, words per minute (Brysbaert, 2019: about 238). */
const WORDS_PER_MINUTE = 238;

function idsOf(body: string, component: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid\\s*=\\s*["']([^"']+)["']`, 'g');
  const ids: string[] = [];
  for (const match of body.matchAll(pattern)) {
    const id = match[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The ids of every `<Figure id="…">` in the order they first appear. */
export function figureIdsIn(body: string): string[] {
  return idsOf(body, 'Figure');
}

/** The ids of every `<Term id="…">` in the order they first appear. */
export function termIdsIn(body: string): string[] {
  return idsOf(body, 'Term');
}

/** The ids of every `<Chart id="…">`. */
export function chartIdsIn(body: string): string[] {
  return idsOf(body, 'Chart');
}

/** The words a reader reads: MDX tags, attributes, imports and markdown punctuation removed. */
export function readableWords(body: string): string[] {
  const text = body
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    // A figure reads as a couple of words ("$918.4 billion").
    .replace(/<Figure\b[^>]*\/>/g, ' amount amount ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|[\]()-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Whole minutes to read the lesson, at least one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(readableWords(body).length / WORDS_PER_MINUTE));
}
