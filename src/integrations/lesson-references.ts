/**
 * An MDX (Sätteri) plugin for the lessons, run by the build as each lesson compiles:
 * - every `<Figure>`, `<Term>`, `<Chart>`, `<Calculator>`, `<Claim>` and `<Spellings>` must name
 *   something that exists; a wrong one stops the build with the file, the line and what to fix,
 *   instead of a stack trace from a bundled chunk when the page renders;
 * - each `<Figure>` gets `footnote="n"`, its number in the lesson's list of sources (figures
 *   numbered by first appearance), and the lesson's figure ids, in that order, go to its
 *   frontmatter as `figureIds`, which the lesson page lists as its sources.
 * The ids are read from the content files on each compile, so `astro dev` sees new ones.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defineMdastPlugin,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
  type PluginFactoryContext,
} from 'satteri';
import type { PhrasingContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { CHART_IDS } from '../lib/charts/chart-spec';
import { calculators } from '../lib/calculators';
import {
  componentProblem,
  FootnoteOrder,
  printsFootnote,
  type AttributeValue,
  type KnownIds,
} from '../logic/content/lesson-components';

/** A lesson refers to something that does not exist: the message says where and what. */
export class LessonReferenceError extends Error {
  override readonly name = 'LessonReferenceError';
}

function idsIn(file: string): Set<string> {
  const raw: unknown = parseYaml(readFileSync(resolve(process.cwd(), file), 'utf8'));
  if (!Array.isArray(raw)) return new Set();
  return new Set(
    raw.flatMap((entry: unknown) =>
      typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string'
        ? [entry.id]
        : [],
    ),
  );
}

function knownIds(): KnownIds {
  return {
    figures: idsIn('content/data/figures.yaml'),
    terms: idsIn('content/glossary.yaml'),
    claims: idsIn('content/data/claims.yaml'),
    charts: new Set(CHART_IDS),
    calculators: new Set(calculators.map((calculator) => calculator.slug)),
  };
}

type Element = Readonly<MdxJsxFlowElement | MdxJsxTextElement>;

function attributesOf(element: Element): Map<string, AttributeValue> {
  const attributes = new Map<string, AttributeValue>();
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const value = attribute.value;
    attributes.set(
      attribute.name,
      typeof value === 'string' || value === null || value === undefined
        ? value
        : { expression: value.value },
    );
  }
  return attributes;
}

interface DocumentState {
  readonly file: string;
  readonly known: KnownIds;
  readonly order: FootnoteOrder;
}

/** Only lessons are checked and numbered; other MDX (none today) passes through. */
function isLesson(url: URL | undefined): boolean {
  return url !== undefined && /\/content\/lessons\/[^/]+\.mdx$/.test(url.pathname);
}

/** Inline node types a paragraph may hold. */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'link',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'delete',
]);

const isPhrasing = (node: { readonly type: string }): node is PhrasingContent =>
  PHRASING.has(node.type);

export function lessonReferences() {
  return (context: PluginFactoryContext) => {
    if (!isLesson(context.fileURL) || !context.fileURL) return null;
    const state: DocumentState = {
      file: relative(process.cwd(), fileURLToPath(context.fileURL)),
      known: knownIds(),
      order: new FootnoteOrder(),
    };
    const visit = (element: Element, ctx: MdastVisitorContext) => {
      const attributes = attributesOf(element);
      const problem = componentProblem(element.name, attributes, state.known);
      if (problem) {
        const line = element.position?.start.line;
        throw new LessonReferenceError(
          `${state.file}${line === undefined ? '' : `:${String(line)}`}: ${problem}.`,
        );
      }
      const id = attributes.get('id');
      if (
        element.name === 'Figure' &&
        typeof id === 'string' &&
        !printsFootnote(attributes.get('show'))
      ) {
        state.order.mention(id);
      } else if (element.name === 'Figure' && typeof id === 'string') {
        const numbered: Element['attributes'] = [
          ...element.attributes.filter(
            (attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'footnote',
          ),
          { type: 'mdxJsxAttribute', name: 'footnote', value: String(state.order.numberOf(id)) },
        ];
        // Sätteri cannot change the attributes of a node in place, so the figure (which has no
        // children) is replaced by a copy that carries its number.
        if (element.type === 'mdxJsxFlowElement') {
          ctx.replaceNode(element, { ...element, attributes: numbered, children: [] });
        } else {
          ctx.replaceNode(element, { ...element, attributes: numbered, children: [] });
        }
      }
    };
    return defineMdastPlugin({
      name: 'tde-lesson-references',
      options: { position: true },
      mdxJsxFlowElement: (node, ctx) => {
        visit(node, ctx);
        // A sentence wrapped in <Claim> on a line of its own parses as a block, and its words
        // would sit outside any paragraph; it is a paragraph's text, so it goes back into one.
        const children: PhrasingContent[] = [];
        for (const child of node.children) if (isPhrasing(child)) children.push(child);
        if (
          node.name === 'Claim' &&
          children.length > 0 &&
          children.length === node.children.length
        ) {
          ctx.replaceNode(node, {
            type: 'paragraph',
            children: [{ ...node, type: 'mdxJsxTextElement', children }],
          });
        }
      },
      mdxJsxTextElement: (node, ctx) => {
        visit(node, ctx);
      },
      after: (_root, ctx) => {
        // Astro turns `data.astro.frontmatter` into the lesson's `remarkPluginFrontmatter`.
        const frontmatter = ctx.data.astro?.frontmatter;
        if (frontmatter) Object.assign(frontmatter, { figureIds: state.order.ids() });
      },
    });
  };
}
