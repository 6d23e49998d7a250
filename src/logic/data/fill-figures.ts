/**
 * Quiz questions that quote the data take their numbers from the figures, so a question about
 * "the latest month" moves with the data like the lesson does. In any text of a question bank:
 *
 * - `{{id}}` prints the figure as lessons do ("−$73.3 billion"),
 * - `{{id|abs}}` without its sign ("$73.3 billion"),
 * - `{{id|billions}}` its size as a bare number of billions ("1,240.9"), for arithmetic in hints,
 * - `{{id|period}}` its period in words ("June 2026"),
 * - `{{id|change}}` a change in the words of the news ("the deficit narrowed by $4.4 billion").
 *
 * Where a number is expected (a numeric answer, a known mistake), `{ figure: id }` stands for
 * the figure's value, `{ figure: id, abs: true }` for its size and `{ figure: id, negate: true }`
 * for its opposite. Every figure named is added to the question's `figures` list.
 */
import type { Figure } from '../../schemas/figure';
import { formatFigure, formatFigureChange, formatFigurePeriod } from '../figure-format';
import { isRecord } from '../guards';
import { roundTo } from '../money';

const PLACEHOLDER = /\{\{\s*([a-z0-9-]+)\s*(?:\|\s*([a-z]+)\s*)?\}\}/g;
const FORMATS = ['value', 'abs', 'billions', 'period', 'change'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (text: string): text is Format => FORMATS.some((format) => format === text);

export interface Filled {
  /** The structure with every placeholder replaced. */
  readonly value: unknown;
  /** "<where>: …" for each placeholder that names no figure or no known format. */
  readonly problems: readonly string[];
  /** The figure ids the placeholders named. */
  readonly used: ReadonlySet<string>;
}

/**
 * Replaces the figure placeholders anywhere in a parsed YAML structure (strings, lists, maps);
 * `where` names it in messages ("question tbb-2024-deficit", "glossary entry vintage").
 */
export function fillPlaceholders(
  structure: unknown,
  figures: ReadonlyMap<string, Figure>,
  where: string,
): Filled {
  const problems: string[] = [];
  const used = new Set<string>();

  const text = (value: string): string =>
    value.replace(PLACEHOLDER, (whole, id: string, formatText: string | undefined) => {
      const figure = figures.get(id);
      const format = formatText ?? 'value';
      if (!figure) {
        problems.push(`${where}: {{${id}}} names no figure in content/data/figures.yaml`);
        return whole;
      }
      if (!isFormat(format)) {
        problems.push(`${where}: "${format}" in ${whole} is not one of ${FORMATS.join(', ')}`);
        return whole;
      }
      used.add(id);
      switch (format) {
        case 'value':
          return formatFigure(figure);
        case 'abs':
          return formatFigure(figure, { abs: true });
        case 'billions': {
          // One decimal always, as {{id}} prints it: "1,241.0", never "1,241" beside "−$1,241.0 billion".
          const [whole = '0', fraction = '0'] = roundTo(Math.abs(figure.value) / 1000, 1)
            .toFixed(1)
            .split('.');
          const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
          return `${grouped}.${fraction}`;
        }
        case 'period':
          return formatFigurePeriod(figure);
        case 'change': {
          const change = formatFigureChange(figure);
          if (change === undefined)
            problems.push(`${where}: ${whole} is not a change of two balances`);
          return change ?? whole;
        }
      }
    });

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (!isRecord(value)) return value;
    const keys = Object.keys(value);
    if (typeof value['figure'] === 'string' && keys.every((key) => NUMBER_KEYS.includes(key))) {
      const id = value['figure'];
      const figure = figures.get(id);
      if (!figure) {
        problems.push(`${where}: { figure: ${id} } names no figure in content/data/figures.yaml`);
        return value;
      }
      used.add(id);
      if (value['abs'] === true) return Math.abs(figure.value);
      return value['negate'] === true ? -figure.value : figure.value;
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
  };

  return { value: walk(structure), problems, used };
}

const NUMBER_KEYS = ['figure', 'abs', 'negate'];

/**
 * Fills the placeholders of a parsed question bank, question by question, and adds the figures
 * each question names to its `figures` list.
 */
export function fillFigures(
  bank: unknown,
  figures: ReadonlyMap<string, Figure>,
): { value: unknown; problems: readonly string[] } {
  if (!isRecord(bank) || !Array.isArray(bank['questions'])) return { value: bank, problems: [] };
  const problems: string[] = [];
  const questions = bank['questions'].map((question: unknown, index) => {
    const id =
      isRecord(question) && typeof question['id'] === 'string' ? question['id'] : `#${index + 1}`;
    const filled = fillPlaceholders(question, figures, `question ${id}`);
    problems.push(...filled.problems);
    if (!isRecord(filled.value)) return filled.value;
    const listed = Array.isArray(filled.value['figures'])
      ? filled.value['figures'].filter((entry): entry is string => typeof entry === 'string')
      : [];
    return filled.used.size === 0
      ? filled.value
      : { ...filled.value, figures: [...new Set([...listed, ...filled.used])] };
  });
  return { value: { ...bank, questions }, problems };
}
