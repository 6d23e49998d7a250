/**
 * Save progress to a file and load it back: how a reader moves progress to another browser or
 * hands it to a teacher. A file that is not ours, or damaged, is refused with the reason and
 * changes nothing.
 */
import { useState } from 'preact/hooks';
import { exportProgress, importProgress, progressFileName } from '../../logic/progress';
import { replaceProgress, type ProgressState } from './store';

interface Props {
  state: ProgressState;
  idPrefix: string;
}

export default function ProgressFile({ state, idPrefix }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const answered = Object.keys(state.progress.questions).length;

  const download = () => {
    const now = new Date();
    const blob = new Blob([exportProgress(state.progress, now)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = progressFileName(now);
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 1000);
    setMessage({
      ok: true,
      text: `Saved a file with your answers to ${answered} ${answered === 1 ? 'question' : 'questions'}.`,
    });
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ ok: false, text: 'That file could not be read. Nothing was changed.' });
      return;
    }
    const result = importProgress(text);
    if (!result.ok) {
      setMessage({ ok: false, text: `${result.reason} Nothing was changed.` });
      return;
    }
    replaceProgress(result.progress);
    const count = Object.keys(result.progress.questions).length;
    setMessage({
      ok: true,
      text: `Loaded your answers to ${count} ${count === 1 ? 'question' : 'questions'}.`,
    });
  };

  return (
    <section class="progress-file" aria-labelledby={`${idPrefix}-file-heading`}>
      <h2 id={`${idPrefix}-file-heading`}>Keep your progress</h2>
      <p>
        Your answers are saved in this browser only. Save them to a file to move them to another
        device or to show a teacher, and load the file there.
      </p>
      <div class="progress-file-actions">
        <button type="button" class="button secondary" onClick={download}>
          Save progress to a file
        </button>
        <input
          id={`${idPrefix}-import`}
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            void load(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        <label class="button secondary file-label" for={`${idPrefix}-import`}>
          Load progress from a file
        </label>
      </div>
      <p
        class={message ? (message.ok ? 'file-message ok' : 'file-message error') : 'file-message'}
        role="status"
      >
        {message?.text}
      </p>
    </section>
  );
}
