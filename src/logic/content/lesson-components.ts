/**
 * What a lesson's components must name: a `<Figure id>` a figure, a `<Term id>` a glossary
 * entry, a `<Chart id>` a chart, a `<Calculator slug>` a calculator, a `<Claim id>` a claim, a
 * `<Spellings id>` a figure. The MDX plugin (src/integrations/lesson-references.ts) checks each
 * element as the lesson compiles, so a wrong id fails the build naming the file and line, and
 * numbers each figure by its first appearance for the lesson's list of sources.
 */

/** The ids each kind of reference may take. */
export interface KnownIds {
  readonly figures: ReadonlySet<string>;
  readonly terms: ReadonlySet<string>;
  readonly charts: ReadonlySet<string>;
  readonly calculators: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
}

interface Rule {
  readonly attribute: 'id' | 'slug';
  readonly known: keyof KnownIds;
  /** Where the ids live, for the message. */
  readonly where: string;
}

const RULES: Readonly<Record<string, Rule>> = {
  Figure: { attribute: 'id', known: 'figures', where: 'content/data/figures.yaml' },
  Spellings: { attribute: 'id', known: 'figures', where: 'content/data/figures.yaml' },
  Term: { attribute: 'id', known: 'terms', where: 'content/glossary.yaml' },
  Chart: { attribute: 'id', known: 'charts', where: 'the charts in src/lib/charts' },
  Calculator: { attribute: 'slug', known: 'calculators', where: 'src/lib/calculators.ts' },
  Claim: { attribute: 'id', known: 'claims', where: 'content/data/claims.yaml' },
};

/** An attribute as the MDX tree gives it: a string, an expression, or nothing. */
export type AttributeValue = string | { readonly expression: string } | null | undefined;

/**
 * Checks one component element. Returns a problem in words, or undefined when the element is
 * not one of ours or names something that exists.
 */
export function componentProblem(
  name: string | null,
  attributes: ReadonlyMap<string, AttributeValue>,
  known: KnownIds,
): string | undefined {
  const rule = name === null ? undefined : RULES[name];
  if (!rule || name === null) return undefined;
  const value = attributes.get(rule.attribute);
  if (value === undefined || value === null) {
    return `<${name}> needs ${rule.attribute}="…"`;
  }
  if (typeof value !== 'string') {
    return `<${name} ${rule.attribute}={…}>: write the ${rule.attribute} as plain text in quotes, so it can be checked`;
  }
  if (!known[rule.known].has(value)) {
    return `<${name} ${rule.attribute}="${value}"> names nothing in ${rule.where}`;
  }
  return undefined;
}

/**
 * Footnote numbers for figures, in the order their footnotes first appear in a lesson. A figure
 * printed only for its period or release date shows no footnote; it still goes in the list of
 * sources, after the numbered ones.
 */
export class FootnoteOrder {
  readonly #numbers = new Map<string, number>();
  readonly #mentioned = new Set<string>();

  /** The figure's footnote number, giving it the next one on first sight. */
  numberOf(id: string): number {
    const existing = this.#numbers.get(id);
    if (existing !== undefined) return existing;
    const next = this.#numbers.size + 1;
    this.#numbers.set(id, next);
    return next;
  }

  /** Notes a figure the lesson prints without a footnote (its period, its release date). */
  mention(id: string): void {
    this.#mentioned.add(id);
  }

  /** The figure ids for the list of sources: footnote order, then those without a footnote. */
  ids(): string[] {
    return [
      ...this.#numbers.keys(),
      ...[...this.#mentioned].filter((id) => !this.#numbers.has(id)),
    ];
  }
}

/** Whether a `<Figure>` prints a footnote: its value or a change does; a period or a date not. */
export const printsFootnote = (show: AttributeValue): boolean =>
  show === undefined || show === null || show === 'value' || show === 'change';
