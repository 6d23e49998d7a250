/**
 * A calculator's state in the page's query string, for the budget, tariff and saving
 * calculators. The reader and writer (src/logic/calculators/url-state.ts) are loaded only when
 * the island wakes, so they cost nothing on first paint; everything in a link is untrusted and is
 * read through the spec, and notices come back as plain text for the page to show.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StateSpec, StateValues } from '../../logic/calculators/url-state';

type UrlState = typeof import('../../logic/calculators/url-state');

export interface QueryState {
  /** Plain-text sentences about parameters that were set aside. */
  readonly notices: readonly string[];
  readonly clearNotices: () => void;
}

/**
 * Reads the calculator's parameters once, after hydration, and hands valid values to `apply`;
 * from then on keeps the query in step with `current` (null while an input is invalid, which
 * leaves the last good link in place). Parameters of other calculators on the page are kept.
 */
export function useQueryState<Spec extends StateSpec>(
  spec: Spec,
  current: StateValues<Spec> | null,
  apply: (values: StateValues<Spec>) => void,
): QueryState {
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [module, setModule] = useState<UrlState | null>(null);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(() => {
    let live = true;
    void import('../../logic/calculators/url-state').then((loaded) => {
      if (!live) return;
      const params = new URLSearchParams(location.search);
      if (Object.keys(spec).some((key) => params.has(key))) {
        const read = loaded.readState(spec, location.search);
        applyRef.current(read.values);
        setNotices(read.notices);
      }
      setModule(loaded);
    });
    return () => {
      live = false;
    };
  }, [spec]);

  const query = module && current ? module.writeState(spec, current) : null;
  useEffect(() => {
    if (query === null) return;
    const params = new URLSearchParams(location.search);
    for (const key of Object.keys(spec)) params.delete(key);
    for (const [key, value] of new URLSearchParams(query)) params.append(key, value);
    const search = params.toString();
    if (search === location.search.slice(1)) return;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
    );
  }, [query, spec]);

  return {
    notices,
    clearNotices: () => {
      setNotices([]);
    },
  };
}
