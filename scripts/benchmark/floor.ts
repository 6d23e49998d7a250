/**
 * The floor: the first lesson's text as the barest HTML page (no CSS, no JS, no images), so that
 * each page's LCP is judged against what the same words cost with nothing else. Pure.
 */
import { parseHTML } from 'linkedom';

/** Elements whose text is not reading text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
]);
/** Elements that hold blocks rather than run-in text. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DETAILS DIALOG DIV DL DD DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY ' +
    'TABLE CAPTION THEAD TBODY TFOOT TR TD TH UL ASTRO-ISLAND ASTRO-SLOT'
  ).split(' '),
);

/** The DOM shapes walked here: linkedom's nodes, seen only through what the walk reads. */
interface TextNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNode>;
  readonly tagName?: string;
  readonly children?: ArrayLike<TextNode>;
}

interface Block {
  readonly tag: 'h1' | 'h2' | 'p';
  readonly text: string;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const ELEMENT = 1;
const TEXT = 3;
const tagOf = (node: TextNode): string => (node.tagName ?? '').toUpperCase();

/** The text of `node` without the parts in SKIP elements. */
function textOf(node: TextNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT || SKIP.has(tagOf(node))) return '';
  return Array.from(node.childNodes, textOf).join('');
}

/** Walks `element`, turning every heading into h1/h2 and every run of text into a paragraph. */
function collect(element: TextNode, out: Block[]): void {
  const tag = tagOf(element);
  if (SKIP.has(tag)) return;
  if (/^H[1-6]$/.test(tag)) {
    const text = squash(textOf(element));
    if (text) out.push({ tag: tag === 'H1' ? 'h1' : 'h2', text });
    return;
  }
  if (tag === 'TR') {
    const text = squash(Array.from(element.children ?? [], textOf).join(' · '));
    if (text) out.push({ tag: 'p', text });
    return;
  }
  // Text directly in this element (between blocks) becomes paragraphs of its own.
  let run = '';
  const flush = () => {
    const text = squash(run);
    if (text) out.push({ tag: 'p', text });
    run = '';
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === ELEMENT && BLOCKS.has(tagOf(child))) {
      flush();
      collect(child, out);
    } else {
      run += textOf(child);
    }
  }
  flush();
}

export interface FloorPage {
  readonly html: string;
  readonly words: number;
  readonly blocks: number;
}

/** The floor page made from a built lesson page. */
export function floorPage(lessonHtml: string): FloorPage {
  const { document } = parseHTML(lessonHtml);
  const main = document.querySelector('main');
  if (!main) throw new Error('floor: the lesson page has no <main>');
  const blocks: Block[] = [];
  collect(main, blocks);
  const title = squash(document.querySelector('title')?.textContent ?? 'Lesson');
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  const body = blocks.map(({ tag, text }) => `<${tag}>${escapeHtml(text)}</${tag}>`).join('\n');
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No favicon request (a 404 would cost the floor a console error), as the site declares its own.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
  const words = blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
  return { html: `${html}\n`, words, blocks: blocks.length };
}
