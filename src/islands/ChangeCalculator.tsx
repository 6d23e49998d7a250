/**
 * The change calculator: two periods' balances → the change in dollars and percent, in the
 * words the news uses ("the deficit widened by $133.5 billion"). The wording and the rules for
 * when a percent means something live in src/logic/calculators/change.ts.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  balanceChange,
  MAX_PERIOD_LABEL_LENGTH,
  type ChangeResult,
} from '../logic/calculators/change';
import { formatMoneyDetailed, parseMoney, roundTo } from '../logic/money';
import DivergingChart, { type ChartScale } from './calculator/DivergingChart';
import type { Sharing, UrlState } from './calculator/sharing';
import MoneyField from './MoneyField';
import { useLiveRegion } from './useLiveRegion';
import { CalculatorFooter } from './calculator/Footer';
import { PresetButtons, StaleNotice } from './calculator/Presets';

export interface ChangePreset {
  id: string;
  label: string;
  /** Balances in millions; negative is a deficit. */
  earlier: number;
  later: number;
  earlierLabel: string;
  laterLabel: string;
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
  presets: readonly ChangePreset[];
}

interface Texts {
  earlier: string;
  later: string;
  earlierLabel: string;
  laterLabel: string;
}

const asTyped = (millions: number) => String(roundTo(millions / 1000, 4));

const textsFor = (values: {
  earlier: number;
  later: number;
  earlierLabel: string;
  laterLabel: string;
}): Texts => ({
  earlier: asTyped(values.earlier),
  later: asTyped(values.later),
  earlierLabel: values.earlierLabel,
  laterLabel: values.laterLabel,
});

const read = (text: string) => parseMoney(text, { allowNegative: true });

function compute(texts: Texts) {
  const errors: Partial<Record<'earlier' | 'later', string>> = {};
  const earlier = read(texts.earlier);
  const later = read(texts.later);
  if (!earlier.ok) errors.earlier = earlier.message;
  if (!later.ok) errors.later = later.message;
  if (!earlier.ok || !later.ok) return { errors, result: null };
  const change = balanceChange({
    earlier: earlier.millions,
    later: later.millions,
    earlierLabel: texts.earlierLabel,
    laterLabel: texts.laterLabel,
  });
  return {
    errors,
    result: change.ok
      ? { change: change.value, earlier: earlier.millions, later: later.millions }
      : null,
  };
}

/** Why the calculator gives no percent, in one sentence. */
function noPercentReason(change: ChangeResult): string {
  if (change.kind === 'unchanged') return 'No percent: the balance did not change.';
  if (change.percent === null)
    return 'No percent: the balance crossed or touched zero, so a percent of the earlier balance would mean nothing.';
  if (change.percent < 0.05) return 'Less than 0.1% of the earlier balance.';
  return 'No percent: the change is more than ten times the earlier balance, so a percent would mislead.';
}

/**
 * The chart's scale for two finite amounts (the calculator has already refused anything else).
 * Worked out here rather than with divergingBars, whose module would bring the whole bilateral
 * calculator's logic into this page for one line of arithmetic.
 */
function beforeAfterScale(earlier: number, later: number): ChartScale {
  const largest = Math.max(Math.abs(earlier), Math.abs(later));
  return {
    fractions: [earlier, later].map((value) => (largest === 0 ? 0 : value / largest)),
    hasDeficits: earlier < 0 || later < 0,
    hasSurpluses: earlier > 0 || later > 0,
  };
}

function linkSpec(url: UrlState, preset: ChangePreset | undefined) {
  return {
    e: url.moneyField({ label: 'the earlier balance', default: preset?.earlier ?? 0 }),
    l: url.moneyField({ label: 'the later balance', default: preset?.later ?? 0 }),
    el: url.textField({
      label: 'the earlier period’s name',
      default: preset?.earlierLabel ?? '',
      maxLength: MAX_PERIOD_LABEL_LENGTH,
    }),
    ll: url.textField({
      label: 'the later period’s name',
      default: preset?.laterLabel ?? '',
      maxLength: MAX_PERIOD_LABEL_LENGTH,
    }),
  };
}

