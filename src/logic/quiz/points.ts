/** Points as readers read them: "1 point", "2.5 points", "0.5 points". */
export function formatPoints(points: number): string {
  const text = Number.isInteger(points) ? String(points) : points.toFixed(1).replace(/\.0$/, '');
  return `${text} ${points === 1 ? 'point' : 'points'}`;
}

/** "1 answer", "2 answers": for counts in feedback sentences. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
