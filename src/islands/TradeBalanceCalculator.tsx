/**
 * The trade-balance calculator: goods and services, exports and imports in; goods, services and
 * total balances out, with a small bar chart. All arithmetic is in src/logic; this only draws.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  balanceKind,
  describeBalance,
  goodsAndServicesBalances,
  sumMillions,
} from '../logic/balance';
import { formatMoneyDetailed, parseMoney, roundTo } from '../logic/money';
import { formatPercent } from '../logic/percent';
import BalanceBars from './BalanceBars';
import type { Sharing, UrlState } from './calculator/sharing';
import MoneyField from './MoneyField';
import { useLiveRegion } from './useLiveRegion';
import { CalculatorFooter } from './calculator/Footer';
import { PresetButtons, StaleNotice } from './calculator/Presets';

export type FlowField = 'gx' | 'gm' | 'sx' | 'sm';
export type BalanceField = 'gb' | 'sb';
export type Mode = 'flows' | 'balances';

export interface TradeBalancePreset {
  id: string;
  label: string;
  mode: Mode;
  /** Amounts in millions, by field. */
  values: Partial<Record<FlowField | BalanceField, number>>;
  /** Publisher, release and vintage, shown under the buttons when the preset is in use. */
  source: string;
}

export interface Props {
  /** Makes the ids unique when the calculator appears twice on one page. */
  idPrefix?: string;
  /**
   * The link code (URL state, "Copy link", "Reset"), given only on the calculator's own page
   * and its embed (see ./shareable/). Without it the calculator ignores the page's link.
   */
  sharing?: Sharing;
  presets: readonly TradeBalancePreset[];
}

const FLOW_FIELDS: readonly { key: FlowField; label: string }[] = [
  { key: 'gx', label: 'Goods exports' },
  { key: 'gm', label: 'Goods imports' },
  { key: 'sx', label: 'Services exports' },
  { key: 'sm', label: 'Services imports' },
];

const BALANCE_FIELDS: readonly { key: BalanceField; label: string }[] = [
  { key: 'gb', label: 'Goods balance' },
  { key: 'sb', label: 'Services balance' },
];

type Texts = Record<FlowField | BalanceField, string>;

/** Writes a preset amount in billions, to every published digit, so the result matches the release. */
function asTyped(millions: number | undefined): string {
  if (millions === undefined) return '';
  return String(roundTo(millions / 1000, 4));
}

/**
 * Every field's amount for a preset. A preset of flows also fills in the balances they give,
 * so switching to "balances" keeps showing the same figures.
 */
function valuesFor(
  preset: TradeBalancePreset | undefined,
): Record<keyof Texts, number | undefined> {
  const { gx, gm, sx, sm, gb, sb } = preset?.values ?? {};
  const difference = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : sumMillions(a, -b);
  return { gx, gm, sx, sm, gb: gb ?? difference(gx, gm), sb: sb ?? difference(sx, sm) };
}

function textsFor(values: Partial<Record<keyof Texts, number | undefined>>): Texts {
  return {
    gx: asTyped(values.gx),
    gm: asTyped(values.gm),
    sx: asTyped(values.sx),
    sm: asTyped(values.sm),
    gb: asTyped(values.gb),
    sb: asTyped(values.sb),
  };
}

const isBalance = (key: keyof Texts) => key === 'gb' || key === 'sb';

/** The link's fields; the defaults are the first preset (U.S. 2024). */
function linkSpec(url: UrlState, preset: TradeBalancePreset | undefined) {
  const defaults = valuesFor(preset);
  const flow = (label: string, value: number | undefined) =>
    url.moneyField({ label, default: value ?? 0, min: 0 });
  const balance = (label: string, value: number | undefined) =>
    url.moneyField({ label, default: value ?? 0 });
  return {
    mode: url.choiceField({
      label: 'what you know',
      options: ['flows', 'balances'],
      default: preset?.mode ?? 'flows',
    }),
    gx: flow('goods exports', defaults.gx),
    gm: flow('goods imports', defaults.gm),
    sx: flow('services exports', defaults.sx),
    sm: flow('services imports', defaults.sm),
    gb: balance('the goods balance', defaults.gb),
    sb: balance('the services balance', defaults.sb),
  };
}

interface Result {
  goods: number;
  services: number;
  total: number;
  offsetShare: number | null;
}

function compute(
  mode: Mode,
  texts: Texts,
): { errors: Partial<Record<keyof Texts, string>>; result: Result | null } {
  const errors: Partial<Record<keyof Texts, string>> = {};
  const values: Partial<Record<keyof Texts, number>> = {};
  const keys: readonly (keyof Texts)[] = mode === 'flows' ? ['gx', 'gm', 'sx', 'sm'] : ['gb', 'sb'];
  for (const key of keys) {
    // Exports and imports are never negative; a balance often is.
    const parsed = parseMoney(texts[key], { allowNegative: isBalance(key) });
    if (parsed.ok) values[key] = parsed.millions;
    else errors[key] = parsed.message;
  }
  if (Object.keys(errors).length > 0) return { errors, result: null };
  if (mode === 'flows') {
    const r = goodsAndServicesBalances({
      goods: { exports: values.gx ?? 0, imports: values.gm ?? 0 },
      services: { exports: values.sx ?? 0, imports: values.sm ?? 0 },
    });
    return {
      errors,
      result: {
        goods: r.goods,
        services: r.services,
        total: r.total,
        offsetShare: r.servicesOffsetShare,
      },
    };
  }
  const goods = values.gb ?? 0;
  const services = values.sb ?? 0;
  const offsetShare = goods < 0 && services > 0 ? Math.min(1, services / -goods) : null;
  return { errors, result: { goods, services, total: sumMillions(goods, services), offsetShare } };
}

