import { describe, expect, it } from "vitest";
import { currenciesByActivity, monthlySeries, monthsBetween, type RevenuePoint, totals } from "./revenue";

const point = (period: string, currency: string, netCents: number, charges = 1): RevenuePoint => ({
  period,
  currency,
  grossCents: netCents + 500,
  netCents,
  refundedCents: 500,
  charges,
});

describe("revenue series", () => {
  it("lists every month of the period, in UTC", () => {
    expect(monthsBetween(new Date("2026-09-01T00:00:00Z"), new Date("2026-11-22T10:00:00Z"))).toEqual([
      "2026-09-01T00:00:00.000Z",
      "2026-10-01T00:00:00.000Z",
      "2026-11-01T00:00:00.000Z",
    ]);
  });

  it("fills months without revenue with zeros and keeps one currency", () => {
    const points = [
      point("2026-09-01T00:00:00.000Z", "EUR", 10_000),
      point("2026-11-01T00:00:00.000Z", "EUR", 2_550),
    ];
    const months = monthsBetween(new Date("2026-09-01T00:00:00Z"), new Date("2026-12-01T00:00:00Z"));
    const rows = monthlySeries([...points, point("2026-10-01T00:00:00.000Z", "USD", 99_999)], "EUR", months);
    expect(rows.map((row) => row.net)).toEqual([100, 0, 25.5]);
    expect(rows.map((row) => row.gross)).toEqual([105, 0, 30.5]);
    expect(totals(rows)).toEqual({ gross: 135.5, net: 125.5, refunded: 10 });
  });

  it("orders currencies by activity, never by adding different currencies' amounts", () => {
    const points = [
      point("2026-10-01T00:00:00.000Z", "DKK", 900_000, 1),
      point("2026-10-01T00:00:00.000Z", "USD", 1_000, 3),
      point("2026-11-01T00:00:00.000Z", "USD", 1_000, 4),
      point("2026-11-01T00:00:00.000Z", "EUR", 5_000, 6),
    ];
    expect(currenciesByActivity(points)).toEqual(["USD", "EUR", "DKK"]);
  });
});
