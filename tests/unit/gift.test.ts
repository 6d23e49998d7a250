/**
 * The GIFT export against the format's rules (Moodle docs, "GIFT format"): names, escaping,
 * answer marks and weights, numeric tolerance, matching pairs, general feedback, comments and
 * one blank line between questions. A small reader below splits GIFT text on its unescaped
 * special characters, so a stray `:` or `=` inside a text shows up as broken structure.
 */
import { describe, expect, it } from 'vitest';
import {
  GIFT_MIN_MATCHING_PAIRS,
  GIFT_SUPPORT,
  bankToGift,
  escapeGiftText,
  giftNumber,
  questionToGift,
} from '../../src/logic/gift';
import { questionSchema, type Question } from '../../src/schemas/quiz';
import { loadLessons, loadQuizBanks } from '../content/load';

const SPECIALS = '~=#{}:';

type Token = { kind: 'text'; value: string } | { kind: 'special'; value: string };

/** Splits GIFT text into literal text (escapes undone) and unescaped special characters. */
function tokenize(gift: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  for (let index = 0; index < gift.length; index += 1) {
    const character = gift.charAt(index);
    if (character === '\\' && index + 1 < gift.length) {
      text += gift.charAt(index + 1);
      index += 1;
    } else if (SPECIALS.includes(character)) {
      if (text) tokens.push({ kind: 'text', value: text });
      text = '';
      tokens.push({ kind: 'special', value: character });
    } else text += character;
  }
  if (text) tokens.push({ kind: 'text', value: text });
  return tokens;
}

/**
 * The shape of a question with every literal text replaced by "x" and white space dropped, so
 * `::x::x{=x#x~x#x####x}` is a choice question whatever its words.
 */
function skeleton(gift: string): string {
  return tokenize(gift)
    .map((token) => (token.kind === 'special' ? token.value : token.value.trim() ? 'x' : ''))
    .join('');
}

interface GiftAnswer {
  mark: string;
  weight: number | null;
  text: string;
  feedback: string | null;
}

interface ReadQuestion {
  name: string;
  prompt: string;
  numeric: boolean;
  answers: GiftAnswer[];
  general: string | null;
}

/** Reads one exported question back: the inverse of the exporter, for round-trip checks. */
function readQuestion(gift: string): ReadQuestion {
  const tokens = tokenize(gift);
  let at = 0;
  const next = (): Token | undefined => tokens[at++];
  const textUntilSpecial = (): string => {
    let value = '';
    while (tokens[at]?.kind === 'text') value += next()?.value ?? '';
    return value.trim();
  };
  const expectSpecial = (value: string): void => {
    const token = next();
    if (token?.kind !== 'special' || token.value !== value)
      throw new Error(`expected "${value}" at token ${at - 1} in:\n${gift}`);
  };
  expectSpecial(':');
  expectSpecial(':');
  const name = textUntilSpecial();
  expectSpecial(':');
  expectSpecial(':');
  const prompt = textUntilSpecial();
  expectSpecial('{');
  const numeric = tokens[at]?.kind === 'special' && tokens[at]?.value === '#';
  if (numeric) at += 1;
  const answers: GiftAnswer[] = [];
  let general: string | null = null;
  const isHashes = (count: number): boolean =>
    tokens.slice(at, at + count).every((token) => token.kind === 'special' && token.value === '#');
  while (at < tokens.length) {
    const token = tokens[at];
    if (token?.kind === 'text' && token.value.trim() === '') {
      at += 1;
      continue;
    }
    if (token?.kind === 'special' && token.value === '}') {
      at += 1;
      break;
    }
    if (isHashes(4)) {
      at += 4;
      general = textUntilSpecial();
      continue;
    }
    let mark = '=';
    if (token?.kind === 'special' && (token.value === '=' || token.value === '~')) {
      mark = token.value;
      at += 1;
    } else if (!(numeric && answers.length === 0)) {
      throw new Error(`unexpected token ${JSON.stringify(token)} in:\n${gift}`);
    }
    let text = textUntilSpecial();
    if (numeric && tokens[at]?.kind === 'special' && tokens[at]?.value === ':') {
      at += 1;
      text = `${text}:${textUntilSpecial()}`;
    }
    let feedback: string | null = null;
    if (isHashes(1) && !isHashes(4)) {
      at += 1;
      feedback = textUntilSpecial();
    }
    const weighted = /^%(-?[\d.]+)%([\s\S]*)$/.exec(text);
    answers.push({
      mark,
      weight: weighted ? Number(weighted[1]) : null,
      text: weighted ? (weighted[2] ?? '') : text,
      feedback,
    });
  }
  if (at !== tokens.length) throw new Error(`text after the closing brace in:\n${gift}`);
  return { name, prompt, numeric, answers, general };
}

