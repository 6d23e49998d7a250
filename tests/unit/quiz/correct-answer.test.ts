import { describe, expect, it } from 'vitest';
import { questionSchema } from '../../../src/schemas/quiz';
import { correctAnswer } from '../../../src/logic/quiz/correct-answer';

const base = { objective: 'x', explanation: 'Because.', prompt: 'Q?' };

describe('correctAnswer', () => {
  it('writes out each type of answer', () => {
    const single = questionSchema.parse({
      ...base,
      id: 's',
      type: 'single',
      choices: [
        { id: 'a', text: 'A deficit', correct: true },
        { id: 'b', text: 'A surplus' },
      ],
    });
    expect(correctAnswer(single).summary).toBe('Answer: A deficit');

    const numeric = questionSchema.parse({ ...base, id: 'n', type: 'numeric', answer: -918_416 });
    expect(correctAnswer(numeric).summary).toBe('Answer: \u2212$918.4 billion');

    const percent = questionSchema.parse({
      ...base,
      id: 'p',
      type: 'numeric',
      answerKind: 'percent',
      answer: 25,
    });
    expect(correctAnswer(percent).summary).toBe('Answer: 25%');

    const classify = questionSchema.parse({
      ...base,
      id: 'c',
      type: 'classify',
      buckets: [
        { id: 'goods', label: 'Goods' },
        { id: 'services', label: 'Services' },
      ],
      items: [
        { id: 'car', text: 'A car', bucket: 'goods' },
        { id: 'tuition', text: 'Tuition', bucket: 'services' },
      ],
    });
    expect(correctAnswer(classify).lines).toEqual(['A car → Goods', 'Tuition → Services']);

    const order = questionSchema.parse({
      ...base,
      id: 'o',
      type: 'order',
      firstLabel: 'largest deficit',
      items: [
        { id: 'a', text: 'China' },
        { id: 'b', text: 'Mexico' },
      ],
    });
    expect(correctAnswer(order)).toEqual({
      summary: 'The right order, largest deficit first:',
      lines: ['China', 'Mexico'],
      ordered: true,
    });
  });
});
