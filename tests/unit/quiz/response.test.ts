import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_ENTRIES, readResponse } from '../../../src/logic/quiz/response';

describe('readResponse', () => {
  it('passes every well-formed kind of response through', () => {
    const responses = [
      { type: 'single', choiceId: 'a' },
      { type: 'single', choiceId: null },
      { type: 'multi', choiceIds: ['a', 'b'] },
      { type: 'numeric', text: '−918.4' },
      { type: 'classify', placements: { aircraft: 'goods', oil: null } },
      { type: 'order', itemIds: ['china', 'mexico'] },
    ];
    for (const response of responses) expect(readResponse(response)).toEqual(response);
  });

  it.each([
    null,
    undefined,
    42,
    'single',
    [],
    {},
    { type: 'essay', text: 'hello' },
    { type: 'single' },
    { type: 'multi', choiceIds: 'a' },
    { type: 'multi', choiceIds: [1, 2] },
    { type: 'numeric', text: 918.4 },
    { type: 'classify', placements: ['goods'] },
    { type: 'classify', placements: { aircraft: 7 } },
    { type: 'order', itemIds: null },
  ])('refuses %j', (value) => {
    expect(readResponse(value)).toBeNull();
  });

  it('refuses lists far longer than any question', () => {
    const many = Array.from({ length: MAX_RESPONSE_ENTRIES + 1 }, (_, i) => `id-${i}`);
    expect(readResponse({ type: 'order', itemIds: many })).toBeNull();
    expect(
      readResponse({
        type: 'classify',
        placements: Object.fromEntries(many.map((id) => [id, 'goods'])),
      }),
    ).toBeNull();
  });
});
