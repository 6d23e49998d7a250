/**
 * Where FRED and ALFRED serve a series as CSV. FRED's graph download needs no key; ALFRED (its
 * archive) serves the series as it stood on a past day. The bases can be replaced (a test's local
 * server, a mirror), but provenance always records the official address.
 */

export const FRED_BASE = 'https://fred.stlouisfed.org';
export const ALFRED_BASE = 'https://alfred.stlouisfed.org';

const trimSlash = (base: string) => base.replace(/\/+$/, '');

/** The CSV of FRED series `id` as it is today. */
export function fredCsvUrl(id: string, base: string = FRED_BASE): string {
  return `${trimSlash(base)}/graph/fredgraph.csv?id=${encodeURIComponent(id)}`;
}

/** The CSV of FRED series `id` as it was published on `vintageDate` (YYYY-MM-DD), from ALFRED. */
export function alfredCsvUrl(id: string, vintageDate: string, base: string = ALFRED_BASE): string {
  return `${trimSlash(base)}/graph/alfredgraph.csv?id=${encodeURIComponent(id)}&vintage_date=${vintageDate}`;
}

/** ALFRED names its value column after the series and the vintage: BOPGSTB_20250615. */
export function alfredColumnName(id: string, vintageDate: string): string {
  return `${id}_${vintageDate.replaceAll('-', '')}`;
}

/** A FRED series id as FRED writes it: capitals and digits. */
export const FRED_ID = /^[A-Z0-9]+$/;
