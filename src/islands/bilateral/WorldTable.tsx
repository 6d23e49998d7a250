/**
 * The toy world's lesson in one table: every country's balance with each other country is
 * out of balance, yet each country's total is exactly zero.
 */
import { formatMoneyDetailed } from '../../logic/money';

export interface WorldRow {
  readonly country: string;
  readonly balance: number;
  readonly bilateral: readonly { readonly partner: string; readonly balance: number }[];
}

export default function WorldTable({ rows }: { rows: readonly WorldRow[] }) {
  return (
    <div class="calc-world">
      <table>
        <caption>Each country in the toy world</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Balance with each partner</th>
            <th scope="col">Balance with everyone</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.country}>
              <th scope="row">{row.country}</th>
              <td>
                {row.bilateral
                  .map((pair) => `${formatMoneyDetailed(pair.balance)} with ${pair.partner}`)
                  .join('; ')}
              </td>
              <td>{formatMoneyDetailed(row.balance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Every pair of countries is out of balance, yet every country&rsquo;s total is zero: each
        sells as much as it buys, just not to the same country. A bilateral deficit is not a
        scorecard of who is winning.
      </p>
    </div>
  );
}
