import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BookingStatus } from "../../gql/graphql";

const KNOWN: BookingStatus[] = ["PENDING", "CONFIRMED", "COMPLETED", "CANCELLED", "DECLINED", "NO_SHOW"];
const isKnown = (status: string): status is BookingStatus => (KNOWN as string[]).includes(status);

export function BookingStatusChart({ counts }: { counts: ReadonlyArray<{ status: string; count: number }> }) {
  const { t } = useTranslation();
  const rows = counts.map((row) => ({
    label: isKnown(row.status) ? t(`enums.bookingStatus.${row.status}`) : row.status,
    count: row.count,
  }));
  return (
    <figure className="chart">
      <div className="chart__canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={170} />
            <Tooltip />
            <Bar dataKey="count" name={t("admin.bookings")} fill="#2f5bea" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
