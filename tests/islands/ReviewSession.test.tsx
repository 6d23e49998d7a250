/**
 * The review page fetches only the banks that hold questions due for review, says which bank
 * failed to load and why, and can try again.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ReviewSession from '../../src/islands/progress/ReviewSession';
import { replaceProgress } from '../../src/islands/progress/store';
import type { Progress, QuestionProgress } from '../../src/logic/progress';
import type { Question } from '../../src/schemas/quiz';
import { numericDeficit2024, singleDeficitMeaning } from '../unit/quiz/questions.testdata';
import { bankFile, reviewBank } from '../unit/quiz/quiz-file.testdata';
import { mockFetch } from './fetch-mock';

const one: Question = { ...singleDeficitMeaning, id: 'one-a', section: 'basics' };
const two: Question = { ...numericDeficit2024, id: 'two-a' };

function fileOf(id: string, questions: readonly Question[]): string {
  return JSON.stringify(bankFile(id, questions));
}

const banks = [reviewBank('one', [one]), reviewBank('two', [two]), reviewBank('three', [])];

const PAST = '2026-01-02T09:00:00.000Z';
function entry(due: string): QuestionProgress {
  const attempt = { at: PAST, earned: 0, total: 1, hintsUsed: 0 };
  return { attempts: [attempt], firstAttempt: attempt, lastAnswered: PAST, box: 1, due };
}
function progress(questions: Record<string, string>): Progress {
  return {
    version: 1,
    questions: Object.fromEntries(Object.entries(questions).map(([id, due]) => [id, entry(due)])),
  };
}

const fetchMock = mockFetch();
const addressOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** Answers each questions file by its address; an address not listed gets a 404. */
function serve(files: Record<string, { status: number; body: string }>): void {
  fetchMock.mockImplementation((input) => {
    const address =
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = files[address] ?? { status: 404, body: 'Not found' };
    return Promise.resolve(new Response(file.body, { status: file.status }));
  });
}

function requested(): string[] {
  return fetchMock.mock.calls.map(([input]) => addressOf(input));
}

describe('ReviewSession', () => {
  it('fetches only the bank holding the due question, and shows it', async () => {
    replaceProgress(progress({ 'one-a': PAST, 'two-a': '2999-01-01T00:00:00.000Z' }));
    serve({ '/quizzes/one.json': { status: 200, body: fileOf('one', [one]) } });
    render(<ReviewSession banks={banks} />);
    await screen.findByRole('heading', { name: one.prompt });
    expect(screen.getByText('1 question is due for review.')).toBeTruthy();
    expect(requested()).toEqual(['/quizzes/one.json']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fetches nothing when nothing is due', async () => {
    replaceProgress(progress({ 'two-a': '2999-01-01T00:00:00.000Z' }));
    render(<ReviewSession banks={banks} />);
    await screen.findByText(/Nothing is due for review right now/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('names the bank that failed, shows the ones that loaded, and tries again', async () => {
    replaceProgress(progress({ 'one-a': PAST, 'two-a': PAST }));
    serve({
      '/quizzes/one.json': { status: 200, body: '<!doctype html><p>Home</p>' },
      '/quizzes/two.json': { status: 200, body: fileOf('two', [two]) },
    });
    render(<ReviewSession banks={banks} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'One due question from “Lesson one” could not be loaded. The server sent a web page instead of the questions.',
    );
    expect(screen.getByText('2 questions are due for review.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: two.prompt })).toBeTruthy();
    expect(screen.getByText('Question 1 of 1')).toBeTruthy();

    serve({ '/quizzes/one.json': { status: 200, body: fileOf('one', [one]) } });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
    // The late question joins at the end; the one on screen stays, now with a way on.
    expect(screen.getByText('Question 1 of 2')).toBeTruthy();
    const prompt = screen.getByRole('heading', { name: two.prompt });
    await waitFor(() => {
      expect(document.activeElement).toBe(prompt);
    });
    expect(requested()).toEqual(['/quizzes/one.json', '/quizzes/two.json', '/quizzes/one.json']);
  });

  it('says so when every bank fails, rather than that nothing is due', async () => {
    replaceProgress(progress({ 'one-a': PAST }));
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    render(<ReviewSession banks={banks} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /from “Lesson one” could not be loaded\. The questions could not be downloaded/,
    );
    expect(screen.queryByText(/Nothing is due/)).toBeNull();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });
});
