/**
 * The budget-and-debt calculator: a starting debt, yearly budget deficits and an interest rate
 * build the debt year by year (a stock made of flows); a trade deficit, typed beside them,
 * visibly changes nothing. All arithmetic is debtPath in src/logic; this only draws.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { debtPath, MAX_YEARS, type DebtPath } from '../logic/calculators/debt';
import { parseCount } from '../logic/calculators/dollars';
import type { StateSpec, StateValues } from '../logic/calculators/url-state';
import { formatMoneyDetailed, parseMoney, roundTo } from '../logic/money';
import { parsePercent } from '../logic/percent';
import DebtChart from './budget/DebtChart';
import ShareButtons from './budget/ShareButtons';
import { useQueryState } from './budget/useQueryState';
import MoneyField from './MoneyField';
import { useLiveRegion } from './useLiveRegion';

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

const money = (label: string, fallback: number) =>
  ({
    kind: 'money',
    label,
    default: fallback,
    min: -1e9,
    max: 1e9,
    decimals: 4,
    maxLength: 64,
  }) as const;

function specFor(preset: BudgetDebtPreset | undefined) {
  const deficits = preset?.deficits ?? 0;
  const list = typeof deficits === 'number' ? [] : deficits;
  return {
    ds: money('the starting debt', preset?.startDebt ?? 0),
    dn: {
      kind: 'count',
      label: 'the number of years',
      default: preset?.years ?? 10,
      min: 1,
      max: MAX_YEARS,
      maxLength: 8,
    },
    dm: {
      kind: 'choice',
      label: 'the kind of deficits',
      options: ['one', 'each'],
      default: typeof deficits === 'number' ? 'one' : 'each',
      maxLength: 8,
    },
    dd: money('the yearly budget deficit', typeof deficits === 'number' ? deficits : 0),
    dl: {
      kind: 'money-list',
      label: 'the deficits year by year',
      default: list,
      min: -1e9,
      max: 1e9,
      decimals: 4,
      maxItems: MAX_YEARS,
      maxLength: MAX_YEARS * 24,
    },
    dr: {
      kind: 'percent',
      label: 'the interest rate',
      default: preset?.interestPercent ?? 3,
      min: -5,
      max: 50,
      decimals: 4,
      maxLength: 16,
    },
    dt: money('the trade deficit', preset?.tradeDeficit ?? 0),
    dy: {
      kind: 'count',
      label: 'the first year',
      default: preset?.firstYear ?? 1,
      min: 1,
      max: 9999,
      maxLength: 8,
    },
  } satisfies StateSpec;
}

type Spec = ReturnType<typeof specFor>;

/** Millions as typed in billions, to every digit kept. */
const billions = (millions: number) => String(roundTo(millions / 1000, 4));

function textsFrom(values: StateValues<Spec>): Texts {
  return {
    sd: billions(values.ds),
    n: String(values.dn),
    d: billions(values.dd),
    r: String(values.dr),
    td: billions(values.dt),
    list: values.dl.map(billions),
  };
}

function valuesFromPreset(preset: BudgetDebtPreset | undefined, spec: Spec): StateValues<Spec> {
  const base: StateValues<Spec> = {
    ds: spec.ds.default,
    dn: spec.dn.default,
    dm: spec.dm.default,
    dd: spec.dd.default,
    dl: spec.dl.default,
    dr: spec.dr.default,
    dt: spec.dt.default,
    dy: spec.dy.default,
  };
  if (!preset) return base;
  const each = typeof preset.deficits !== 'number';
  return {
    ds: preset.startDebt,
    dn: preset.years,
    dm: each ? 'each' : 'one',
    dd: typeof preset.deficits === 'number' ? preset.deficits : (preset.deficits[0] ?? 0),
    dl: typeof preset.deficits === 'number' ? [] : preset.deficits,
    dr: preset.interestPercent,
    dt: preset.tradeDeficit,
    dy: preset.firstYear,
  };
}

const yearLabel = (year: number) => (year >= 1000 ? `FY${year}` : `Year ${year}`);

