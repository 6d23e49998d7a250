/**
 * Names and words for a new vintage: its id (the old one with the new span and vintage month),
 * its title (the old one with the new last period in words), and the "release" and "vintage"
 * phrases pages borrow ("in the October 2026 data").
 */
import { MONTH_NAMES, periodLabel, type Period } from '../period';

/** How a period is written inside a file name: 2026-06, 2026q2, 2025 (fy2025 when it starts). */
function idToken(period: Period, starts: boolean): string {
  switch (period.frequency) {
    case 'monthly':
      return period.key;
    case 'quarterly':
      return period.key.toLowerCase();
    case 'annual':
      return String(period.year);
    case 'fiscal-year':
      return starts ? `fy${period.year}` : String(period.year);
  }
}

const VINTAGE_PART = /-vintage-\d{4}-\d{2}(?:-\d{2})?/;

/**
 * The id of a new vintage: `…-1992-01-to-2026-06-vintage-2026-08` becomes
 * `…-1992-01-to-2026-08-vintage-2026-10`. An id without a span keeps none; one without a
 * `-vintage-` part gets one. `vintage` is "YYYY-MM" (or "YYYY-MM-DD" when the month is taken).
 */
export function vintageId(
  templateId: string,
  span: { readonly start: Period; readonly end: Period },
  newEnd: Period,
  vintage: string,
): string {
  const start = idToken(span.start, true);
  const oldEnd = idToken(span.end, false);
  const nextEnd = idToken(newEnd, false);
  let id = templateId;
  for (const joint of ['-to-', '-']) {
    const written = `${start}${joint}${oldEnd}`;
    const at = id.lastIndexOf(written);
    if (at >= 0) {
      id = `${id.slice(0, at)}${start}${joint}${nextEnd}${id.slice(at + written.length)}`;
      break;
    }
  }
  return VINTAGE_PART.test(id)
    ? id.replace(VINTAGE_PART, `-vintage-${vintage}`)
    : `${id}-vintage-${vintage}`;
}

/** "1992 to June 2026" becomes "1992 to August 2026"; "1970–2025" becomes "1970–2026". */
export function retitle(title: string, oldEnd: Period, newEnd: Period): string {
  const replaceLast = (text: string, from: string, to: string) => {
    const at = text.lastIndexOf(from);
    return at < 0 ? undefined : `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
  };
  return (
    replaceLast(title, periodLabel(oldEnd), periodLabel(newEnd)) ??
    replaceLast(title, `–${oldEnd.year}`, `–${newEnd.year}`) ??
    replaceLast(title, ` to ${oldEnd.year}`, ` to ${newEnd.year}`) ??
    title
  );
}

/** A title for a past vintage: "U.S. … by month, as published on 15 June 2025". */
export function vintageTitle(title: string, vintageDate: string): string {
  // Drop the old title's own vintage words (", after the June 2025 annual revision").
  const comma = title.lastIndexOf(', ');
  const stem = comma >= 0 && /\d{4}/.test(title.slice(comma)) ? title.slice(0, comma) : title;
  return `${stem}, as published on ${dayWords(vintageDate)}`;
}

function dateParts(day: string): { year: string; month: string; date: number } {
  const [year = '', month = '', date = ''] = day.split('-');
  return { year, month: MONTH_NAMES[Number(month) - 1] ?? month, date: Number(date) };
}

/** "2026-10-20" → "20 October 2026". */
export function dayWords(day: string): string {
  const { year, month, date } = dateParts(day);
  return `${date} ${month} ${year}`;
}

/** "2026-10-20" → "October 2026", the vintage in the words pages use. */
export function releaseWords(day: string): string {
  const { year, month } = dateParts(day);
  return `${month} ${year}`;
}
