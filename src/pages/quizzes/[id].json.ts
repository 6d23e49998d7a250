/**
 * Each quiz's questions file, written at build time: every bank's, and the cumulative check's.
 * The quiz islands fetch these when a reader starts a quiz, instead of carrying the questions in
 * the page (see src/logic/quiz/quiz-file.ts for the layout and how it is checked).
 */
import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonTitles } from '../../lib/lessons';
import { bankQuizFile, CUMULATIVE_QUIZ_ID, cumulativeQuizFile } from '../../lib/quiz-items';
import type { QuizFile } from '../../logic/quiz/quiz-file';

export const getStaticPaths = (async () => {
  const [banks, titles] = await Promise.all([getCollection('quizzes'), lessonTitles()]);
  if (banks.some((bank) => bank.id === CUMULATIVE_QUIZ_ID))
    throw new Error(
      `content/quizzes/${CUMULATIVE_QUIZ_ID}.yaml: that name is the cumulative check's (/quiz/), so the two files would clash. Rename the bank.`,
    );
  return [
    ...banks.map((bank) => ({
      params: { id: bank.id },
      props: { file: bankQuizFile(bank.id, bank.data, titles) },
    })),
    {
      params: { id: CUMULATIVE_QUIZ_ID },
      props: {
        file: cumulativeQuizFile(
          banks.map((bank) => bank.data),
          titles,
        ),
      },
    },
  ];
}) satisfies GetStaticPaths;

export const GET = (({ props }) =>
  new Response(JSON.stringify(props.file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })) satisfies APIRoute<{ file: QuizFile }>;