function summary(result: Result): string {
  return `Goods: ${describeBalance(result.goods)}. Services: ${describeBalance(result.services)}. Total: ${describeBalance(result.total)}.`;
}

export default function TradeBalanceCalculator({ idPrefix = 'tb', sharing, presets }: Props) {
  const first = presets[0];
  const [mode, setMode] = useState<Mode>(first?.mode ?? 'flows');
  const [texts, setTexts] = useState<Texts>(() => textsFor(valuesFor(first)));
  const [presetId, setPresetId] = useState<string | null>(first?.id ?? null);
  const [lastGood, setLastGood] = useState<Result | null>(null);

  const { errors, result } = useMemo(() => compute(mode, texts), [mode, texts]);
  useEffect(() => {
    if (result) setLastGood(result);
  }, [result]);
  const shown = result ?? lastGood;
  const announcement = useLiveRegion(shown ? summary(shown) : '');
  const preset = presets.find((p) => p.id === presetId);

  const update = (key: keyof Texts, text: string) => {
    setTexts((previous) => ({ ...previous, [key]: text }));
    setPresetId(null);
  };

  const applyPreset = (chosen: TradeBalancePreset) => {
    setMode(chosen.mode);
    setTexts(textsFor(valuesFor(chosen)));
    setPresetId(chosen.id);
  };

  // `sharing` is a prop that never changes while the island lives, so this hook is either
  // called on every render or on none, and the order of the hooks never changes.
  const share = sharing?.useShareable({
    spec: (url) => linkSpec(url, first),
    current: () => {
      const values: Partial<Record<keyof Texts, number>> = {};
      for (const key of ['gx', 'gm', 'sx', 'sm', 'gb', 'sb'] as const) {
        const parsed = parseMoney(texts[key], { allowNegative: isBalance(key) });
        if (parsed.ok) values[key] = parsed.millions;
      }
      return { mode, ...values };
    },
    apply: (values) => {
      setMode(values.mode === 'balances' ? 'balances' : 'flows');
      setTexts(textsFor(values));
      setPresetId(null);
    },
    reset: () => {
      if (first) applyPreset(first);
    },
  });

  const fields = mode === 'flows' ? FLOW_FIELDS : BALANCE_FIELDS;

  return (
    <div class="calculator" data-calculator="trade-balance">
      {sharing && share && <sharing.LinkNotice share={share} />}
      <fieldset class="calc-mode">
        <legend>What do you know?</legend>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            value="flows"
            checked={mode === 'flows'}
            onChange={() => {
              setMode('flows');
            }}
          />{' '}
          Exports and imports
        </label>
        <label>
          <input
            type="radio"
            name={`${idPrefix}-mode`}
            value="balances"
            checked={mode === 'balances'}
            onChange={() => {
              setMode('balances');
            }}
          />{' '}
          Goods and services balances
        </label>
      </fieldset>

      {presets.length > 0 && (
        <PresetButtons
          label="Real figures"
          presets={presets}
          selectedId={presetId}
          onSelect={(p) => {
            applyPreset(p);
          }}
        />
      )}
      {preset && <p class="calc-source">Source: {preset.source}</p>}

      <p class="field-hint" id={`${idPrefix}-hint`}>
        {mode === 'flows'
          ? 'In billions of dollars unless you write a unit: 150, $150 billion, 0.15 trillion and 150,000 million all mean the same amount.'
          : 'In billions of dollars; write a deficit as a negative number, such as −147 or ($147 billion).'}
      </p>
      <div class="calc-fields">
        {fields.map((field) => (
          <MoneyField
            key={field.key}
            id={`${idPrefix}-${field.key}`}
            label={field.label}
            hintId={`${idPrefix}-hint`}
            value={texts[field.key]}
            error={errors[field.key] ?? null}
            onInput={(text) => {
              update(field.key, text);
            }}
          />
        ))}
      </div>

      {!result && lastGood && <StaleNotice />}

      {shown ? (
        <div class="calc-results">
          <dl>
            <div>
              <dt>Goods balance</dt>
              <dd class={balanceKind(shown.goods)}>
                {formatMoneyDetailed(shown.goods)}{' '}
                <span class="calc-kind">({balanceKind(shown.goods)})</span>
              </dd>
            </div>
            <div>
              <dt>Services balance</dt>
              <dd class={balanceKind(shown.services)}>
                {formatMoneyDetailed(shown.services)}{' '}
                <span class="calc-kind">({balanceKind(shown.services)})</span>
              </dd>
            </div>
            <div class="calc-total">
              <dt>Total trade balance</dt>
              <dd class={balanceKind(shown.total)}>
                {formatMoneyDetailed(shown.total)}{' '}
                <span class="calc-kind">({balanceKind(shown.total)})</span>
              </dd>
            </div>
          </dl>
          {shown.offsetShare !== null && (
            <p>
              The services surplus offsets {formatPercent(shown.offsetShare * 100)} of the goods
              deficit.
            </p>
          )}
          <BalanceBars
            title="Balances compared"
            bars={[
              { label: 'Goods', value: shown.goods },
              { label: 'Services', value: shown.services },
              { label: 'Total', value: shown.total },
            ]}
            description={summary(shown)}
          />
        </div>
      ) : (
        <p class="calc-empty">Fill in every field to see the balances.</p>
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
