/**
 * The tariff calculator: an import's price, the tariff rate and the share of the tariff passed on
 * to buyers → the price the buyer pays, what the importer absorbs and the revenue on a volume.
 * All arithmetic is tariffEffect in src/logic; this only draws.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDollars, parseCount, parseDollars } from '../logic/calculators/dollars';
import { MAX_TARIFF_PERCENT, tariffEffect, type TariffResult } from '../logic/calculators/tariff';
import type { StateSpec } from '../logic/calculators/url-state';
import { formatMoneyDetailed } from '../logic/money';
import { formatPercent, parsePercent } from '../logic/percent';
import { formFieldOf } from '../logic/calculators/result';
import type { Sharing, UrlState } from './calculator/sharing';
import MoneyField from './MoneyField';
import PriceSplit from './tariff/PriceSplit';
import { useLiveRegion } from './useLiveRegion';
import { CalculatorFooter } from './calculator/Footer';
import { PresetButtons, StaleNotice } from './calculator/Presets';

export interface TariffRatePreset {
  id: string;
  label: string;
  ratePercent: number;
  /** Publisher, release and vintage. */
  source: string;
}

export interface Props {
  idPrefix?: string;
  /**
   * The link code (URL state, "Copy link", "Reset"), given only on the calculator's own page
   * and its embed (see ./shareable/). Without it the calculator ignores the page's link.
   */
  sharing?: Sharing;
  presets: readonly TariffRatePreset[];
  /**
   * What the simple model leaves out (TARIFF_MODEL_LEAVES_OUT), passed in by the wrapper so the
   * sentences travel in the page's HTML rather than in the island's JavaScript.
   */
  leavesOut: readonly string[];
}

type Key = 'p' | 'r' | 's' | 'v';
type Texts = Record<Key, string>;

/** The calculator's state, as a link carries it; the price is in whole cents. */
interface Values {
  tp: number;
  tr: number;
  ts: number;
  tv: number;
}

function specFor(url: UrlState, start: Values) {
  return {
    tp: url.countField({ label: 'the price per unit, in cents', default: start.tp }),
    tr: url.percentField({ label: 'the tariff rate', default: start.tr, max: MAX_TARIFF_PERCENT }),
    ts: url.percentField({ label: 'the share passed on', default: start.ts }),
    tv: url.countField({ label: 'the number of units', default: start.tv }),
  } satisfies StateSpec;
}

function textsFrom(values: Values): Texts {
  return {
    p: String(values.tp / 100),
    r: String(values.tr),
    s: String(values.ts),
    v: values.tv.toLocaleString('en-US'),
  };
}

interface Computed {
  errors: Partial<Record<Key, string>>;
  result: TariffResult | null;
  values: Values | null;
}

function compute(texts: Texts): Computed {
  const errors: Partial<Record<Key, string>> = {};
  const price = parseDollars(texts.p);
  if (!price.ok) errors.p = price.message;
  const rate = parsePercent(texts.r, { allowNegative: false, max: MAX_TARIFF_PERCENT });
  if (!rate.ok) errors.r = rate.message;
  const share = parsePercent(texts.s, { allowNegative: false, max: 100 });
  if (!share.ok) errors.s = share.message;
  const volume = parseCount(texts.v);
  if (!volume.ok) errors.v = volume.message;
  if (!price.ok || !rate.ok || !share.ok || !volume.ok) {
    return { errors, result: null, values: null };
  }
  const effect = tariffEffect({
    pricePerUnit: price.dollars,
    ratePercent: rate.percent,
    passThroughPercent: share.percent,
    volume: volume.count,
  });
  if (!effect.ok) {
    const keys: Partial<Record<string, Key>> = {
      pricePerUnit: 'p',
      ratePercent: 'r',
      passThroughPercent: 's',
      volume: 'v',
    };
    errors[formFieldOf(effect.field, keys) ?? 'p'] = effect.message;
    return { errors, result: null, values: null };
  }
  return {
    errors,
    result: effect.value,
    values: {
      tp: Math.round(price.dollars * 100),
      tr: rate.percent,
      ts: share.percent,
      tv: volume.count,
    },
  };
}

/** Revenue below a million in dollars ("$25,000"), above it as the news writes it. */
const revenueText = (result: TariffResult) =>
  result.revenueDollars < 1e6
    ? formatDollars(result.revenueDollars)
    : formatMoneyDetailed(result.revenueMillions);

interface Shown {
  result: TariffResult;
  price: number;
  volume: number;
  values: Values;
}

