import { describe, expect, it } from 'vitest';
import { headingIdsOf, readLessonFile } from '../../../src/lib/content/lesson-files';

describe('headingIdsOf', () => {
  it('gives the ## and ### headings the ids the MDX processor gives them', () => {
    expect(
      headingIdsOf(
        [
          'Some text.',
          '',
          '## Deficit or surplus?',
          '',
          '### The latest month',
          '',
          "## The administration's case",
          '## Census basis and balance-of-payments basis',
        ].join('\n'),
      ),
    ).toEqual([
      'deficit-or-surplus',
      'the-latest-month',
      'the-administrations-case',
      'census-basis-and-balance-of-payments-basis',
    ]);
  });

  it('numbers a repeated heading as the processor does', () => {
    expect(headingIdsOf('## Key points\n\n## Key points\n\n### Key points\n')).toEqual([
      'key-points',
      'key-points-1',
      'key-points-2',
    ]);
  });

  it('slugs the words of a heading, not its markup', () => {
    expect(
      headingIdsOf(
        [
          '## The *real* `balance`',
          '## What a <Term id="tariff">tariff</Term> is',
          '## __Why__ it matters',
        ].join('\n'),
      ),
    ).toEqual(['the-real-balance', 'what-a-tariff-is', 'why-it-matters']);
  });

  it('slugs the text of a link in a heading, not its address', () => {
    expect(headingIdsOf('## See [the data page](/data/) for sources\n')).toEqual([
      'see-the-data-page-for-sources',
    ]);
  });

  it('counts headings of every level when numbering a repeat, as the processor does', () => {
    // The processor slugs h1 to h6 with one slugger, so an h4 "Key points" takes "key-points"
    // and the ## after it is "key-points-1"; a quiz's section must point at that.
    expect(headingIdsOf('#### Key points\n\n## Key points\n\n# Sources\n\n## Sources\n')).toEqual([
      'key-points-1',
      'sources-1',
    ]);
  });

  it('leaves out lines that are not ## or ### headings', () => {
    expect(headingIdsOf('Text with ## inside\n#hashtag\n  - ## in a list item\n')).toEqual([]);
  });

  it('is empty for a body without headings', () => {
    expect(headingIdsOf('Just a paragraph.\n')).toEqual([]);
  });
});

const frontmatter = [
  'title: What a trade deficit is',
  'description: Exports minus imports, and what a negative number means.',
  'order: 1',
  'objectives:',
  '  - id: define-trade-deficit',
  '    text: Tell a trade deficit from a trade surplus.',
  'reviewed: 2026-08-20',
].join('\n');

describe('readLessonFile', () => {
  it('reads the frontmatter against its schema, the body and its heading ids', () => {
    const lesson = readLessonFile(
      `---\n${frontmatter}\n---\nIntro.\n\n## Deficit or surplus?\n\nMore.\n`,
      'content/lessons/trade-balance-basics.mdx',
      'trade-balance-basics',
    );
    expect(lesson.slug).toBe('trade-balance-basics');
    expect(lesson.file).toBe('content/lessons/trade-balance-basics.mdx');
    expect(lesson.data).toEqual({
      title: 'What a trade deficit is',
      description: 'Exports minus imports, and what a negative number means.',
      order: 1,
      objectives: [
        { id: 'define-trade-deficit', text: 'Tell a trade deficit from a trade surplus.' },
      ],
      calculators: [],
      reviewed: '2026-08-20',
    });
    expect(lesson.body).toBe('Intro.\n\n## Deficit or surplus?\n\nMore.\n');
    expect(lesson.headingIds).toEqual(['deficit-or-surplus']);
  });

  it('reads a file saved with Windows line ends', () => {
    const text = `---\n${frontmatter}\n---\n## Flows and stocks\n`.replace(/\n/g, '\r\n');
    const lesson = readLessonFile(text, 'content/lessons/x.mdx', 'x');
    expect(lesson.data.title).toBe('What a trade deficit is');
    expect(lesson.headingIds).toEqual(['flows-and-stocks']);
  });

  it('refuses a file without frontmatter, naming it', () => {
    expect(() => readLessonFile('## Just a body\n', 'content/lessons/x.mdx', 'x')).toThrow(
      'content/lessons/x.mdx: the lesson has no frontmatter between --- lines',
    );
  });

  it('refuses frontmatter that does not match the schema, naming the file and each field', () => {
    const wrong = frontmatter.replace('order: 1', 'order: first').replace(/^title: .*$/m, '');
    expect(() =>
      readLessonFile(`---\n${wrong}\n---\nBody.\n`, 'content/lessons/x.mdx', 'x'),
    ).toThrow(/^content\/lessons\/x\.mdx: field title: .+; field order: .+$/);
  });
});
