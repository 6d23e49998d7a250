/**
 * Fetches a quiz's questions file and reads it with src/logic/quiz/quiz-file. The promise never
 * rejects: every way of failing, the network's included, ends as a message for the reader.
 */
import {
  QUIZ_FILE_UNREACHABLE,
  readQuizFile,
  type QuizFileResult,
} from '../../logic/quiz/quiz-file';

export async function fetchQuizFile(url: string, quizId: string): Promise<QuizFileResult> {
  let status: number;
  let body: string;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    status = response.status;
    body = await response.text();
  } catch {
    return { ok: false, message: QUIZ_FILE_UNREACHABLE };
  }
  try {
    return readQuizFile(status, body, quizId);
  } catch {
    // readQuizFile throws only on a fault of its own, never on bad input; say something anyway.
    return { ok: false, message: 'The questions could not be read.' };
  }
}
