/**
 * Two bars on one scale: what the buyer pays (the original price plus the part of the tariff
 * passed on) and the tariff itself (passed on plus absorbed by the importer). The sentence beside
 * it carries the same numbers.
 */
import { CHART_WIDTH } from '../../logic/charts/bars';
import { stackedSpans } from '../../logic/charts/stacked';
import { rowBar, rowsHeight, rowTextBaseline } from '../../logic/charts/rows';
import { linearScale } from '../../logic/charts/scale';
import { formatDollars } from '../../logic/calculators/dollars';
import { BarRect, ChartFigure } from '../charts/BarChart';
import BarRow from '../charts/BarRow';

interface Props {
  price: number;
  passedOn: number;
  absorbed: number;
  description: string;
}

const LABEL_WIDTH = 92;

export default function PriceSplit({ price, passedOn, absorbed, description }: Props) {
  const largest = Math.max(price + passedOn, passedOn + absorbed);
  const lengthOf = linearScale(
    { from: 0, to: largest },
    { start: 0, length: CHART_WIDTH - LABEL_WIDTH - 8 },
  );
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
  const legend = (
    <p class="split-key">
      <span class="key-price">Price before the tariff</span>{' '}
      <span class="key-passed">Tariff passed on to the buyer</span>{' '}
      <span class="key-absorbed">Tariff absorbed by the importer</span>
    </p>
  );
  return (
    <ChartFigure
      name="price-split"
      caption="Where the price and the tariff go, per unit"
      height={rowsHeight(rows.length, 4)}
      description={description}
      legend={legend}
    >
      {rows.map((row, index) => {
        const total = row.parts.reduce((sum, part) => sum + part.value, 0);
        const stacked = stackedSpans(LABEL_WIDTH, row.parts, (part) => lengthOf(part.value));
        return (
          <BarRow key={row.label} index={index} label={row.label} barsStart={LABEL_WIDTH}>
            {stacked.map(({ part, span }) =>
              span.length > 0 ? (
                <BarRect
                  kind={`split-${part.kind}`}
                  orientation="horizontal"
                  along={span}
                  across={rowBar(index)}
                />
              ) : null,
            )}
            {total === 0 && (
              <text class="bar-value" x={LABEL_WIDTH + 4} y={rowTextBaseline(index)}>
                {formatDollars(0)}
              </text>
            )}
          </BarRow>
        );
      })}
    </ChartFigure>
  );
}
