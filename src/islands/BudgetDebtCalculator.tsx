/**
 * The budget-and-debt calculator: a starting debt, yearly budget deficits and an interest rate
 * build the debt year by year (a stock made of flows); a trade deficit, typed beside them,
 * visibly changes nothing. All arithmetic is debtPath in src/logic; this only draws.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  debtPath,
  MAX_INTEREST_PERCENT,
  MAX_YEARS,
  MIN_INTEREST_PERCENT,
  type DebtPath,
} from '../logic/calculators/debt';
import type { StateSpec } from '../logic/calculators/url-state';
import { formatMoneyDetailed, parseMoney, roundTo } from '../logic/money';
import { parsePercent } from '../logic/percent';
import { formFieldOf } from '../logic/calculators/result';
import DebtChart from './budget/DebtChart';
import type { Sharing, UrlState } from './calculator/sharing';
import MoneyField from './MoneyField';
import { useLiveRegion } from './useLiveRegion';
import { CalculatorFooter } from './calculator/Footer';
import { PresetButtons, StaleNotice } from './calculator/Presets';

export interface BudgetDebtPreset {
  id: string;
  label: string;
  /** Millions of dollars. */
  startDebt: number;
  years: number;
  /** One deficit for every year, or one per year; millions, negative for a surplus. */
  deficits: number | readonly number[];
  interestPercent: number;
  /** Millions; the trade deficit as a positive number. */
  tradeDeficit: number;
  /** The label of the first year: 2021 shows "FY2021"; 1 shows "Year 1". */
  firstYear: number;
  /** Publisher, release and vintage of the figures used. */
  source: string;
  /** What the reader should know about the preset, such as which number is an assumption. */
  note: string;
}

export interface Props {
  idPrefix?: string;
  /**
   * The link code (URL state, "Copy link", "Reset"), given only on the calculator's own page
   * and its embed (see ./shareable/). Without it the calculator ignores the page's link.
   */
  sharing?: Sharing;
  presets: readonly BudgetDebtPreset[];
}

type Mode = 'one' | 'each';
type Key = 'sd' | 'n' | 'd' | 'r' | 'td';

interface Texts {
  sd: string;
  n: string;
  d: string;
  r: string;
  td: string;
  list: readonly string[];
}

/** The calculator's state, as a link carries it: money in millions, the rate in percent. */
interface Values {
  ds: number;
  dn: number;
  dm: Mode;
  dd: number;
  dl: readonly number[];
  dr: number;
  dt: number;
  dy: number;
}

const DEFAULT_RATE = 3;

const MODES: readonly (readonly [Mode, string])[] = [
  ['one', 'The same every year'],
  ['each', 'Year by year'],
];

function valuesFromPreset(preset: BudgetDebtPreset | undefined): Values {
  if (!preset) {
    return { ds: 0, dn: 10, dm: 'one', dd: 0, dl: [], dr: DEFAULT_RATE, dt: 0, dy: 1 };
  }
  const { deficits } = preset;
  return {
    ds: preset.startDebt,
    dn: preset.years,
    dm: typeof deficits === 'number' ? 'one' : 'each',
    dd: typeof deficits === 'number' ? deficits : (deficits[0] ?? 0),
    dl: typeof deficits === 'number' ? [] : deficits,
    dr: preset.interestPercent,
    dt: preset.tradeDeficit,
    dy: preset.firstYear,
  };
}

/** The link's fields; the defaults are the first preset, so its link is the bare page. */
function specFor(url: UrlState, start: Values) {
  return {
    ds: url.moneyField({ label: 'the starting debt', default: start.ds }),
    dn: url.countField({ label: 'the number of years', default: start.dn, min: 1, max: MAX_YEARS }),
    dm: url.choiceField({
      label: 'the kind of deficits',
      options: ['one', 'each'],
      default: start.dm,
    }),
    dd: url.moneyField({ label: 'the yearly budget deficit', default: start.dd }),
    dl: url.moneyListField({
      label: 'the deficits year by year',
      default: start.dl,
      maxItems: MAX_YEARS,
    }),
    dr: url.percentField({
      label: 'the interest rate',
      default: start.dr,
      min: MIN_INTEREST_PERCENT,
      max: MAX_INTEREST_PERCENT,
    }),
    dt: url.moneyField({ label: 'the trade deficit', default: start.dt }),
    dy: url.countField({ label: 'the first year', default: start.dy, min: 1, max: 9999 }),
  } satisfies StateSpec;
}

/** Millions as typed in billions, to every digit kept. */
const billions = (millions: number) => String(roundTo(millions / 1000, 4));

function textsFrom(values: Values): Texts {
  return {
    sd: billions(values.ds),
    n: String(values.dn),
    d: billions(values.dd),
    r: String(values.dr),
    td: billions(values.dt),
    list: values.dl.map(billions),
  };
}

const sameValues = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

const yearLabel = (year: number) => (year >= 1000 ? `FY${year}` : `Year ${year}`);

