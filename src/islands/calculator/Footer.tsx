/**
 * The end of every calculator: its Copy link and Reset buttons where the page offers sharing, and
 * the polite live region that reads out each new result.
 */
import type { Shareable, Sharing } from './sharing';

interface Props {
  sharing: Sharing | undefined;
  share: Shareable | undefined;
  idPrefix: string;
  /** The latest result in words, once the reader has stopped typing (see useLiveRegion). */
  announcement: string;
}

export function CalculatorFooter({ sharing, share, idPrefix, announcement }: Props) {
  return (
    <>
      {sharing && share && <sharing.ShareControls share={share} idPrefix={idPrefix} />}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