interface Computed {
  errors: Partial<Record<string, string>>;
  formError: string | null;
  result: DebtPath | null;
  values: StateValues<Spec> | null;
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
  const count = parseCount(texts.n, MAX_YEARS);
  const years = count.ok ? count.count : 0;
  if (!count.ok) {
    errors['n'] = /at most/.test(count.message)
      ? `Choose between 1 and ${MAX_YEARS} years.`
      : 'Enter the number of years as a whole number, such as 10.';
  }
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
    const key = path.field === null ? undefined : fieldKeys[path.field];
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

export default function BudgetDebtCalculator({ idPrefix = 'bd', presets }: Props) {
  const first = presets[0];
  const spec = useMemo(() => specFor(first), [first]);
  const start = useMemo(() => valuesFromPreset(first, spec), [first, spec]);
  const [mode, setMode] = useState<Mode>(start.dm);
  const [texts, setTexts] = useState<Texts>(() => textsFrom(start));
  const [firstYear, setFirstYear] = useState(start.dy);
  const [presetId, setPresetId] = useState<string | null>(first?.id ?? null);
  const [lastGood, setLastGood] = useState<DebtPath | null>(null);

  const { errors, formError, result, values } = useMemo(
    () => compute(mode, texts, firstYear),
    [mode, texts, firstYear],
  );
  useEffect(() => {
    if (result) setLastGood(result);
  }, [result]);
  const shown = result ?? lastGood;
  const announcement = useLiveRegion(shown ? summary(shown) : '');
  const preset = presets.find((p) => p.id === presetId);

  const load = (next: StateValues<Spec>, id: string | null) => {
    setMode(next.dm === 'each' ? 'each' : 'one');
    setTexts(textsFrom(next));
    setFirstYear(next.dy);
    setPresetId(id);
  };
  const query = useQueryState(spec, values, (read) => {
    const same = presets.find((p) => {
      const candidate = valuesFromPreset(p, spec);
      return JSON.stringify(candidate) === JSON.stringify(read);
    });
    load(read, same?.id ?? null);
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
  const field = (key: Key, label: string, hint: string) => (
    <MoneyField
      id={`${idPrefix}-${key}`}
      label={label}
      hintId={hint}
      value={texts[key]}
      error={errors[key] ?? null}
      onInput={(text) => {
        update(key, text);
      }}
    />
  );

  return (
    <div class="calculator" data-calculator="budget-and-debt">
      {presets.length > 0 && (
        <div class="calc-presets" role="group" aria-label="Fill in real figures">
          <span class="calc-presets-label">Real figures:</span>
          {presets.map((p) => (
            <button
              type="button"
              class="button secondary"
              aria-pressed={presetId === p.id ? 'true' : 'false'}
              onClick={() => {
                load(valuesFromPreset(p, spec), p.id);
              }}
            >
              {p.label}
            </button>
          ))}
        </div>
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
        {field('sd', 'Debt at the start', `${idPrefix}-hint`)}
        <MoneyField
          id={`${idPrefix}-n`}
          label="Number of years"
          value={texts.n}
          error={errors['n'] ?? null}
          onInput={(text) => {
            update('n', text);
          }}
        />
        <MoneyField
          id={`${idPrefix}-r`}
          label="Interest rate on the debt, % a year (an assumption)"
          value={texts.r}
          error={errors['r'] ?? null}
          onInput={(text) => {
            update('r', text);
          }}
        />
      </div>

      <fieldset class="calc-mode">
        <legend>Budget deficit each year</legend>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            value="one"
            checked={mode === 'one'}
            onChange={() => {
              setMode('one');
              setPresetId(null);
            }}
          />{' '}
          The same every year
        </label>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            value="each"
            checked={mode === 'each'}
            onChange={() => {
              setMode('each');
              setPresetId(null);
            }}
          />{' '}
          Year by year
        </label>
      </fieldset>
      <p class="field-hint" id={`${idPrefix}-dhint`}>
        Before interest, in billions; a surplus is a negative deficit, such as −200.
      </p>
      {mode === 'one' ? (
        <div class="calc-fields">
          {field('d', 'Budget deficit every year', `${idPrefix}-dhint`)}
        </div>
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
        {field('td', 'Trade deficit every year (for comparison)', `${idPrefix}-hint`)}
      </div>

      {formError && (
        <p class="field-error" role="alert">
          {formError}
        </p>
      )}
      {!result && lastGood && (
        <p class="calc-stale" role="status">
          Showing the last result that worked. Fix the field marked in red to update it.
        </p>
      )}

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

      <ShareButtons
        notices={query.notices}
        onReset={() => {
          query.clearNotices();
          load(start, first?.id ?? null);
        }}
      />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
