/**
 * What a calculator needs to put its state in the page's link: the hook and the two bits of page
 * that go with it (the notice above the calculator, the "Copy link" and "Reset" buttons below).
 *
 * A calculator takes this as an optional prop instead of importing it, so the sharing code is
 * only downloaded where it is wanted: on a calculator's own page and its embed, which hydrate the
 * entries in ../shareable/ (they pass ./sharing-impl.ts). Inside a lesson the calculator gets no
 * `sharing`: several calculators there would compete for one page link, and the lesson's
 * JavaScript budget has no room for it. This module holds types only.
 */
import type { FunctionComponent } from 'preact';
import type { StateSpec } from '../../logic/calculators/url-state';
import type { Shareable, ShareableOptions } from './useShareableState';

export type { Shareable, ShareableOptions, UrlState } from './useShareableState';

export interface Sharing {
  /**
   * A Preact hook (./useShareableState.ts). A calculator calls it on every render when it has
   * `sharing`, and never when it has not; the prop stays the same for the island's lifetime.
   */
  readonly useShareable: <Spec extends StateSpec>(options: ShareableOptions<Spec>) => Shareable;
  /** The notice about a link's values that could not be used, drawn above the calculator. */
  readonly LinkNotice: FunctionComponent<{ share: Shareable }>;
  /** The "Copy link" and "Reset" buttons and their live region, drawn below the calculator. */
  readonly ShareControls: FunctionComponent<{ share: Shareable; idPrefix: string }>;
}
