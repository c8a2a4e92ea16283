export type RevenuePoint = {
  period: string;
  currency: string;
  grossCents: number;
  netCents: number;
  refundedCents: number;
  charges: number;
};

export type MonthRow = { period: string; gross: number; net: number; refunded: number };

/** Every month from `from` to `to` (UTC), so months without revenue show as zero, not as a gap. */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor < to) {
    months.push(cursor.toISOString());
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/**
 * Currencies by number of payments, busiest first. Amounts in different
 * currencies are never added up or compared (1 DKK is not 1 EUR).
 */
export function currenciesByActivity(points: readonly RevenuePoint[]): string[] {
  const charges = new Map<string, number>();
  for (const point of points) charges.set(point.currency, (charges.get(point.currency) ?? 0) + point.charges);
  return [...charges.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([currency]) => currency);
}

/** One row per month for one currency, amounts in major units for the chart's axis. */
export function monthlySeries(
  points: readonly RevenuePoint[],
  currency: string,
  months: readonly string[],
): MonthRow[] {
  const byMonth = new Map<string, RevenuePoint>();
  for (const point of points) {
    if (point.currency === currency) byMonth.set(new Date(point.period).toISOString().slice(0, 7), point);
  }
  return months.map((period) => {
    const point = byMonth.get(period.slice(0, 7));
    return {
      period,
      gross: (point?.grossCents ?? 0) / 100,
      net: (point?.netCents ?? 0) / 100,
      refunded: (point?.refundedCents ?? 0) / 100,
    };
  });
}

export function totals(rows: readonly MonthRow[]) {
  return rows.reduce(
    (sum, row) => ({
      gross: sum.gross + row.gross,
      net: sum.net + row.net,
      refunded: sum.refunded + row.refunded,
    }),
    { gross: 0, net: 0, refunded: 0 },
  );
}