interface Computed {
  errors: Partial<Record<string, string>>;
  formError: string | null;
  result: DebtPath | null;
  values: Values | null;
}

function compute(mode: Mode, texts: Texts, firstYear: number): Computed {
  const errors: Partial<Record<string, string>> = {};
  const amount = (key: string, text: string) => {
    const parsed = parseMoney(text);
    if (parsed.ok) return parsed.millions;
    errors[key] = parsed.message;
    return 0;
  };
  const startDebt = amount('sd', texts.sd);
  // Years are a small whole number; "10" and "10 years" both work.
  const count = /^\s*(\d{1,9})\s*(?:years?)?\s*$/i.exec(texts.n);
  const years = Number(count?.[1] ?? 0);
  if (!count) errors['n'] = 'Enter the number of years as a whole number, such as 10.';
  else if (years < 1 || years > MAX_YEARS) errors['n'] = `Choose between 1 and ${MAX_YEARS} years.`;
  const deficit = amount('d', texts.d);
  const list =
    mode === 'each'
      ? Array.from({ length: years }, (_, index) =>
          amount(`l${index}`, texts.list[index] ?? texts.d),
        )
      : [];
  const rate = parsePercent(texts.r, { max: 1000 });
  if (!rate.ok) errors['r'] = rate.message;
  const trade = amount('td', texts.td);
  if (Object.keys(errors).length > 0)
    return { errors, formError: null, result: null, values: null };

  const interestPercent = rate.ok ? rate.percent : 0;
  const path = debtPath({
    startDebt,
    years,
    deficits: mode === 'each' ? list : deficit,
    interestPercent,
    tradeDeficit: trade,
    firstYear,
  });
  if (!path.ok) {
    const fieldKeys: Partial<Record<string, string>> = {
      startDebt: 'sd',
      years: 'n',
      interestPercent: 'r',
      deficits: 'd',
      tradeDeficit: 'td',
    };
    const key = formFieldOf(path.field, fieldKeys);
    if (key) errors[key] = path.message;
    return { errors, formError: key ? null : path.message, result: null, values: null };
  }
  return {
    errors,
    formError: null,
    result: path.value,
    values: {
      ds: startDebt,
      dn: years,
      dm: mode,
      dd: deficit,
      dl: list,
      dr: interestPercent,
      dt: trade,
      dy: firstYear,
    },
  };
}

function summary(result: DebtPath): string {
  const last = result.path[result.path.length - 1];
  const years = result.path.length;
  return `Over ${years} ${years === 1 ? 'year' : 'years'} the debt goes from ${formatMoneyDetailed(result.startDebt)} to ${formatMoneyDetailed(result.endDebt)}${last ? ` by the end of ${yearLabel(last.year)}` : ''}: ${formatMoneyDetailed(result.totalDeficits)} of budget deficits plus ${formatMoneyDetailed(result.totalInterest)} of interest. The trade deficit changes it by $0.`;
}

