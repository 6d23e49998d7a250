/**
 * The saving-and-investment calculator: private saving, investment, tax revenue and government
 * spending → public saving, national saving and net exports, the accounting identity that links
 * the budget balance to the trade balance. All arithmetic is savingInvestment in src/logic.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  IDENTITY_IS_NOT_A_CAUSE,
  savingInvestment,
  type SavingInvestmentResult,
} from '../logic/calculators/saving-investment';
import type { StateSpec } from '../logic/calculators/url-state';
import { formatMoneyDetailed, parseMoney, roundTo } from '../logic/money';
import { formFieldOf } from '../logic/calculators/result';
import type { Sharing, UrlState } from './calculator/sharing';
import MoneyField from './MoneyField';
import SavingBars from './saving/SavingBars';
import { useLiveRegion } from './useLiveRegion';
import { CalculatorFooter } from './calculator/Footer';
import { PresetButtons, StaleNotice } from './calculator/Presets';

export interface Props {
  idPrefix?: string;
  /**
   * The link code (URL state, "Copy link", "Reset"), given only on the calculator's own page
   * and its embed (see ./shareable/). Without it the calculator ignores the page's link.
   */
  sharing?: Sharing;
}

type Key = 'sp' | 'si' | 'st' | 'sg';
type Texts = Record<Key, string>;

/** Made-up countries, in millions of dollars: no real figures for these exist in our data. */
const PRESETS: readonly { id: string; label: string; values: Record<Key, number> }[] = [
  {
    id: 'saver',
    label: 'A country that saves more than it invests',
    values: { sp: 1_000_000, si: 800_000, st: 500_000, sg: 520_000 },
  },
  {
    id: 'big-deficit',
    label: 'A country with a big budget deficit',
    values: { sp: 900_000, si: 1_000_000, st: 700_000, sg: 1_000_000 },
  },
];

const START = PRESETS[0]?.values ?? { sp: 0, si: 0, st: 0, sg: 0 };

/** The link's fields; the defaults are the first example, so its link is the bare page. */
const specFor = (url: UrlState) =>
  ({
    sp: url.moneyField({ label: 'private saving', default: START.sp }),
    si: url.moneyField({ label: 'investment', default: START.si }),
    st: url.moneyField({ label: 'tax revenue', default: START.st, min: 0 }),
    sg: url.moneyField({ label: 'government spending', default: START.sg, min: 0 }),
  }) satisfies StateSpec;

const FIELDS: readonly { key: Key; label: string }[] = [
  { key: 'sp', label: 'Private saving (households and businesses)' },
  { key: 'si', label: 'Investment (buildings, equipment, homes)' },
  { key: 'st', label: 'Tax revenue (T)' },
  { key: 'sg', label: 'Government spending (G)' },
];

const billions = (millions: number) => String(roundTo(millions / 1000, 4));

function textsFrom(values: Record<Key, number>): Texts {
  return {
    sp: billions(values.sp),
    si: billions(values.si),
    st: billions(values.st),
    sg: billions(values.sg),
  };
}

interface Shown {
  input: Record<Key, number>;
  result: SavingInvestmentResult;
}

function compute(texts: Texts): {
  errors: Partial<Record<Key, string>>;
  shown: Shown | null;
} {
  const errors: Partial<Record<Key, string>> = {};
  const read = (key: Key, allowNegative: boolean) => {
    const parsed = parseMoney(texts[key], { allowNegative });
    if (parsed.ok) return parsed.millions;
    errors[key] = parsed.message;
    return 0;
  };
  const input = {
    sp: read('sp', true),
    si: read('si', true),
    st: read('st', false),
    sg: read('sg', false),
  };
  if (Object.keys(errors).length > 0) return { errors, shown: null };
  const result = savingInvestment({
    privateSaving: input.sp,
    investment: input.si,
    taxRevenue: input.st,
    governmentSpending: input.sg,
  });
  if (!result.ok) {
    const keys: Partial<Record<string, Key>> = {
      privateSaving: 'sp',
      investment: 'si',
      taxRevenue: 'st',
      governmentSpending: 'sg',
    };
    errors[formFieldOf(result.field, keys) ?? 'sp'] = result.message;
    return { errors, shown: null };
  }
  return { errors, shown: { input, result: result.value } };
}

