/**
 * The series files the site holds, read and indexed: by id, and by the FRED series each column
 * holds, so "the newest vintage of BOPGSTB" is the file holding BOPGSTB that was taken last.
 * Pure: the build reads the files and hands their text and metadata in.
 */
import type { Frequency } from './period';
import type { SeriesTable } from './table';

export type ColumnUnit = 'usd-millions' | 'usd-billions' | 'percent';

export interface CatalogColumn {
  readonly name: string;
  readonly unit?: ColumnUnit;
  readonly fred?: string;
}

/** One series file with what the computations need of its metadata. */
export interface CatalogEntry {
  readonly id: string;
  /** The path of the CSV, for messages: "content/data/series/<file>". */
  readonly file: string;
  readonly frequency: Frequency;
  /** When the numbers were taken (YYYY-MM or YYYY-MM-DD); orders vintages of one FRED series. */
  readonly asOf?: string;
  /** The vintage in a few words: "August 2026". */
  readonly release: string;
  readonly columns: readonly CatalogColumn[];
  readonly table: SeriesTable;
}

/** A column of one file: what a computation reads. */
export interface ColumnRef {
  readonly entry: CatalogEntry;
  readonly column: CatalogColumn;
}

export class Catalog {
  readonly #byId: ReadonlyMap<string, CatalogEntry>;

  constructor(readonly entries: readonly CatalogEntry[]) {
    this.#byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  /** The file with this id, or undefined. */
  find(id: string): CatalogEntry | undefined {
    return this.#byId.get(id);
  }

  /** Every file's column holding FRED series `fred`, oldest vintage first. */
  vintagesOf(fred: string): ColumnRef[] {
    return this.entries
      .flatMap((entry) =>
        entry.columns.filter((column) => column.fred === fred).map((column) => ({ entry, column })),
      )
      .sort((a, b) => (a.entry.asOf ?? '').localeCompare(b.entry.asOf ?? ''));
  }

  /** The newest vintage of FRED series `fred`, or undefined when no file holds it. */
  newest(fred: string): ColumnRef | undefined {
    return this.vintagesOf(fred).at(-1);
  }
}
