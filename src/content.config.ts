import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { figuresLoader } from './lib/data/figures-loader';
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

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizBankSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossaryEntrySchema,
});

// Figures may be computations over the series in content/data/series: the loader works them out.
const figures = defineCollection({
  loader: figuresLoader(),
  schema: figureSchema,
});

export const collections = { lessons, quizzes, glossary, figures };
