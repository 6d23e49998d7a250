import { describe, expect, it } from 'vitest';
import { toyCatalog, tradeMonthly, tradeMonthlyOld } from './catalog.testdata';

const middle = tradeMonthly([-60], [100], {
  id: 'toy-trade-2025-06',
  asOf: '2025-06-05',
  release: 'June 2025',
});

describe('Catalog', () => {
  it('finds a file by its id, and nothing for an unknown one', () => {
    const catalog = toyCatalog(tradeMonthly(), tradeMonthlyOld);
    expect(catalog.find('toy-trade-2025-03')?.release).toBe('March 2025');
    expect(catalog.find('toy-nothing')).toBeUndefined();
  });

  it('lists the vintages of a FRED series oldest first, whatever the order of the files', () => {
    const catalog = toyCatalog(tradeMonthly(), tradeMonthlyOld, middle);
    expect(catalog.vintagesOf('BOPGSTB').map((ref) => ref.entry.id)).toEqual([
      'toy-trade-2025-03',
      'toy-trade-2025-06',
      'toy-trade',
    ]);
  });

  it('orders a vintage dated to the day against one dated to the month', () => {
    // "2025-06-05" is after "2025-03" and before "2025-08".
    const catalog = toyCatalog(middle, tradeMonthly(), tradeMonthlyOld);
    expect(catalog.vintagesOf('BOPGSTB').map((ref) => ref.entry.asOf)).toEqual([
      '2025-03',
      '2025-06-05',
      '2025-08',
    ]);
  });

  it('gives the column that holds the series in each file', () => {
    const [newest] = toyCatalog(tradeMonthly()).vintagesOf('BOPTEXP');
    expect(newest?.column).toEqual({ name: 'BOPTEXP', unit: 'usd-millions', fred: 'BOPTEXP' });
  });

  it('takes the newest vintage as the one taken last, not the one listed last', () => {
    const catalog = toyCatalog(tradeMonthly(), tradeMonthlyOld);
    expect(catalog.newest('BOPGSTB')?.entry.id).toBe('toy-trade');
    // BOPTEXP is only in the newest file.
    expect(catalog.newest('BOPTEXP')?.entry.id).toBe('toy-trade');
  });

  it('has no vintage of a series no file holds', () => {
    const catalog = toyCatalog(tradeMonthly());
    expect(catalog.vintagesOf('GDP')).toEqual([]);
    expect(catalog.newest('GDP')).toBeUndefined();
  });
});