function summary({ result, price, volume }: Shown): string {
  return `On a ${formatDollars(price)} import, the tariff is ${formatDollars(result.tariffPerUnit)} a unit. The buyer pays ${formatDollars(result.priceToBuyer)} (${formatDollars(result.passedOnPerUnit)} of the tariff passed on); the importer absorbs ${formatDollars(result.absorbedPerUnit)}. On ${volume.toLocaleString('en-US')} units the government collects ${revenueText(result)}.`;
}

export default function TariffCalculator({ idPrefix = 'tf', sharing, presets, leavesOut }: Props) {
  const first = presets[0];
  const start = useMemo<Values>(
    () => ({ tp: 10_000, tr: first?.ratePercent ?? 25, ts: 100, tv: 1000 }),
    [first],
  );
  const [texts, setTexts] = useState<Texts>(() => textsFrom(start));
  const [presetId, setPresetId] = useState<string | null>(first?.id ?? null);
  const [lastGood, setLastGood] = useState<Shown | null>(null);

  const { errors, result, values } = useMemo(() => compute(texts), [texts]);
  const current: Shown | null =
    result && values ? { result, price: values.tp / 100, volume: values.tv, values } : null;
  useEffect(() => {
    if (current) setLastGood(current);
    // The result object is new exactly when the inputs changed, and current is made from it.
  }, [result]);
  const shown = current ?? lastGood;
  const announcement = useLiveRegion(shown ? summary(shown) : '');
  const preset = presets.find((p) => p.id === presetId);

  const load = (next: Values) => {
    setTexts(textsFrom(next));
    setPresetId(presets.find((p) => p.ratePercent === next.tr)?.id ?? null);
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
    if (key === 'r') setPresetId(null);
  };

  const fields: readonly { key: Key; label: string; hint: string }[] = [
    { key: 'p', label: 'Import price per unit', hint: 'In dollars: 100, $19.99 or $1.2k.' },
    { key: 'r', label: 'Tariff rate, %', hint: 'A percent of the price, such as 25 or 145%.' },
    {
      key: 's',
      label: 'Share of the tariff passed on to buyers, %',
      hint: '100 if buyers pay all of it, 0 if the importer absorbs it all.',
    },
    { key: 'v', label: 'Units imported', hint: 'A whole number, such as 1,000 or 2.5 million.' },
  ];

  return (
    <div class="calculator" data-calculator="tariff">
      {sharing && share && <sharing.LinkNotice share={share} />}
      {presets.length > 0 && (
        <PresetButtons
          label="Rates from 2025"
          presets={presets}
          selectedId={presetId}
          onSelect={(p) => {
            setTexts((previous) => ({ ...previous, r: String(p.ratePercent) }));
            setPresetId(p.id);
          }}
        />
      )}
      {preset && <p class="calc-source">Source: {preset.source}</p>}

      <div class="calc-fields">
        {fields.map((field) => (
          <div key={field.key}>
            <MoneyField
              id={`${idPrefix}-${field.key}`}
              label={field.label}
              hintId={`${idPrefix}-${field.key}-hint`}
              value={texts[field.key]}
              error={errors[field.key] ?? null}
              onInput={(text) => {
                update(field.key, text);
              }}
            />
            <p class="field-hint" id={`${idPrefix}-${field.key}-hint`}>
              {field.hint}
            </p>
          </div>
        ))}
      </div>

      {!current && lastGood && <StaleNotice />}

      {shown ? (
        <div class="calc-results">
          <dl>
            <div>
              <dt>Tariff per unit</dt>
              <dd>{formatDollars(shown.result.tariffPerUnit)}</dd>
            </div>
            <div class="calc-total">
              <dt>Price to the buyer</dt>
              <dd>
                {formatDollars(shown.result.priceToBuyer)}{' '}
                <span class="calc-kind">
                  (up {formatPercent(shown.result.buyerPriceIncreasePercent)})
                </span>
              </dd>
            </div>
            <div>
              <dt>Absorbed by the importer, per unit</dt>
              <dd>{formatDollars(shown.result.absorbedPerUnit)}</dd>
            </div>
            <div>
              <dt>Tariff revenue on {shown.volume.toLocaleString('en-US')} units</dt>
              <dd>{revenueText(shown.result)}</dd>
            </div>
          </dl>
          <PriceSplit
            price={shown.price}
            passedOn={shown.result.passedOnPerUnit}
            absorbed={shown.result.absorbedPerUnit}
            description={summary(shown)}
          />
          <p class="calc-sentence">{summary(shown)}</p>
        </div>
      ) : (
        <p class="calc-empty">Fill in every field to see the effect of the tariff.</p>
      )}

      <div class="calc-note">
        <p>What this simple model leaves out:</p>
        <ul>
          {leavesOut.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>

      <CalculatorFooter
        sharing={sharing}
        share={share}
        idPrefix={idPrefix}
        announcement={announcement}
      />
    </div>
  );
}
