/**
 * A calculator's state in the page's link: read once when the island starts (only if the page
 * has a query string), written by "Copy link", cleared by "Reset".
 *
 * The URL code (src/logic/calculators/url-state.ts) is imported lazily, so a reader who never
 * opens a shared link or copies one never downloads it. Everything read from the link goes
 * through `readState`, which turns a tampered or absurd value into its default and a notice in
 * plain words; the notices are rendered as text, never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StateSpec, StateValues } from '../../logic/calculators/url-state';

export type UrlState = typeof import('../../logic/calculators/url-state');

const loadUrlState = (): Promise<UrlState> => import('../../logic/calculators/url-state');

export interface ShareableOptions<Spec extends StateSpec> {
  /** The calculator's fields, built with the builders of the lazily loaded URL module. */
  spec: (url: UrlState) => Spec;
  /** The state to put in a link; a field left out (say, one with an error) keeps its default. */
  current: () => Partial<StateValues<Spec>>;
  /** Shows the values read from a link. */
  apply: (values: StateValues<Spec>) => void;
  /** Goes back to the starting figures. */
  reset: () => void;
}

export interface Shareable {
  /** Plain-text sentences about link values that were set aside. */
  readonly notices: readonly string[];
  readonly dismiss: () => void;
  readonly copyLink: () => void;
  readonly resetAll: () => void;
  /** The link, when the clipboard could not be used and the reader must copy it by hand. */
  readonly manualLink: string | null;
  /** What the polite live region says: "Link copied" and the like. */
  readonly status: string;
  readonly copyButton: { current: HTMLButtonElement | null };
}

function pageAddress(query: string): string {
  return `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
}

export function useShareableState<Spec extends StateSpec>(
  options: ShareableOptions<Spec>,
): Shareable {
  // The latest callbacks, so the effect and the buttons never use a stale closure.
  const latest = useRef(options);
  latest.current = options;
  const copyButton = useRef<HTMLButtonElement>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (location.search === '') return;
    let live = true;
    loadUrlState()
      .then((url) => {
        if (!live) return;
        const spec = latest.current.spec(url);
        const { values, notices: read } = url.readState(spec, location.search);
        // A link that carries nothing of ours (or only our defaults) leaves the presets alone.
        if (url.writeState(spec, values) !== '') latest.current.apply(values);
        setNotices(read);
      })
      .catch(() => {
        if (live)
          setNotices([
            'The settings in the link could not be read, so the calculator starts from its usual figures.',
          ]);
      });
    return () => {
      live = false;
    };
  }, []);

  const copyLink = () => {
    loadUrlState()
      .then(async (url) => {
        const spec = latest.current.spec(url);
        const query = url.writeState(spec, {
          ...url.defaultValues(spec),
          ...latest.current.current(),
        });
        history.replaceState(history.state, '', pageAddress(query));
        const link = location.href;
        try {
          await navigator.clipboard.writeText(link);
          setManualLink(null);
          setStatus('Link copied.');
        } catch {
          // No clipboard (an old browser, an insecure page, a denied permission): show the link.
          setManualLink(link);
          setStatus('The link is in the field below: select it and copy it.');
        }
      })
      .catch(() => {
        setStatus('The link could not be made. Please try again.');
      });
  };

  const resetAll = () => {
    latest.current.reset();
    setNotices([]);
    setManualLink(null);
    history.replaceState(history.state, '', pageAddress(''));
    setStatus('Back to the starting figures.');
  };

  const dismiss = () => {
    setNotices([]);
    // The dismiss button disappears with the notice; keep the keyboard user nearby.
    copyButton.current?.focus();
  };

  return { notices, dismiss, copyLink, resetAll, manualLink, status, copyButton };
}
