/**
 * How a file writes its periods. A new vintage is written exactly as the file it follows: the
 * trade file writes months "2026-06", FRED-style files the first day "2026-06-01", the GDP file
 * quarters "2026-Q2", fiscal-year files the year's last day "2025-09-30". The style is read off
 * the file itself, so a new vintage keeps it without anyone saying which it is.
 */
import type { Frequency, Period } from '../period';

export type PeriodStyle =
  /** "2026-06" */
  | 'month'
  /** "2026-06-01", or "2026-04-01" for the second quarter */
  | 'first-day'
  /** "2026-Q2" */
  | 'dashed-quarter'
  /** "2026Q2" */
  | 'quarter'
  /** "2025" */
  | 'year'
  /** "FY2025" */
  | 'fiscal-key'
  /** "2025-09-30": the last day of the fiscal year */
  | 'last-day';

/** The style of a period cell as a file writes it, or undefined when none fits. */
export function periodStyleOf(cell: string, frequency: Frequency): PeriodStyle | undefined {
  const text = cell.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  switch (frequency) {
    case 'monthly':
      if (/^\d{4}-\d{2}$/.test(text)) return 'month';
      return day ? 'first-day' : undefined;
    case 'quarterly':
      if (/^\d{4}-Q[1-4]$/.test(text)) return 'dashed-quarter';
      if (/^\d{4}Q[1-4]$/.test(text)) return 'quarter';
      return day ? 'first-day' : undefined;
    case 'annual':
      return /^\d{4}$/.test(text) ? 'year' : undefined;
    case 'fiscal-year':
      if (/^FY\d{4}$/.test(text)) return 'fiscal-key';
      return day ? 'last-day' : undefined;
  }
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** A period written in a style. */
export function formatPeriod(period: Period, style: PeriodStyle): string {
  switch (style) {
    case 'month':
      return `${period.year}-${pad2(period.part)}`;
    case 'first-day': {
      const month = period.frequency === 'quarterly' ? period.part * 3 - 2 : period.part;
      return `${period.year}-${pad2(month)}-01`;
    }
    case 'dashed-quarter':
      return `${period.year}-Q${period.part}`;
    case 'quarter':
      return `${period.year}Q${period.part}`;
    case 'year':
      return String(period.year);
    case 'fiscal-key':
      return `FY${period.year}`;
    case 'last-day':
      // The federal fiscal year ended on June 30 until 1976 and on September 30 since 1977.
      return period.year <= 1976 ? `${period.year}-06-30` : `${period.year}-09-30`;
  }
}