function exportedText(question: Question): string {
  const result = questionToGift(question);
  if (result.kind !== 'exported')
    throw new Error(`${question.id} was not exported: ${result.reason}`);
  return result.text;
}

const awkward = 'Ratio: 3 = 1 + 2 {really} ~ #1 \\ done';
const base = { objective: 'x', explanation: `Because ${awkward}.`, hints: [] };

const single = questionSchema.parse({
  ...base,
  id: 'gift-single',
  type: 'single',
  prompt: `Which is right? ${awkward}`,
  choices: [
    { id: 'a', text: 'Wrong: first', feedback: 'No = not this one.' },
    { id: 'b', text: 'Right {this}', correct: true, feedback: 'Yes #1.' },
    { id: 'c', text: 'Also wrong' },
  ],
});

const multi = questionSchema.parse({
  ...base,
  id: 'gift-multi',
  type: 'multi',
  prompt: 'Tick all that apply:',
  choices: [
    { id: 'a', text: 'One', correct: true, feedback: 'Yes.' },
    { id: 'b', text: 'Two', correct: true },
    { id: 'c', text: 'Three', correct: true },
    { id: 'd', text: 'Nope', feedback: 'No: wrong.' },
    { id: 'e', text: 'Nah' },
  ],
});

const numericBillions = questionSchema.parse({
  ...base,
  id: 'gift-numeric',
  type: 'numeric',
  prompt: 'How large was the 2024 deficit, in billions of dollars?',
  answer: 918_416,
  tolerance: { absolute: 100 },
  defaultUnit: 'billion',
  knownMistakes: [{ value: 784_892, feedback: 'That is 2023: the question asks about 2024.' }],
});

const classify = questionSchema.parse({
  ...base,
  id: 'gift-classify',
  type: 'classify',
  prompt: 'Goods or services?',
  buckets: [
    { id: 'goods', label: 'Goods: things' },
    { id: 'services', label: 'Services' },
  ],
  items: [
    { id: 'cars', text: 'Cars -> Mexico', bucket: 'goods' },
    { id: 'travel', text: 'Travel {abroad}', bucket: 'services' },
    { id: 'soy', text: 'Soybeans', bucket: 'goods' },
  ],
});

const order = questionSchema.parse({
  ...base,
  id: 'gift-order',
  type: 'order',
  prompt: 'Put these in order:\nsmallest first',
  items: [
    { id: 'a', text: '1' },
    { id: 'b', text: '2' },
  ],
});

describe('escapeGiftText', () => {
  it('escapes each of ~ = # { } : with a backslash, and a backslash itself', () => {
    expect(escapeGiftText('~=#{}:')).toBe('\\~\\=\\#\\{\\}\\:');
    expect(escapeGiftText('a\\b')).toBe('a\\\\b');
    expect(escapeGiftText('\\:')).toBe('\\\\\\:');
  });

  it('leaves ordinary text alone and turns line breaks into spaces', () => {
    expect(escapeGiftText('−$918.4 billion (2024)')).toBe('−$918.4 billion (2024)');
    expect(escapeGiftText('one\n\ntwo  three ')).toBe('one two three');
  });

  it('reads back as the original text with no special character left unescaped', () => {
    const escaped = escapeGiftText(awkward);
    expect(tokenize(escaped)).toEqual([{ kind: 'text', value: awkward }]);
  });
});

describe('single choice', () => {
  const gift = exportedText(single);

  it('has a ::name::, the prompt, = for the right choice and ~ for the others, and #### feedback', () => {
    expect(gift.startsWith('::gift-single::')).toBe(true);
    expect(skeleton(gift)).toBe('::x::x{~x#x=x#x~x####x}');
    const read = readQuestion(gift);
    expect(read.name).toBe('gift-single');
    expect(read.prompt).toBe(single.prompt);
    expect(read.answers.map((answer) => answer.mark)).toEqual(['~', '=', '~']);
    expect(read.general).toBe(single.explanation);
  });

  it('keeps each choice’s text and feedback through the escaping', () => {
    const read = readQuestion(gift);
    expect(read.answers.map((answer) => [answer.text, answer.feedback])).toEqual([
      ['Wrong: first', 'No = not this one.'],
      ['Right {this}', 'Yes #1.'],
      ['Also wrong', null],
    ]);
  });
});

