/**
 * What every calculator shares: the notice about a link's unusable values (above the
 * calculator), and the "Copy link" and "Reset" buttons with their live region (below it).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Shareable } from './useShareableState';

export function LinkNotice({ share }: { share: Shareable }) {
  if (share.notices.length === 0) return null;
  return (
    <div class="calc-notice" role="status">
      <p class="calc-notice-title">Some settings in this link could not be used:</p>
      <ul>
        {share.notices.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <button type="button" class="button secondary" onClick={share.dismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function ShareControls({ share, idPrefix }: { share: Shareable; idPrefix: string }) {
  const manual = useRef<HTMLInputElement>(null);
  useEffect(() => {
    manual.current?.focus();
    manual.current?.select();
  }, [share.manualLink]);
  return (
    <div class="calc-share">
      <div class="calc-share-buttons">
        <button
          type="button"
          class="button secondary"
          ref={share.copyButton}
          onClick={share.copyLink}
        >
          Copy link
        </button>
        <button type="button" class="button secondary" onClick={share.resetAll}>
          Reset
        </button>
      </div>
      {share.manualLink !== null && (
        <div class="field calc-share-link">
          <label for={`${idPrefix}-link`}>Link to these figures</label>
          <input
            id={`${idPrefix}-link`}
            ref={manual}
            type="text"
            readOnly
            value={share.manualLink}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        </div>
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {share.status}
      </p>
    </div>
  );
}
