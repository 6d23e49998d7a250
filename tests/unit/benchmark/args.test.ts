import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/benchmark/args';

describe('parseBenchArgs', () => {
  it('defaults to three runs, a tenfold scale and three builds each, pages and scaling both', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 3,
      factor: 10,
      scaleBuilds: 3,
      scale: true,
      pages: true,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseBenchArgs(['--runs', '1', '--scale', '2', '--scale-builds', '5', '--no-scale', '-h']),
    ).toEqual({ runs: 1, factor: 2, scaleBuilds: 5, scale: false, pages: true, help: true });
    expect(parseBenchArgs(['--scale-only']).pages).toBe(false);
  });

  it.each([
    [['--runs', '0'], '--runs takes a whole number ≥ 1'],
    [['--runs', '1.5'], '--runs takes a whole number ≥ 1'],
    [['--scale', '1'], '--scale takes a whole number ≥ 2'],
    [['--scale-builds', 'x'], '--scale-builds takes a whole number ≥ 1'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it('refuses an option it does not know', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });
});