const m = formatMoneyDetailed;

function summary({ result }: Shown): string {
  return `Public saving ${m(result.publicSaving)}, national saving ${m(result.nationalSaving)}, net exports ${m(result.netExports)}. ${result.sentences.netExports}`;
}

export default function SavingInvestmentCalculator({ idPrefix = 'si', sharing }: Props) {
  const [texts, setTexts] = useState<Texts>(() => textsFrom(START));
  const [presetId, setPresetId] = useState<string | null>(PRESETS[0]?.id ?? null);
  const [lastGood, setLastGood] = useState<Shown | null>(null);
  const { errors, shown: current } = useMemo(() => compute(texts), [texts]);
  useEffect(() => {
    if (current) setLastGood(current);
  }, [current]);
  const shown = current ?? lastGood;
  const announcement = useLiveRegion(shown ? summary(shown) : '');

  const load = (values: Record<Key, number>) => {
    setTexts(textsFrom(values));
    setPresetId(
      PRESETS.find((p) => FIELDS.every(({ key }) => p.values[key] === values[key]))?.id ?? null,
    );
  };
  // `sharing` is a prop that never changes while the island lives, so this hook is either
  // called on every render or on none, and the order of the hooks never changes.
  const share = sharing?.useShareable({
    spec: specFor,
    current: () => current?.input ?? lastGood?.input ?? {},
    apply: load,
    reset: () => {
      load(START);
    },
  });

  return (
    <div class="calculator" data-calculator="saving-investment">
      {sharing && share && <sharing.LinkNotice share={share} />}
      <PresetButtons
        label="Made-up examples"
        presets={PRESETS}
        selectedId={presetId}
        onSelect={(p) => {
          load(p.values);
        }}
      />
      <p class="calc-source">
        These examples are invented to show the arithmetic; they are not any real country’s figures.
      </p>

      <p class="field-hint" id={`${idPrefix}-hint`}>
        In billions of dollars a year unless you write a unit: 900, $0.9 trillion and 900,000
        million all work.
      </p>
      <div class="calc-fields">
        {FIELDS.map((field) => (
          <MoneyField
            key={field.key}
            id={`${idPrefix}-${field.key}`}
            label={field.label}
            hintId={`${idPrefix}-hint`}
            value={texts[field.key]}
            error={errors[field.key] ?? null}
            onInput={(text) => {
              setTexts((previous) => ({ ...previous, [field.key]: text }));
              setPresetId(null);
            }}
          />
        ))}
      </div>

      {!current && lastGood && <StaleNotice />}

      {shown ? (
        <div class="calc-results">
          <dl>
            <div>
              <dt>Public saving (T − G)</dt>
              <dd>{m(shown.result.publicSaving)}</dd>
            </div>
            <div>
              <dt>National saving</dt>
              <dd>{m(shown.result.nationalSaving)}</dd>
            </div>
            <div class="calc-total">
              <dt>Net exports</dt>
              <dd>{m(shown.result.netExports)}</dd>
            </div>
          </dl>
          <p class="calc-identity">
            Net exports = private saving + (T − G) − investment: {m(shown.result.netExports)} ={' '}
            {m(shown.input.sp)} + ({m(shown.input.st)} − {m(shown.input.sg)}) − {m(shown.input.si)}.
          </p>
          <p>
            {shown.result.sentences.publicSaving} {shown.result.sentences.netExports}
          </p>
          <p class="calc-note">{IDENTITY_IS_NOT_A_CAUSE}</p>
          <SavingBars
            nationalSaving={shown.result.nationalSaving}
            investment={shown.input.si}
            netExports={shown.result.netExports}
            description={summary(shown)}
          />
        </div>
      ) : (
        <p class="calc-empty">Fill in every field to see the identity.</p>
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
