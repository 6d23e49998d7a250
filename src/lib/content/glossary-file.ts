/**
 * Reads `content/glossary.yaml` at build time: each entry's figure placeholders filled (an
 * example may quote the data, "in every year from {{us-deficit-years|period}}"), then checked
 * against the schema. Problems name the entry and the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fillPlaceholders } from '../../logic/data/fill-figures';
import type { Figure } from '../../schemas/figure';
import { glossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary';
import { figuresById } from './quiz-banks';

export const GLOSSARY_FILE = resolve(process.cwd(), 'content/glossary.yaml');

export class GlossaryFileError extends Error {
  override readonly name = 'GlossaryFileError';
  constructor(readonly problems: readonly string[]) {
    super(`content/glossary.yaml:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** The glossary from its YAML text. */
export function readGlossary(text: string, figures: ReadonlyMap<string, Figure>): GlossaryEntry[] {
  const raw: unknown = parseYaml(text);
  if (!Array.isArray(raw)) throw new GlossaryFileError(['the file must be a list of entries']);
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  raw.forEach((entry: unknown, index) => {
    const id =
      typeof entry === 'object' && entry !== null && 'id' in entry
        ? `glossary entry "${String(entry.id)}"`
        : `glossary entry ${index + 1}`;
    const filled = fillPlaceholders(entry, figures, id);
    problems.push(...filled.problems);
    const result = glossaryEntrySchema.safeParse(filled.value);
    if (result.success) entries.push(result.data);
    else
      problems.push(
        ...result.error.issues.map(
          (issue) => `${id}, field ${issue.path.map(String).join('.')}: ${issue.message}`,
        ),
      );
  });
  if (problems.length > 0) throw new GlossaryFileError(problems);
  return entries;
}

/** The site's glossary, its examples filled from the site's figures. */
export function loadGlossary(): GlossaryEntry[] {
  return readGlossary(readFileSync(GLOSSARY_FILE, 'utf8'), figuresById());
}
