/**
 * The bilateral calculator: a table of partners (name, exports, imports) → each bilateral
 * balance, their sum, and the "rest of the world" remainder against a total the reader sets,
 * with a diverging bar chart. All arithmetic is in src/logic/calculators/bilateral.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { balanceKind, tradeBalance } from '../logic/balance';
import {
  bilateralBalances,
  divergingBars,
  MAX_PARTNER_NAME_LENGTH,
  MAX_PARTNERS,
  partnerNameProblem,
  sortPartners,
  type BilateralResult,
  type Partner,
  type PartnerSortKey,
  type SortDirection,
} from '../logic/calculators/bilateral';
import { formatMoneyDetailed, parseMoney, roundTo } from '../logic/money';
import CellInput from './bilateral/CellInput';
import type { WorldRow } from './bilateral/WorldTable';
import DivergingChart from './calculator/DivergingChart';
import type { Sharing, UrlState } from './calculator/sharing';
import MoneyField from './MoneyField';
import { useLiveRegion } from './useLiveRegion';
import { CalculatorFooter } from './calculator/Footer';
import { PresetButtons, StaleNotice } from './calculator/Presets';

export interface BilateralPreset {
  id: string;
  label: string;
  /** Amounts in millions. */
  partners: readonly Partner[];
  /** The balance with the whole world, in millions. */
  total: number;
  /** Publisher, release and vintage. */
  source: string;
  /** For the toy world: every country's balances, to show that each total is zero. */
  world?: readonly WorldRow[];
}

export interface Props {
  idPrefix?: string;
  /**
   * The link code (URL state, "Copy link", "Reset"), given only on the calculator's own page
   * and its embed (see ./shareable/). Without it the calculator ignores the page's link.
   */
  sharing?: Sharing;
  presets: readonly BilateralPreset[];
}

interface RowText {
  key: number;
  name: string;
  exports: string;
  imports: string;
}

type Column = 'name' | 'exports' | 'imports';
type Errors = Record<string, string>;

const asTyped = (millions: number) => String(roundTo(millions / 1000, 4));

const rowsFor = (partners: readonly Partner[], firstKey: number): RowText[] =>
  partners.map((partner, index) => ({
    key: firstKey + index,
    name: partner.name,
    exports: asTyped(partner.exports),
    imports: asTyped(partner.imports),
  }));

const readAmount = (text: string, allowNegative: boolean) => parseMoney(text, { allowNegative });

/** Each row's partner when all its cells can be read, and the message for each cell that cannot. */
function readRows(rows: readonly RowText[], errors: Errors): (Partner | null)[] {
  return rows.map((row) => {
    const nameProblem = partnerNameProblem(row.name);
    if (nameProblem !== null) errors[`${row.key}-name`] = nameProblem;
    const exports = readAmount(row.exports, false);
    if (!exports.ok) errors[`${row.key}-exports`] = exports.message;
    const imports = readAmount(row.imports, false);
    if (!imports.ok) errors[`${row.key}-imports`] = imports.message;
    return nameProblem === null && exports.ok && imports.ok
      ? { name: row.name.trim(), exports: exports.millions, imports: imports.millions }
      : null;
  });
}

function compute(rows: readonly RowText[], total: string) {
  const errors: Errors = {};
  const partners = readRows(rows, errors);
  const totalRead = readAmount(total, true);
  if (!totalRead.ok) errors['total'] = totalRead.message;
  const complete = partners.filter((partner) => partner !== null);
  if (!totalRead.ok || complete.length < partners.length) return { errors, partners, result: null };
  const computed = bilateralBalances(complete, totalRead.millions);
  if (!computed.ok) errors['form'] = computed.message;
  return { errors, partners, result: computed.ok ? computed.value : null };
}

function chartSummary(result: BilateralResult): string {
  const deficits = result.rows.filter((row) => row.balance < 0).length;
  const surpluses = result.rows.filter((row) => row.balance > 0).length;
  const sorted = sortPartners(result.rows, 'balance', 'asc');
  const largest = sorted[0];
  const smallest = sorted[sorted.length - 1];
  const parts = [
    `Of the ${result.rows.length} partners listed, trade is in deficit with ${deficits} and in surplus with ${surpluses}.`,
  ];
  if (largest && largest.balance < 0)
    parts.push(
      `The largest deficit is with ${largest.name}: ${formatMoneyDetailed(largest.balance)}.`,
    );
  if (smallest && smallest.balance > 0)
    parts.push(
      `The largest surplus is with ${smallest.name}: ${formatMoneyDetailed(smallest.balance)}.`,
    );
  parts.push(`The rest of the world comes to ${formatMoneyDetailed(result.restOfWorld)}.`);
  return parts.join(' ');
}

function linkSpec(url: UrlState, preset: BilateralPreset | undefined) {
  return {
    p: url.partnersField({ label: 'the partners', default: preset?.partners ?? [] }),
    t: url.moneyField({ label: 'the total balance', default: preset?.total ?? 0 }),
  };
}