export default function BudgetDebtCalculator({ idPrefix = 'bd', sharing, presets }: Props) {
  const first = presets[0];
  const start = useMemo(() => valuesFromPreset(first), [first]);
  const [mode, setMode] = useState<Mode>(start.dm);
  const [texts, setTexts] = useState<Texts>(() => textsFrom(start));
  const [firstYear, setFirstYear] = useState(start.dy);
  const [presetId, setPresetId] = useState<string | null>(first?.id ?? null);
  const [lastGood, setLastGood] = useState<{ result: DebtPath; values: Values } | null>(null);

  const { errors, formError, result, values } = useMemo(
    () => compute(mode, texts, firstYear),
    [mode, texts, firstYear],
  );
  useEffect(() => {
    if (result && values) setLastGood({ result, values });
  }, [result, values]);
  const shown = result ?? lastGood?.result ?? null;
  const announcement = useLiveRegion(shown ? summary(shown) : '');
  const preset = presets.find((p) => p.id === presetId);

  const load = (next: Values) => {
    setMode(next.dm);
    setTexts(textsFrom(next));
    setFirstYear(next.dy);
    setPresetId(presets.find((p) => sameValues(valuesFromPreset(p), next))?.id ?? null);
  };
  // `sharing` is a prop that never changes while the island lives, so this hook is either
  // called on every render or on none, and the order of the hooks never changes.
  const share = sharing?.useShareable({
    spec: (url: UrlState) => specFor(url, start),
    current: () => values ?? lastGood?.values ?? {},
    apply: load,
    reset: () => {
      load(start);
    },
  });

  const update = (key: Key, text: string) => {
    setTexts((previous) => ({ ...previous, [key]: text }));
    setPresetId(null);
  };
  const updateYear = (index: number, text: string) => {
    setTexts((previous) => {
      const list = Array.from(
        { length: Math.max(previous.list.length, index + 1) },
        (_, i) => previous.list[i] ?? previous.d,
      );
      list[index] = text;
      return { ...previous, list };
    });
    setPresetId(null);
  };

  const yearCount = values?.dn ?? Math.min(Math.max(texts.list.length, 1), MAX_YEARS);
  const field = (key: Key, label: string, hint?: string) => (
    <MoneyField
      id={`${idPrefix}-${key}`}
      label={label}
      {...(hint ? { hintId: `${idPrefix}-${hint}` } : {})}
      value={texts[key]}
      error={errors[key] ?? null}
      onInput={(text) => {
        update(key, text);
      }}
    />
  );

  return (
    <div class="calculator" data-calculator="budget-and-debt">
      {sharing && share && <sharing.LinkNotice share={share} />}
      {presets.length > 0 && (
        <PresetButtons
          label="Real figures"
          presets={presets}
          selectedId={presetId}
          onSelect={(p) => {
            load(valuesFromPreset(p));
          }}
        />
      )}
      {preset && (
        <>
          <p class="calc-source">Source: {preset.source}</p>
          <p class="calc-source">{preset.note}</p>
        </>
      )}

      <p class="field-hint" id={`${idPrefix}-hint`}>
        Amounts in billions of dollars unless you write a unit: 36214.31, $36.2 trillion and
        36,214,310 million all work.
      </p>
      <div class="calc-fields">
        {field('sd', 'Debt at the start', 'hint')}
        {field('n', 'Number of years')}
        {field('r', 'Interest rate on the debt, % a year (an assumption)')}
      </div>

      <fieldset class="calc-mode">
        <legend>Budget deficit each year</legend>
        {MODES.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`${idPrefix}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setPresetId(null);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <p class="field-hint" id={`${idPrefix}-dhint`}>
        Before interest, in billions; a surplus is a negative deficit, such as −200.
      </p>
      {mode === 'one' ? (
        <div class="calc-fields">{field('d', 'Budget deficit every year', 'dhint')}</div>
      ) : (
        <div class="calc-fields calc-year-list">
          {Array.from({ length: yearCount }, (_, index) => (
            <MoneyField
              key={index}
              id={`${idPrefix}-l${index}`}
              label={`Deficit in ${yearLabel(firstYear + index)}`}
              hintId={`${idPrefix}-dhint`}
              value={texts.list[index] ?? texts.d}
              error={errors[`l${index}`] ?? null}
              onInput={(text) => {
                updateYear(index, text);
              }}
            />
          ))}
        </div>
      )}

      <div class="calc-fields calc-aside">
        {field('td', 'Trade deficit every year (for comparison)', 'hint')}
      </div>

      {formError && (
        <p class="field-error" role="alert">
          {formError}
        </p>
      )}
      {!result && lastGood && <StaleNotice />}

      {shown ? (
        <div class="calc-results">
          <dl>
            <div>
              <dt>Debt at the start</dt>
              <dd>{formatMoneyDetailed(shown.startDebt)}</dd>
            </div>
            <div class="calc-total">
              <dt>Debt at the end</dt>
              <dd>{formatMoneyDetailed(shown.endDebt)}</dd>
            </div>
            <div>
              <dt>Change from the trade deficit</dt>
              <dd>$0</dd>
            </div>
          </dl>
          <p class="calc-identity">
            End = start + budget deficits + interest: {formatMoneyDetailed(shown.endDebt)} ={' '}
            {formatMoneyDetailed(shown.startDebt)} + {formatMoneyDetailed(shown.totalDeficits)} +{' '}
            {formatMoneyDetailed(shown.totalInterest)}.
          </p>
          <p class="calc-trade">
            A trade deficit of {formatMoneyDetailed(shown.tradeDeficit)} a year leaves the debt at{' '}
            {formatMoneyDetailed(shown.endDebt)}. {shown.tradeDeficitReason}
          </p>
          <DebtChart
            columns={[
              { label: 'Start', debt: shown.startDebt },
              ...shown.path.map((row, index) => ({
                label: yearLabel(row.year),
                debt: row.debt,
                before: shown.path[index - 1]?.debt ?? shown.startDebt,
              })),
            ]}
            description={summary(shown)}
          />
          <div class="calc-table-wrap">
            <table class="calc-table">
              <caption>The debt path, year by year</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Budget deficit</th>
                  <th scope="col">Interest</th>
                  <th scope="col">Debt at the end</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Start</th>
                  <td />
                  <td />
                  <td>{formatMoneyDetailed(shown.startDebt)}</td>
                </tr>
                {shown.path.map((row) => (
                  <tr key={row.year}>
                    <th scope="row">{yearLabel(row.year)}</th>
                    <td>{formatMoneyDetailed(row.deficit)}</td>
                    <td>{formatMoneyDetailed(row.interest)}</td>
                    <td>{formatMoneyDetailed(row.debt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : (
        <p class="calc-empty">Fill in every field to see the debt path.</p>
      )}

      <CalculatorFooter
        sharing={sharing}
        share={share}
        idPrefix={idPrefix}
        announcement={announcement}
      />
    </div>
  );
}
