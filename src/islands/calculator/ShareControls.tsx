/**
 * What every calculator shares: the notice about a link's unusable values (above the
 * calculator), and the "Copy link" and "Reset" buttons with their live region (below it). The
 * notice and the hand-copy field are drawn by ./link.tsx, which loads only when needed.
 */
import type { Shareable } from './useShareableState';

export function LinkNotice({ share }: { share: Shareable }) {
  const Box = share.ui?.NoticeBox;
  return Box && share.notices.length > 0 ? (
    <Box notices={share.notices} onDismiss={share.dismiss} />
  ) : null;
}

export function ShareControls({ share, idPrefix }: { share: Shareable; idPrefix: string }) {
  const Manual = share.ui?.ManualLink;
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
      {Manual && share.manualLink !== null && (
        <Manual id={`${idPrefix}-link`} link={share.manualLink} />
      )}
      {/* role="status" is a polite live region of its own, apart from the calculator's results. */}
      <p class="visually-hidden" role="status" aria-atomic="true">
        {share.status}
      </p>
    </div>
  );
}
