/**
 * The loaders of the content collections that are computed or templated (see yaml-loader.ts):
 * what each reads, and the error it turns a problem into.
 */
import { FIGURES_FILE, FigureFileError, loadFigures } from '../data/figures-file';
import { GLOSSARY_FILE, GlossaryFileError, loadGlossary } from './glossary-file';
import { loadQuizBanks, QUIZ_DIR, QuizBankError } from './quiz-banks';
import { ContentFileError, yamlContentLoader } from './yaml-loader';

/** Rethrows a known content problem as one the loader prints without a stack trace. */
function named<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FigureFileError) {
      throw new ContentFileError(error.message, `Fix ${FIGURES_FILE} or the series it names.`);
    }
    if (error instanceof QuizBankError) {
      throw new ContentFileError(error.message, `Fix ${error.file}.`);
    }
    if (error instanceof GlossaryFileError) {
      throw new ContentFileError(error.message, `Fix ${GLOSSARY_FILE}.`);
    }
    throw error;
  }
}

export const figuresLoader = () =>
  yamlContentLoader({
    name: 'tde-figures',
    watch: [],
    read: () => named(loadFigures).map((figure) => ({ id: figure.id, data: { ...figure } })),
  });

export const quizLoader = () =>
  yamlContentLoader({
    name: 'tde-quizzes',
    watch: [QUIZ_DIR],
    read: () =>
      named(loadQuizBanks).map(({ slug, file, bank }) => ({
        id: slug,
        data: { ...bank },
        filePath: file,
      })),
  });

export const glossaryLoader = () =>
  yamlContentLoader({
    name: 'tde-glossary',
    watch: [GLOSSARY_FILE],
    read: () => named(loadGlossary).map((entry) => ({ id: entry.id, data: { ...entry } })),
  });
