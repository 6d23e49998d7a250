/** The first id that appears twice in `ids`, or null: the check behind "ids must be unique". */
export function firstRepeated(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}
