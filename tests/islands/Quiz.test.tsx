/**
 * The quiz island fetches its questions when it wakes. On success it shows the first question and
 * moves focus to it; on a 404, a page that is not JSON, a file of the wrong shape or no network it
 * says what went wrong, offers Try again and shows the static questions it was given as children.
 */
import { describe, expect, it } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Quiz, { type Props } from '../../src/islands/quiz/Quiz';
import { quizItem } from '../../src/lib/quiz-items';
import { QUIZ_FILE_VERSION, type QuizFile } from '../../src/logic/quiz/quiz-file';
import { mockFetch } from './fetch-mock';
import { numericDeficit2024, singleDeficitMeaning } from '../unit/quiz/questions.testdata';

const QUIZ = 'a-lesson';
const URL_OF_FILE = '/quizzes/a-lesson.json';
const file: QuizFile = {
  version: QUIZ_FILE_VERSION,
  quizId: QUIZ,
  items: [singleDeficitMeaning, numericDeficit2024].map((question) =>
    quizItem(question, QUIZ, { lessonHref: '' }),
  ),
};
const props: Props = {
  quizId: QUIZ,
  title: 'Check your understanding',
  mode: 'one-at-a-time',
  count: 2,
  questionsUrl: URL_OF_FILE,
  startOnRequest: true,
};

/** What the server renders as the island's children: the questions with their answers. */
const staticQuestions = (
  <article class="question" data-testid="static">
    <details class="static-answer">
      <summary>Show the answer</summary>
      <p>Because imports are bigger than exports.</p>
    </details>
  </article>
);

const fetchMock = mockFetch();

function respond(status: number, body: string): void {
  fetchMock.mockResolvedValueOnce(new Response(body, { status }));
}

function renderQuiz() {
  return render(<Quiz {...props}>{staticQuestions}</Quiz>);
}

/** The section's classes, which decide whether the static questions show (see quiz.css). */
function sectionClasses(): string {
  return document.querySelector('section.quiz')?.getAttribute('class') ?? '';
}

describe('Quiz', () => {
  it('renders on the server from small props, with the static questions as its children', () => {
    const html = renderToString(<Quiz {...props}>{staticQuestions}</Quiz>);
    expect(html).toContain('2 questions, one at a time');
    expect(html).toContain('data-hydrate');
    expect(html).toContain('Because imports are bigger than exports.');
    expect(html).toContain('class="quiz on-request"');
    expect(html).not.toContain(singleDeficitMeaning.prompt);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says it is loading, then shows the first question and moves focus to it', async () => {
    let deliver: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValueOnce(
      new Promise((resolve) => {
        deliver = resolve;
      }),
    );
    renderQuiz();
    await waitFor(() => {
      expect(sectionClasses()).toContain('is-loading');
    });
    expect(screen.getByRole('status').textContent).toBe('Loading the quiz…');
    expect(fetchMock).toHaveBeenCalledWith(URL_OF_FILE, expect.anything());
    deliver(new Response(JSON.stringify(file), { status: 200 }));
    const prompt = await screen.findByRole('heading', { name: singleDeficitMeaning.prompt });
    expect(screen.getByText('Question 1 of 2')).toBeTruthy();
    await waitFor(() => {
      expect(document.activeElement).toBe(prompt);
    });
    expect(screen.queryByTestId('static')).toBeNull();
    expect(screen.getByLabelText(singleDeficitMeaning.choices[0]?.text ?? '')).toBeTruthy();
  });

  it('does not take focus when it woke by itself (scrolled into view)', async () => {
    respond(200, JSON.stringify(file));
    render(
      <Quiz {...props} startOnRequest={false}>
        {staticQuestions}
      </Quiz>,
    );
    await screen.findByText('Question 1 of 2');
    expect(document.activeElement).toBe(document.body);
  });

  const failures: Array<[string, number, string, RegExp]> = [
    ['a 404', 404, 'Not found', /does not have these questions \(error 404\)/],
    ['an HTML page', 200, '<!doctype html><title>Home</title>', /a web page instead/],
    ['a file that is not JSON', 200, '{"version": 1, "items": [', /cut short or is not JSON/],
    [
      'a file of the wrong shape',
      200,
      JSON.stringify({ ...file, items: [{ question: { id: 'x' } }] }),
      /arrived damaged/,
    ],
    ['another quiz’s file', 200, JSON.stringify({ ...file, quizId: 'other' }), /another quiz/],
  ];

  it.each(failures)(
    'on %s, says what went wrong, offers Try again and shows the static questions',
    async (_name, status, body, message) => {
      respond(status, body);
      renderQuiz();
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/^The quiz could not start\./);
      expect(alert.textContent).toMatch(message);
      const retry = screen.getByRole('button', { name: 'Try again' });
      await waitFor(() => {
        expect(document.activeElement).toBe(retry);
      });
      expect(screen.getByTestId('static')).toBeTruthy();
      expect(sectionClasses()).not.toContain('on-request');
      expect(screen.queryByRole('button', { name: 'Start the quiz' })).toBeNull();
    },
  );

  it('says the network failed when fetch itself rejects', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderQuiz();
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be downloaded/);
  });

  it('tries again when asked, and then starts the quiz with focus on the first question', async () => {
    respond(503, 'busy');
    renderQuiz();
    const retry = await screen.findByRole('button', { name: 'Try again' });
    let deliver: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValueOnce(
      new Promise((resolve) => {
        deliver = resolve;
      }),
    );
    fireEvent.click(retry);
    await waitFor(() => {
      expect(retry.getAttribute('aria-disabled')).toBe('true');
    });
    // Pressing it again while the request is out does not send a second one.
    fireEvent.click(retry);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    // The static questions stay while it tries, so the reader loses nothing meanwhile.
    expect(screen.getByTestId('static')).toBeTruthy();
    deliver(new Response(JSON.stringify(file), { status: 200 }));
    const prompt = await screen.findByRole('heading', { name: singleDeficitMeaning.prompt });
    await waitFor(() => {
      expect(document.activeElement).toBe(prompt);
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so again when the retry fails too, keeping focus on Try again', async () => {
    respond(500, '');
    respond(404, '');
    renderQuiz();
    const retry = await screen.findByRole('button', { name: 'Try again' });
    fireEvent.click(retry);
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toMatch(/error 404/);
    });
    expect(document.activeElement).toBe(retry);
    expect(retry.getAttribute('aria-disabled')).toBeNull();
  });
});