const COLUMNS: readonly { key: Column; label: string }[] = [
  { key: 'name', label: 'Partner' },
  { key: 'exports', label: 'Exports' },
  { key: 'imports', label: 'Imports' },
];

export default function BilateralCalculator({ idPrefix = 'bi', sharing, presets }: Props) {
  const first = presets[0];
  const nextKey = useRef(1000);
  const addButton = useRef<HTMLButtonElement>(null);
  const [rows, setRows] = useState<RowText[]>(() => rowsFor(first?.partners ?? [], 0));
  const [total, setTotal] = useState(() => asTyped(first?.total ?? 0));
  const [presetId, setPresetId] = useState<string | null>(first?.id ?? null);
  const [sort, setSort] = useState<{ key: PartnerSortKey; direction: SortDirection } | null>(null);
  const [lastGood, setLastGood] = useState<BilateralResult | null>(null);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  // The toy world's table is only needed once a reader picks that preset: it loads then.
  const [World, setWorld] = useState<typeof import('./bilateral/WorldTable').default | null>(null);

  const { errors, partners, result } = useMemo(() => compute(rows, total), [rows, total]);
  useEffect(() => {
    if (result) setLastGood(result);
  }, [result]);
  useEffect(() => {
    if (focusKey !== null) document.getElementById(`${idPrefix}-r${focusKey}-name`)?.focus();
  }, [focusKey, idPrefix]);
  const shown = result ?? lastGood;
  const summary = shown ? chartSummary(shown) : '';
  const announcement = useLiveRegion(
    shown ? `${shown.sentences.listed} ${shown.sentences.restOfWorld}` : '',
  );
  const preset = presets.find((p) => p.id === presetId);

  const edit = (next: RowText[]) => {
    setRows(next);
    setPresetId(null);
    setSort(null);
  };
  const editCell = (key: number, column: Column, text: string) => {
    edit(rows.map((row) => (row.key === key ? { ...row, [column]: text } : row)));
  };

  const applyPreset = (chosen: BilateralPreset) => {
    if (chosen.world && !World) {
      import('./bilateral/WorldTable')
        .then((module) => {
          setWorld(() => module.default);
        })
        .catch(() => {
          // Without the table the calculator still shows every balance and the total.
        });
    }
    setRows(rowsFor(chosen.partners, nextKey.current));
    nextKey.current += chosen.partners.length;
    setTotal(asTyped(chosen.total));
    setPresetId(chosen.id);
    setSort(null);
  };

  // `sharing` is a prop that never changes while the island lives, so this hook is either
  // called on every render or on none, and the order of the hooks never changes.
  const share = sharing?.useShareable({
    spec: (url) => linkSpec(url, first),
    current: () => {
      const complete = partners.filter((partner) => partner !== null);
      const totalRead = readAmount(total, true);
      return {
        // A link carries only safe characters; the typographic apostrophe is one of them.
        ...(complete.length === partners.length
          ? {
              p: complete.map((partner) => ({ ...partner, name: partner.name.replace(/'/g, '’') })),
            }
          : {}),
        ...(totalRead.ok ? { t: totalRead.millions } : {}),
      };
    },
    apply: (values) => {
      setRows(rowsFor(values.p, nextKey.current));
      nextKey.current += values.p.length;
      setTotal(asTyped(values.t));
      setPresetId(null);
      setSort(null);
    },
    reset: () => {
      if (first) applyPreset(first);
    },
  });

  const sortBy = (key: PartnerSortKey) => {
    const direction: SortDirection =
      sort?.key === key
        ? sort.direction === 'asc'
          ? 'desc'
          : 'asc'
        : key === 'exports' || key === 'imports'
          ? 'desc'
          : 'asc';
    // Rows that cannot be read yet sort as zeros, so sorting never loses a row.
    const sortable = rows.map((row, index) => {
      const partner = partners[index];
      const exports = partner?.exports ?? 0;
      const imports = partner?.imports ?? 0;
      const balance = tradeBalance(exports, imports);
      return { row, name: row.name, exports, imports, balance, kind: balanceKind(balance) };
    });
    setRows(sortPartners(sortable, key, direction).map((item) => item.row));
    setSort({ key, direction });
  };

  const ariaSort = (key: PartnerSortKey) =>
    sort?.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';

  const sortHeader = (key: PartnerSortKey, label: string) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button
        type="button"
        class="calc-sort"
        onClick={() => {
          sortBy(key);
        }}
      >
        {label}
        <span aria-hidden="true">
          {sort?.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );

  const chartRows = shown
    ? [
        ...shown.rows.map((row) => ({ label: row.name, value: row.balance })),
        { label: 'Rest of world', value: shown.restOfWorld, muted: true },
      ]
    : [];

  return (
    <div class="calculator" data-calculator="bilateral">
      {sharing && share && <sharing.LinkNotice share={share} />}
      {presets.length > 0 && (
        <PresetButtons
          label="Fill in"
          presets={presets}
          selectedId={presetId}
          onSelect={(p) => {
            applyPreset(p);
          }}
        />
      )}
      {preset && <p class="calc-source">Source: {preset.source}</p>}

      <p class="field-hint" id={`${idPrefix}-hint`}>
        Amounts in billions of dollars unless you write a unit: 143.3, $143.3 billion and 143,271.7
        million all work. Exports are what the home country sells to the partner; imports, what it
        buys.
      </p>
      <div class="calc-table-wrap">
        <table class="calc-partners">
          <caption class="visually-hidden">
            Trade with each partner; the column buttons sort the table
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => sortHeader(column.key, column.label))}
              {sortHeader('balance', 'Balance')}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const partner = partners[index];
              const name = row.name.trim() || `row ${index + 1}`;
              const cellLabel = (column: Column) =>
                column === 'name'
                  ? `Name of partner ${index + 1}`
                  : `${column === 'exports' ? 'Exports to' : 'Imports from'} ${name}`;
              const balance = partner ? tradeBalance(partner.exports, partner.imports) : null;
              return (
                <tr key={row.key}>
                  {COLUMNS.map((column) => (
                    <td
                      key={column.key}
                      class={errors[`${row.key}-${column.key}`] ? 'has-error' : undefined}
                    >
                      <CellInput
                        id={`${idPrefix}-r${row.key}-${column.key}`}
                        label={cellLabel(column.key)}
                        value={row[column.key]}
                        error={errors[`${row.key}-${column.key}`]}
                        maxLength={column.key === 'name' ? MAX_PARTNER_NAME_LENGTH : undefined}
                        onInput={(text) => {
                          editCell(row.key, column.key, text);
                        }}
                      />
                    </td>
                  ))}
                  <td class={balance === null ? 'calc-num' : `calc-num ${balanceKind(balance)}`}>
                    {balance === null ? '—' : formatMoneyDetailed(balance)}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="button secondary small"
                      aria-label={`Remove ${name}`}
                      onClick={() => {
                        edit(rows.filter((other) => other.key !== row.key));
                        addButton.current?.focus();
                      }}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="calc-table-actions">
        <button
          type="button"
          class="button secondary"
          ref={addButton}
          disabled={rows.length >= MAX_PARTNERS}
          onClick={() => {
            const key = nextKey.current;
            nextKey.current += 1;
            edit([...rows, { key, name: '', exports: '0', imports: '0' }]);
            setFocusKey(key);
          }}
        >
          Add a partner
        </button>{' '}
        {rows.length >= MAX_PARTNERS && (
          <span>The table holds at most {MAX_PARTNERS} partners.</span>
        )}
      </p>

      <div class="calc-fields">
        <MoneyField
          id={`${idPrefix}-total`}
          label="Balance with the whole world"
          hintId={`${idPrefix}-total-hint`}
          value={total}
          error={errors['total'] ?? null}
          onInput={(text) => {
            setTotal(text);
            setPresetId(null);
          }}
        />
      </div>
      <p class="field-hint" id={`${idPrefix}-total-hint`}>
        The country&rsquo;s total balance, in billions; a deficit is negative, such as −1215.4.
      </p>
      {errors['form'] && <p class="field-error">{errors['form']}</p>}

      {!result && lastGood && <StaleNotice />}

      {shown ? (
        <div class="calc-results">
          <dl>
            <div>
              <dt>Sum of the listed balances</dt>
              <dd class={balanceKind(shown.sumOfBalances)}>
                {formatMoneyDetailed(shown.sumOfBalances)}
              </dd>
            </div>
            <div>
              <dt>Rest of the world</dt>
              <dd class={balanceKind(shown.restOfWorld)}>
                {formatMoneyDetailed(shown.restOfWorld)}
              </dd>
            </div>
            <div class="calc-total">
              <dt>Balance with the whole world</dt>
              <dd class={balanceKind(shown.totalBalance)}>
                {formatMoneyDetailed(shown.totalBalance)}
              </dd>
            </div>
          </dl>
          <p>
            {shown.sentences.listed} {shown.sentences.restOfWorld} {shown.sentences.total}
          </p>
          {shown.rows.length > 0 && (
            <figure class="calc-chart">
              <figcaption>Balance with each partner: deficits left, surpluses right</figcaption>
              <DivergingChart
                label="Bilateral balances chart"
                summaryId={`${idPrefix}-chart-summary`}
                rows={chartRows}
                scale={divergingBars(chartRows.map((row) => row.value))}
              />
              <p id={`${idPrefix}-chart-summary`}>{summary}</p>
            </figure>
          )}
        </div>
      ) : (
        <p class="calc-empty">Fill in every cell to see the balances.</p>
      )}
      {preset?.world && World && <World rows={preset.world} />}

      <CalculatorFooter
        sharing={sharing}
        share={share}
        idPrefix={idPrefix}
        announcement={announcement}
      />
    </div>
  );
}