export default function ChangeCalculator({ idPrefix = 'ch', sharing, presets }: Props) {
  const first = presets[0];
  const [texts, setTexts] = useState<Texts>(() =>
    first ? textsFor(first) : { earlier: '', later: '', earlierLabel: '', laterLabel: '' },
  );
  const [presetId, setPresetId] = useState<string | null>(first?.id ?? null);
  const [lastGood, setLastGood] = useState<ReturnType<typeof compute>['result']>(null);

  const { errors, result } = useMemo(() => compute(texts), [texts]);
  useEffect(() => {
    if (result) setLastGood(result);
  }, [result]);
  const shown = result ?? lastGood;
  const announcement = useLiveRegion(shown ? `${shown.change.headline}.` : '');
  const preset = presets.find((p) => p.id === presetId);

  const update = (key: keyof Texts, text: string) => {
    setTexts((previous) => ({ ...previous, [key]: text }));
    setPresetId(null);
  };
  const applyPreset = (chosen: ChangePreset) => {
    setTexts(textsFor(chosen));
    setPresetId(chosen.id);
  };

  // `sharing` is a prop that never changes while the island lives, so this hook is either
  // called on every render or on none, and the order of the hooks never changes.
  const share = sharing?.useShareable({
    spec: (url) => linkSpec(url, first),
    current: () => {
      const earlier = read(texts.earlier);
      const later = read(texts.later);
      return {
        // A link carries only safe characters; the typographic apostrophe is one of them.
        el: texts.earlierLabel.replace(/'/g, '’'),
        ll: texts.laterLabel.replace(/'/g, '’'),
        ...(earlier.ok ? { e: earlier.millions } : {}),
        ...(later.ok ? { l: later.millions } : {}),
      };
    },
    apply: (values) => {
      setTexts(
        textsFor({
          earlier: values.e,
          later: values.l,
          earlierLabel: values.el,
          laterLabel: values.ll,
        }),
      );
      setPresetId(null);
    },
    reset: () => {
      if (first) applyPreset(first);
    },
  });

  const period = (which: 'earlier' | 'later') => {
    const labelKey = which === 'earlier' ? 'earlierLabel' : 'laterLabel';
    const title = which === 'earlier' ? 'Earlier period' : 'Later period';
    return (
      <fieldset class="calc-period">
        <legend>{title}</legend>
        <div class="field">
          <label for={`${idPrefix}-${labelKey}`}>{`Name of the ${which} period`}</label>
          <input
            id={`${idPrefix}-${labelKey}`}
            type="text"
            autocomplete="off"
            maxLength={MAX_PERIOD_LABEL_LENGTH}
            value={texts[labelKey]}
            onInput={(event) => {
              update(labelKey, event.currentTarget.value);
            }}
          />
        </div>
        <MoneyField
          id={`${idPrefix}-${which}`}
          label={`Balance in the ${which} period`}
          hintId={`${idPrefix}-hint`}
          value={texts[which]}
          error={errors[which] ?? null}
          onInput={(text) => {
            update(which, text);
          }}
        />
      </fieldset>
    );
  };

  const change = shown?.change;
  return (
    <div class="calculator" data-calculator="change">
      {sharing && share && <sharing.LinkNotice share={share} />}
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
        In billions of dollars unless you write a unit; a deficit is negative, such as −918.4 or
        ($918.4 billion).
      </p>
      <div class="calc-fields">
        {period('earlier')}
        {period('later')}
      </div>

      {!result && lastGood && <StaleNotice />}

      {shown && change ? (
        <div class="calc-results">
          <p class="calc-headline">{change.headline}.</p>
          <dl>
            <div>
              <dt>Change in the balance</dt>
              <dd>{formatMoneyDetailed(change.difference, { signed: true })}</dd>
            </div>
            <div>
              <dt>Change in percent</dt>
              <dd>
                {change.percentPhrase ?? <span class="calc-kind">{noPercentReason(change)}</span>}
              </dd>
            </div>
          </dl>
          <figure class="calc-chart">
            <figcaption>Before and after</figcaption>
            <DivergingChart
              label="Before and after chart"
              summaryId={`${idPrefix}-chart-summary`}
              scale={beforeAfterScale(shown.earlier, shown.later)}
              rows={[
                { label: texts.earlierLabel.trim() || 'Earlier', value: shown.earlier },
                { label: texts.laterLabel.trim() || 'Later', value: shown.later },
              ]}
            />
            <p id={`${idPrefix}-chart-summary`} class="visually-hidden">
              {`The balance went from ${formatMoneyDetailed(shown.earlier)} to ${formatMoneyDetailed(shown.later)}.`}
            </p>
          </figure>
        </div>
      ) : (
        <p class="calc-empty">Fill in both balances to see the change.</p>
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
