/**
 * Seeded shuffling, so a reader sees the same order of options every time they load a page
 * (and a teacher and student comparing screens see the same one) when the seed comes from the
 * question id, while different seeds give different orders. Nothing here uses `Math.random`.
 */

/**
 * A stable 32-bit hash of `text` (FNV-1a over UTF-16 code units): the same text gives the
 * same unsigned integer in every browser and in Node.
 */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * mulberry32: a tiny, well-mixed generator of numbers in [0, 1). It is not cryptographic,
 * which is fine for ordering quiz options.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a seeded Fisher–Yates order; `items` itself is left as it was. */
export function shuffleWithSeed<T>(items: readonly T[], seed: number): T[] {
  const shuffled = [...items];
  const random = mulberry32(Number.isFinite(seed) ? seed : 0);
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const here = shuffled[index];
    const there = shuffled[other];
    if (here === undefined || there === undefined) continue;
    shuffled[index] = there;
    shuffled[other] = here;
  }
  return shuffled;
}

/** A question bank as `drawQuestions` needs it: a `QuizBank` fits. */
export interface DrawableBank<T> {
  /** The lesson the bank belongs to; absent for a shared pool. */
  readonly lesson?: string | undefined;
  readonly questions: readonly T[];
}

/** A question drawn for the cumulative quiz, with the lesson it came from for the summary. */
export interface DrawnQuestion<T> {
  readonly lesson: string | undefined;
  readonly question: T;
}

/**
 * Draws `count` questions for the cumulative quiz, spread as evenly as possible across banks:
 * the banks take turns (in a seeded order), each giving its next question (from a seeded
 * shuffle of its own), until `count` are drawn or every bank is empty. So ten questions from
 * seven lessons is two from three lessons and one from the other four, and a small bank never
 * crowds out a large one. A question id already drawn is skipped, in case a shared pool
 * repeats one. The result comes in drawing order, which interleaves the lessons.
 */
export function drawQuestions<T extends { readonly id: string }>(
  banks: readonly DrawableBank<T>[],
  count: number,
  seed: number,
): DrawnQuestion<T>[] {
  const wanted = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
  const queues = shuffleWithSeed(
    banks.map((bank, index) => ({
      lesson: bank.lesson,
      questions: shuffleWithSeed(
        bank.questions,
        (seed ^ seedFromString(`${bank.lesson ?? ''}#${index}`)) >>> 0,
      ),
    })),
    seed,
  );
  const drawn: DrawnQuestion<T>[] = [];
  const seen = new Set<string>();
  let anyLeft = true;
  while (drawn.length < wanted && anyLeft) {
    anyLeft = false;
    for (const queue of queues) {
      if (drawn.length >= wanted) break;
      let question = queue.questions.shift();
      while (question !== undefined && seen.has(question.id)) question = queue.questions.shift();
      if (question === undefined) continue;
      anyLeft = true;
      seen.add(question.id);
      drawn.push({ lesson: queue.lesson, question });
    }
  }
  return drawn;
}
