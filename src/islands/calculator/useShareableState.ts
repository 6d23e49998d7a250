/**
 * A calculator's state in the page's link: read once when the island starts (only if the page
 * has a query string), written by "Copy link", cleared by "Reset".
 *
 * The link code (./link.tsx and, through it, src/logic/calculators/url-state.ts) is imported
 * lazily, so a reader who never opens a shared link or copies one never downloads it.
 * Everything read from the link goes through `readState`, which turns a tampered or absurd value
 * into its default and a notice in plain words; the notices are rendered as text, never as HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StateSpec, StateValues } from '../../logic/calculators/url-state';

export type UrlState = typeof import('../../logic/calculators/url-state');
export type LinkModule = typeof import('./link');

const loadLink = (): Promise<LinkModule> => import('./link');

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
  /** What the polite live region says: "Link copied." and the like. */
  readonly status: string;
  readonly copyButton: { current: HTMLButtonElement | null };
  /** The lazily loaded link module, once it is here; it draws the notice and the link field. */
  readonly ui: LinkModule | null;
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
  const [ui, setUi] = useState<LinkModule | null>(null);

  useEffect(() => {
    if (location.search === '') return;
    let live = true;
    loadLink()
      .then((link) => {
        if (!live) return;
        const read = link.readLink(latest.current);
        if (read.values) latest.current.apply(read.values);
        setUi(link);
        setNotices(read.notices);
      })
      .catch(() => {
        // Offline or blocked: the calculator keeps its usual figures, which is what it shows.
      });
    return () => {
      live = false;
    };
  }, []);

  return {
    notices,
    manualLink,
    status,
    copyButton,
    ui,
    dismiss: () => {
      setNotices([]);
      // The dismiss button disappears with the notice; keep the keyboard user nearby.
      copyButton.current?.focus();
    },
    copyLink: () => {
      loadLink()
        .then((module) => {
          setUi(module);
          return module.copyLink(latest.current);
        })
        .then(({ link, copied }) => {
          // Without a clipboard (an old browser, a denied permission) the link is shown instead.
          setManualLink(copied ? null : link);
          setStatus(
            copied ? 'Link copied.' : 'The link is in the field below: select it and copy it.',
          );
        })
        .catch(() => {
          setStatus('The link could not be made. Please try again.');
        });
    },
    resetAll: () => {
      latest.current.reset();
      setNotices([]);
      setManualLink(null);
      history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
      setStatus('Back to the starting figures.');
    },
  };
}
