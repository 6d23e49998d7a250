/** The outcome of a step that can fail with a sentence a maintainer can act on. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const failure = (problem: string): { readonly ok: false; readonly problem: string } => ({
  ok: false,
  problem,
});
