/**
 * Adds the entry of a new vintage to series.yaml. The yaml package's Document API finds where the
 * entry of the file it follows begins, and the new entry goes in just before it, written in the
 * house style; everything else in the file, its comments and folded notes included, stays byte
 * for byte (re-printing the whole document would refold every note). The result is formatted as
 * Prettier would (so `npm run check` passes), re-read, and checked against the schema and
 * against the old entries before anyone writes it.
 */
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { Document, isMap, isScalar, isSeq, parse, parseDocument, Scalar } from 'yaml';
import { failure, success, type Outcome } from '../../../logic/data/update/result';
import type { Series } from '../../../schemas/series';
import { parseSeriesList } from './content-folder';

/** Where Prettier's settings are read from: the project's, whatever folder is being updated. */
const PROJECT_FILE = fileURLToPath(
  new URL('../../../../content/data/series.yaml', import.meta.url),
);

const NOTE_WIDTH = 100;

/** Folds a long line of prose into lines of at most `width` characters after `indent`. */
function fold(text: string, indent: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.map((part) => `${indent}${part}`).join('\n');
}

/**
 * One entry as series.yaml writes entries: a list item, `role: value` left out (it is the
 * default), the span on one line, the notes folded.
 */
export function entryText(entry: Series): string {
  const columns = entry.columns.map(({ name, meaning, role, unit, fred }) => ({
    name,
    meaning,
    ...(role === 'value' ? {} : { role }),
    ...(unit === undefined ? {} : { unit }),
    ...(fred === undefined ? {} : { fred }),
  }));
  const document = new Document([{ ...entry, columns }]);
  const item = isSeq(document.contents) ? document.contents.items[0] : undefined;
  if (isMap(item)) {
    const span = item.get('span', true);
    if (isMap(span)) span.flow = true;
    const notes = item.get('notes', true);
    if (notes instanceof Scalar) notes.type = Scalar.BLOCK_FOLDED;
  }
  const text = document.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: true });
  // With no line width the folded notes come out as one line: fold them as the file does.
  return text.replace(
    /^( {2}notes: >-\n)( {4})(.*)$/m,
    (_match, key: string, indent: string, rest: string) =>
      `${key}${fold(rest, indent, NOTE_WIDTH)}`,
  );
}

/**
 * series.yaml with each new entry placed before the entry it follows (given by id), or the
 * problem that keeps it from being written.
 */
export async function addEntries(
  text: string,
  additions: readonly { readonly entry: Series; readonly before: string }[],
): Promise<Outcome<string>> {
  const document = parseDocument(text);
  const list = document.contents;
  if (!isSeq(list)) return failure('series.yaml is not a list of series.');
  const places = additions.map((addition) => {
    const item = list.items.find((node) => {
      const id = isMap(node) ? node.get('id', true) : undefined;
      const value: unknown = isScalar(id) ? id.value : undefined;
      return value === addition.before;
    });
    return { ...addition, at: isMap(item) ? item.range[0] : undefined };
  });
  let next = text;
  for (const place of [...places].sort((a, b) => (b.at ?? 0) - (a.at ?? 0))) {
    if (place.at === undefined) {
      return failure(`series.yaml has no entry "${place.before}" to put the new one beside.`);
    }
    // The range starts after the item's "- ", at its first key.
    const lineStart = next.lastIndexOf('\n', place.at) + 1;
    next = `${next.slice(0, lineStart)}${entryText(place.entry)}\n${next.slice(lineStart)}`;
  }
  const options = (await resolveConfig(PROJECT_FILE)) ?? {};
  const formatted = await format(next, { ...options, filepath: PROJECT_FILE });
  const parsed = parseSeriesList(formatted);
  if (!parsed.ok) {
    return failure(`The new series.yaml would not match its schema:\n${parsed.problem}`);
  }
  const before: unknown = parse(text);
  const after: unknown = parse(formatted);
  const added = new Set(additions.map((addition) => addition.entry.id));
  const kept = Array.isArray(after)
    ? after.filter((entry: unknown) => !(isEntry(entry) && added.has(entry.id)))
    : [];
  if (!isDeepStrictEqual(before, kept)) {
    return failure('Adding the new entries would change the entries already in series.yaml.');
  }
  return success(formatted);
}

const isEntry = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';
