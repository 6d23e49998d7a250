/**
 * The part of sharing that is not needed to draw a calculator: reading a link, writing one, and
 * the two bits of page they may show (the notice about unusable values, the link to copy by
 * hand). useShareableState imports this module (and through it the URL code) only when the page
 * has a query string or the reader asks for a link, so none of it is in the first download.
 */
import { useEffect, useRef } from 'preact/hooks';
import * as url from '../../logic/calculators/url-state';
import type { StateSpec, StateValues } from '../../logic/calculators/url-state';
import type { ShareableOptions } from './useShareableState';

/** The address of this page with another query. */
export function pageAddress(query: string): string {
  return `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
}

/**
 * The calculator's values in the page's query, and the notices about any set aside; null
 * values when the link carries nothing but defaults, so the preset in use stays marked.
 */
export function readLink<Spec extends StateSpec>(
  options: ShareableOptions<Spec>,
): { values: StateValues<Spec> | null; notices: readonly string[] } {
  const spec = options.spec(url);
  const { values, notices } = url.readState(spec, location.search);
  return { values: url.writeState(spec, values) === '' ? null : values, notices };
}

/**
 * Puts the current state in the address bar and on the clipboard. Returns the link and
 * whether the clipboard took it (it may not exist, or the browser may refuse).
 */
export async function copyLink<Spec extends StateSpec>(
  options: ShareableOptions<Spec>,
): Promise<{ link: string; copied: boolean }> {
  const spec = options.spec(url);
  const query = url.writeState(spec, { ...url.defaultValues(spec), ...options.current() });
  history.replaceState(history.state, '', pageAddress(query));
  const link = location.href;
  try {
    await navigator.clipboard.writeText(link);
    return { link, copied: true };
  } catch {
    return { link, copied: false };
  }
}

/** The link's values that were set aside, as plain text, with a button to close the notice. */
export function NoticeBox({
  notices,
  onDismiss,
}: {
  notices: readonly string[];
  onDismiss: () => void;
}) {
  return (
    <div class="calc-notice" role="status">
      <p class="calc-notice-title">Some settings in this link could not be used:</p>
      <ul>
        {notices.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <button type="button" class="button secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** The link in a read-only field, selected, for when the clipboard cannot be used. */
export function ManualLink({ id, link }: { id: string; link: string }) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [link]);
  return (
    <div class="field calc-share-link">
      <label for={id}>Link to these figures</label>
      <input
        id={id}
        ref={field}
        type="text"
        readOnly
        value={link}
        onFocus={(event) => {
          event.currentTarget.select();
        }}
      />
    </div>
  );
}
