/**
 * Two bars on one scale: what the buyer pays (the original price plus the part of the tariff
 * passed on) and the tariff itself (passed on plus absorbed by the importer). Plain SVG
 * attributes only; the sentence beside it carries the same numbers.
 */
import { formatDollars } from '../../logic/calculators/dollars';

interface Props {
  price: number;
  passedOn: number;
  absorbed: number;
  description: string;
}

const WIDTH = 420;
const LABEL = 92;
const ROW = 34;
const BAR = 22;

export default function PriceSplit({ price, passedOn, absorbed, description }: Props) {
  const largest = Math.max(price + passedOn, passedOn + absorbed);
  const plot = WIDTH - LABEL - 8;
  const scale = (value: number) => (largest > 0 ? (value / largest) * plot : 0);
  const rows = [
    {
      label: 'Buyer pays',
      parts: [
        { kind: 'price', value: price },
        { kind: 'passed', value: passedOn },
      ],
    },
    {
      label: 'Tariff',
      parts: [
        { kind: 'passed', value: passedOn },
        { kind: 'absorbed', value: absorbed },
      ],
    },
  ];
  return (
    <figure class="price-split">
      <figcaption>Where the price and the tariff go, per unit</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 4}`}
        width="100%"
        role="img"
        aria-label={description}
        focusable="false"
      >
        {rows.map((row, index) => {
          const y = index * ROW + 4;
          let x = LABEL;
          const total = row.parts.reduce((sum, part) => sum + part.value, 0);
          return (
            <g key={row.label}>
              <text class="bar-label" x={LABEL - 8} y={y + BAR / 2 + 5} text-anchor="end">
                {row.label}
              </text>
              {row.parts.map((part) => {
                const width = scale(part.value);
                const rect = (
                  <rect class={`split-${part.kind}`} x={x} y={y} width={width} height={BAR} />
                );
                x += width;
                return width > 0 ? rect : null;
              })}
              {total === 0 && (
                <text class="bar-value" x={LABEL + 4} y={y + BAR / 2 + 5}>
                  {formatDollars(0)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p class="split-key">
        <span class="key-price">Price before the tariff</span>{' '}
        <span class="key-passed">Tariff passed on to the buyer</span>{' '}
        <span class="key-absorbed">Tariff absorbed by the importer</span>
      </p>
    </figure>
  );
}
