/**
 * The real sharing, for the entries in ../shareable/: the hook and the two components of
 * ./useShareableState.ts and ./ShareControls.tsx in one `Sharing` object. Importing this module
 * is what puts the sharing code in a page's JavaScript, so only those entries do.
 */
import type { Sharing } from './sharing';
import { LinkNotice, ShareControls } from './ShareControls';
import { useShareableState } from './useShareableState';

export const sharing: Sharing = {
  useShareable: useShareableState,
  LinkNotice,
  ShareControls,
};
