/**
 * One realistic question of each type, about the U.S. trade deficit, parsed through the real
 * schemas so that defaults (hints, tolerance, units) are applied exactly as in a bank.
 * Figures are from content/data/figures.yaml (millions of dollars).
 */
import type { z } from 'astro/zod';
import {
  classifyQuestionSchema,
  multiQuestionSchema,
  numericQuestionSchema,
  orderQuestionSchema,
  questionSchema,
  singleQuestionSchema,
} from '../../../src/schemas/quiz';

/** Checks the cross-field rules of `questionSchema`, then returns the type-specific value. */
function parseQuestion<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  questionSchema.parse(input);
  return schema.parse(input);
}

export const singleDeficitMeaning = parseQuestion(singleQuestionSchema, {
  id: 'what-a-trade-deficit-is',
  type: 'single',
  objective: 'define-trade-deficit',
  prompt: 'In 2024 the United States ran a trade deficit. What does that mean?',
  explanation:
    'A trade deficit means a country bought more from abroad (imports) than it sold abroad (exports) over the period.',
  hints: [
    'Think about which is larger: what was bought or what was sold.',
    'Balance = exports − imports.',
  ],
  choices: [
    {
      id: 'imports-exceed-exports',
      text: 'Americans bought more from other countries than they sold to them.',
      correct: true,
      feedback: 'Yes: imports were larger than exports, so exports minus imports is negative.',
    },
    {
      id: 'government-overspent',
      text: 'The federal government spent more than it collected in taxes.',
      feedback:
        'That is the budget deficit, a different thing: it is about the government, not trade.',
    },
    {
      id: 'money-lost',
      text: 'The country lost $918.4 billion.',
    },
  ],
});

export const multiServicesExports = parseQuestion(multiQuestionSchema, {
  id: 'which-are-services-exports',
  type: 'multi',
  objective: 'recognise-services-exports',
  prompt: 'Which of these are U.S. exports of services? Tick all that apply.',
  explanation:
    'A service is exported when a foreign buyer pays a U.S. seller for it, even if the service is used inside the United States.',
  hints: ['Who pays whom?', 'A foreign student paying a U.S. university is a U.S. export.'],
  choices: [
    {
      id: 'foreign-student-tuition',
      text: 'A student from India pays tuition at a university in Ohio.',
      correct: true,
      feedback:
        'Right: a foreign buyer pays a U.S. seller, so it counts as an export of education.',
    },
    {
      id: 'tourist-hotel',
      text: 'A German tourist pays for a hotel in New York.',
      correct: true,
    },
    {
      id: 'software-licence',
      text: 'A Japanese bank pays a U.S. firm for a software licence.',
      correct: true,
      feedback: 'Right: licence fees for intellectual property are a large U.S. services export.',
    },
    {
      id: 'soybeans',
      text: 'A U.S. farm ships soybeans to China.',
      feedback: 'Soybeans are goods, not services: they are an export of goods.',
    },
    {
      id: 'american-in-paris',
      text: 'An American tourist pays for a hotel in Paris.',
      feedback: 'That is an import of services: a U.S. buyer pays a French seller.',
    },
  ],
});

export const numericDeficit2024 = parseQuestion(numericQuestionSchema, {
  id: 'trade-balance-2024',
  type: 'numeric',
  objective: 'read-the-balance',
  prompt:
    'What was the U.S. balance of trade in goods and services in 2024, as first published? Answer in billions of dollars.',
  explanation: 'Exports minus imports came to −$918.4 billion: a deficit of $918.4 billion.',
  hints: ['A deficit is a negative balance.', 'It was a little over $900 billion.'],
  answer: -918416,
  tolerance: { relative: 0.001 },
  defaultUnit: 'billion',
  suffix: 'billion dollars',
  figures: ['us-trade-balance-2024-first'],
  knownMistakes: [
    {
      value: -784892,
      feedback: 'That is the 2023 balance. The question asks about 2024.',
    },
    {
      value: -1215402.9,
      feedback: 'That is the balance on goods alone. Add the surplus on services.',
    },
  ],
});

export const classifyGoodsOrServices = parseQuestion(classifyQuestionSchema, {
  id: 'goods-or-services',
  type: 'classify',
  objective: 'tell-goods-from-services',
  prompt: 'Sort each U.S. export into goods or services.',
  explanation: 'Goods are things you can drop on your foot; services are work done or rights sold.',
  hints: ['Could you put it in a shipping container?'],
  buckets: [
    { id: 'goods', label: 'Goods' },
    { id: 'services', label: 'Services' },
  ],
  items: [
    { id: 'aircraft', text: 'A Boeing jet sold to an airline in Qatar', bucket: 'goods' },
    {
      id: 'crude-oil',
      text: 'Crude oil shipped to the Netherlands',
      bucket: 'goods',
      feedback: 'Oil is a physical product that crosses the border, so it is a good.',
    },
    {
      id: 'film-royalties',
      text: 'Royalties a French cinema pays for a Hollywood film',
      bucket: 'services',
      feedback: 'Royalties pay for the right to use something, which makes them a service.',
    },
    { id: 'cloud-hosting', text: 'Cloud hosting sold to a Brazilian company', bucket: 'services' },
  ],
});

/** Largest 2024 goods deficit first; in figures.yaml these are −297.0, −236.7, −168.6, −123.2. */
export const orderPartnerDeficits = parseQuestion(orderQuestionSchema, {
  id: 'largest-goods-deficits-2024',
  type: 'order',
  objective: 'compare-bilateral-balances',
  prompt: 'Put these U.S. trading partners in order of the U.S. goods deficit with them in 2024.',
  explanation:
    'In 2024 the U.S. goods deficit was largest with China ($297.0 billion), then the EU ($236.7 billion), Mexico ($168.6 billion) and Vietnam ($123.2 billion).',
  hints: ['China comes first.', 'Vietnam comes last.'],
  items: [
    { id: 'china', text: 'China' },
    { id: 'european-union', text: 'European Union' },
    { id: 'mexico', text: 'Mexico' },
    { id: 'vietnam', text: 'Vietnam' },
  ],
  firstLabel: 'largest deficit',
  lastLabel: 'smallest deficit',
  figures: [
    'us-goods-balance-china-2024',
    'us-goods-balance-eu-2024',
    'us-goods-balance-mexico-2024',
    'us-goods-balance-vietnam-2024',
  ],
});

export const allQuestions = [
  singleDeficitMeaning,
  multiServicesExports,
  numericDeficit2024,
  classifyGoodsOrServices,
  orderPartnerDeficits,
] as const;

export { parseQuestion };
