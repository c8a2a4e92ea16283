import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "../../i18n/format";
import { type MonthRow, totals } from "./revenue";

/**
 * Gross and net revenue per month in one currency, with the same figures in a
 * table for screen readers and people who prefer reading them.
 */
export function RevenueChart({ rows, currency }: { rows: MonthRow[]; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (major: number, compact = false) =>
    format.money({ amountCents: Math.round(major * 100), currency }, { compact });
  const sum = totals(rows);
  return (
    <figure className="chart" aria-labelledby="revenue-caption">
      <figcaption id="revenue-caption">
        {t("admin.revenueSummary", {
          currency,
          net: money(sum.net),
          gross: money(sum.gross),
          refunded: money(sum.refunded),
        })}
      </figcaption>
      <div className="chart__canvas" aria-hidden="true" data-testid="revenue-chart">
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tickFormatter={(period: string) => format.month(period)} />
            <YAxis tickFormatter={(value: number) => money(value, true)} width={80} />
            <Tooltip
              formatter={(value) => money(Number(value))}
              labelFormatter={(period) => format.month(String(period))}
            />
            <Legend />
            <Bar dataKey="gross" name={t("admin.gross")} fill="#8aa6ff" isAnimationActive={false} />
            <Bar dataKey="net" name={t("admin.net")} fill="#2f5bea" isAnimationActive={false} />
            <Bar dataKey="refunded" name={t("admin.refunded")} fill="#b3261e" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{t("admin.chartTable")}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.month")}</th>
              <th scope="col">{t("admin.gross")}</th>
              <th scope="col">{t("admin.net")}</th>
              <th scope="col">{t("admin.refunded")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period}>
                <th scope="row">{format.month(row.period)}</th>
                <td>{money(row.gross)}</td>
                <td>{money(row.net)}</td>
                <td>{money(row.refunded)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