describe('multiple answers', () => {
  const read = readQuestion(exportedText(multi));

  it('marks every choice with ~ and a %weight%', () => {
    expect(read.answers.every((answer) => answer.mark === '~' && answer.weight !== null)).toBe(
      true,
    );
  });

  it('gives the right choices weights that sum to 100', () => {
    const right = read.answers.slice(0, 3).map((answer) => answer.weight ?? 0);
    expect(right).toEqual([33.33333, 33.33333, 33.33333]);
    expect(right.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(100, 3);
  });

  it('gives wrong choices a negative weight as large as one right choice, like the site', () => {
    const wrong = read.answers.slice(3).map((answer) => answer.weight);
    expect(wrong).toEqual([-33.33333, -33.33333]);
    expect(read.answers[3]?.feedback).toBe('No: wrong.');
  });

  it('gives a single right choice 100 and a wrong one -100', () => {
    const one = questionSchema.parse({
      ...multi,
      choices: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B' },
      ],
    });
    expect(readQuestion(exportedText(one)).answers.map((answer) => answer.weight)).toEqual([
      100, -100,
    ]);
  });
});

describe('numeric', () => {
  const gift = exportedText(numericBillions);
  const read = readQuestion(gift);

  it('writes {#value:tolerance} in billions when the question asks in billions', () => {
    expect(read.numeric).toBe(true);
    expect(read.answers[0]).toMatchObject({ mark: '=', text: '918.416:0.1', weight: null });
    expect(gift).toMatch(/\{#\n=918\.416:0\.1\n/);
  });

  it('says in the question text which unit to answer in', () => {
    expect(read.prompt).toContain('in billions of dollars');
    expect(read.prompt).toContain('Type a number only');
  });

  it('adds each known mistake as a 0% answer with its feedback', () => {
    expect(read.answers[1]).toEqual({
      mark: '=',
      weight: 0,
      text: '784.892:0.1',
      feedback: 'That is 2023: the question asks about 2024.',
    });
  });

  it('uses the plain {#value:tolerance} form when there are no known mistakes', () => {
    const plain = questionSchema.parse({
      ...numericBillions,
      knownMistakes: [],
      answer: -5000,
      tolerance: { absolute: 1 },
    });
    const text = exportedText(plain);
    expect(skeleton(text)).toBe('::x::x{#x:x####x}');
    expect(text).toContain('{#-5:0.001\n');
  });

  it('turns a relative tolerance into an absolute one in the exported unit', () => {
    const relative = questionSchema.parse({
      ...numericBillions,
      knownMistakes: [],
      tolerance: { relative: 0.01 },
    });
    expect(readQuestion(exportedText(relative)).answers[0]?.text).toBe('918.416:9.18416');
  });

  it('exports percent answers as percent, and trillions in trillions', () => {
    const percent = questionSchema.parse({
      ...base,
      id: 'gift-percent',
      type: 'numeric',
      answerKind: 'percent',
      prompt: 'What percent?',
      answer: 25,
      tolerance: { absolute: 0.5 },
    });
    const read = readQuestion(exportedText(percent));
    expect(read.answers[0]?.text).toBe('25:0.5');
    expect(read.prompt).toContain('in percent');
    const trillions = questionSchema.parse({
      ...numericBillions,
      knownMistakes: [],
      answer: 36_200_000,
      tolerance: { absolute: 50_000 },
      defaultUnit: 'trillion',
    });
    const readT = readQuestion(exportedText(trillions));
    expect(readT.answers[0]?.text).toBe('36.2:0.05');
    expect(readT.prompt).toContain('in trillions of dollars');
  });

  it('never writes a number with grouping, an exponent or floating-point noise', () => {
    expect(giftNumber(0.1 + 0.2)).toBe('0.3');
    expect(giftNumber(1e21)).toBe('1000000000000000000000');
    expect(giftNumber(1e-7)).toBe('0.0000001');
    expect(giftNumber(-918.416)).toBe('-918.416');
  });
});

describe('classify', () => {
  it('becomes a matching question, one =item -> group pair per item', () => {
    const gift = exportedText(classify);
    expect(skeleton(gift)).toBe('::x::x{=x=x=x####x}');
    const pairs = readQuestion(gift).answers.map((answer) => answer.text);
    expect(pairs).toEqual([
      'Cars → Mexico -> Goods: things',
      'Travel {abroad} -> Services',
      'Soybeans -> Goods: things',
    ]);
    expect(pairs.every((pair) => pair.split(' -> ').length === 2)).toBe(true);
  });

  it(`is not exported with fewer than ${GIFT_MIN_MATCHING_PAIRS} pairs, and says so`, () => {
    const small = questionSchema.parse({
      ...classify,
      items: classify.type === 'classify' ? classify.items.slice(0, 2) : [],
    });
    const result = questionToGift(small);
    expect(result.kind).toBe('skipped');
    expect(result.text).toMatch(
      /^\/\/ Not exported: "gift-classify" \(classify\)\. Moodle matching questions need at least 3 pairs/,
    );
    expect(result.text).not.toContain('\n');
  });
});

describe('order', () => {
  it('cannot be expressed: a one-line // comment stands in its place', () => {
    const result = questionToGift(order);
    expect(result.kind).toBe('skipped');
    expect(result.text).toMatch(
      /^\/\/ Not exported: "gift-order" \(order\)\. GIFT has no question type/,
    );
    expect(result.text).not.toContain('\n');
  });

  it('is listed as never exportable, and classify as sometimes', () => {
    const byType = new Map(GIFT_SUPPORT.map((support) => [support.type, support.exported]));
    expect(byType.get('order')).toBe('never');
    expect(byType.get('classify')).toBe('sometimes');
    expect([...byType.keys()].sort()).toEqual(['classify', 'multi', 'numeric', 'order', 'single']);
  });
});

describe('a bank', () => {
  const questions = [single, multi, numericBillions, classify, order];
  const { text, questions: results } = bankToGift(
    { title: 'Check: yourself', questions },
    { lessonTitle: 'Basics', category: 'trade-deficits-explained/basics' },
  );

  it('separates questions with exactly one blank line and ends with one newline', () => {
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
    expect(text.endsWith('}\n') || text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    const blocks = text.trimEnd().split('\n\n');
    // Header comments, the category line, then one block per question.
    expect(blocks).toHaveLength(2 + questions.length);
    expect(blocks[1]).toBe('$CATEGORY: trade-deficits-explained/basics');
    blocks.slice(2).forEach((block, index) => {
      expect(block.trim()).toBe(block);
      expect(block.startsWith(`::${questions[index]?.id ?? ''}::`) || block.startsWith('//')).toBe(
        true,
      );
    });
  });

  it('starts with comments that count what was exported', () => {
    const header = text.split('\n\n')[0] ?? '';
    expect(header.split('\n').every((line) => line.startsWith('// '))).toBe(true);
    expect(header).toContain('4 of 5 questions exported');
    expect(results.map((result) => result.kind)).toEqual([
      'exported',
      'exported',
      'exported',
      'exported',
      'skipped',
    ]);
  });
});

describe('the real banks', () => {
  const titles = new Map(loadLessons().map((lesson) => [lesson.slug, lesson.data.title]));
  const banks = loadQuizBanks();

  it('there are banks to export', () => {
    expect(banks.length).toBeGreaterThanOrEqual(7);
  });

  for (const { slug, bank } of banks) {
    it(`${slug} exports with every text escaped and every question accounted for`, () => {
      const { text, questions } = bankToGift(bank, {
        lessonTitle: titles.get(slug) ?? slug,
        category: `trade-deficits-explained/${slug}`,
      });
      expect(text).not.toMatch(/\n\s*\n\s*\n/);
      const blocks = text.trimEnd().split('\n\n').slice(2);
      expect(blocks).toHaveLength(bank.questions.length);
      bank.questions.forEach((question, index) => {
        const block = blocks[index] ?? '';
        const result = questions[index];
        if (
          question.type === 'order' ||
          (question.type === 'classify' && question.items.length < GIFT_MIN_MATCHING_PAIRS)
        ) {
          expect(result?.kind, question.id).toBe('skipped');
          expect(
            block.split('\n').every((line) => line.startsWith('//')),
            question.id,
          ).toBe(true);
          return;
        }
        expect(result?.kind, question.id).toBe('exported');
        const shape = skeleton(block);
        const expected =
          question.type === 'numeric'
            ? /^::x::x\{#(x:x|(=x:x(#x)?)+)####x\}$/
            : question.type === 'classify'
              ? /^::x::x\{(=x)+####x\}$/
              : /^::x::x\{([=~]x(#x)?)+####x\}$/;
        expect(
          shape,
          `${question.id}: an unescaped special character breaks the structure`,
        ).toMatch(expected);
        const read = readQuestion(block);
        expect(read.name).toBe(question.id);
        expect(read.general).toBe(question.explanation.replace(/\s+/g, ' ').trim());
        if (question.type === 'single' || question.type === 'multi') {
          expect(read.answers.map((answer) => answer.text)).toEqual(
            question.choices.map((choice) => choice.text.trim()),
          );
          expect(read.prompt).toBe(question.prompt.replace(/\s+/g, ' ').trim());
        }
        if (question.type === 'multi') {
          const right = read.answers.filter((answer) => (answer.weight ?? 0) > 0);
          expect(right.reduce((sum, answer) => sum + (answer.weight ?? 0), 0)).toBeCloseTo(100, 3);
          expect(read.answers.filter((answer) => (answer.weight ?? 0) < 0)).toHaveLength(
            question.choices.filter((choice) => !choice.correct).length,
          );
        }
        if (question.type === 'numeric') {
          expect(read.answers[0]?.text).toMatch(/^-?\d+(\.\d+)?:\d+(\.\d+)?$/);
          expect(read.answers).toHaveLength(1 + question.knownMistakes.length);
        }
        if (question.type === 'classify') {
          expect(read.answers).toHaveLength(question.items.length);
        }
      });
    });
  }
});
