/**
 * "Copy link" and "Reset" for a calculator. The link is the page's own address, which the
 * calculator keeps in step with what the reader sees; where the clipboard is not available the
 * link is shown instead so it can be copied by hand.
 */
import { useState } from 'preact/hooks';

interface Props {
  onReset: () => void;
  /** Plain-text notices about a link's values that were set aside; shown above the buttons. */
  notices: readonly string[];
}

export default function ShareButtons({ onReset, notices }: Props) {
  const [said, setSaid] = useState('');
  const copy = () => {
    const href = location.href;
    const fallback = () => {
      setSaid(`Copy this link: ${href}`);
    };
    if (typeof navigator.clipboard === 'undefined') {
      fallback();
      return;
    }
    navigator.clipboard.writeText(href).then(() => {
      setSaid('Link copied.');
    }, fallback);
  };
  return (
    <>
      {notices.length > 0 && (
        <div class="calc-notice" role="status">
          {notices.map((notice) => (
            <p key={notice}>{notice}</p>
          ))}
        </div>
      )}
      <div class="calc-actions">
        <button type="button" class="button secondary" onClick={copy}>
          Copy link
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            setSaid('');
            onReset();
          }}
        >
          Reset
        </button>
        <span class="calc-said" role="status">
          {said}
        </span>
      </div>
    </>
  );
}
