import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { figuresLoader, glossaryLoader, quizLoader } from './lib/content/loaders';
import { figureSchema } from './schemas/figure';
import { glossaryEntrySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { quizBankSchema } from './schemas/quiz';

/**
 * Content lives in the root `content/` folder, outside `src/`, so that a teacher editing a lesson
 * or a question never has to open the code. Each collection is checked against its schema at
 * build time; a wrong field fails the build with the file and the field named.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

// Quiz banks may quote figures ({{id}}): the loader fills them in before the schema checks them.
const quizzes = defineCollection({
  loader: quizLoader(),
  schema: quizBankSchema,
});

// Glossary examples may quote figures ({{id}}), filled in by the loader.
const glossary = defineCollection({
  loader: glossaryLoader(),
  schema: glossaryEntrySchema,
});

// Figures may be computations over the series in content/data/series: the loader works them out.
const figures = defineCollection({
  loader: figuresLoader(),
  schema: figureSchema,
});

export const collections = { lessons, quizzes, glossary, figures };
