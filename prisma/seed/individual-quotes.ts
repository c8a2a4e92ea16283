// individual, quotes: IQ-YYYY-NNNN numbers allocated in creation order per year (as the API's
// QuoteNumberAllocator does; the QuoteCounter rows are derived from them in counters.ts), a
// revision chain, and the secret link of the quote awaiting an answer.
import { hashQuoteToken } from "../../api/src/modules/individual/quote-link.js";
import { type SeedContext, stamps } from "./context.js";
import { DEMO_QUOTE_TOKEN, HOURLY_RATE_CENTS, type QuoteDef, quotes } from "./data/individual.js";
import { seedId } from "./ids.js";
import { contactId, individualCourseId, quoteId, userId } from "./refs.js";

/** Quote totals follow the seed's breakdown: base (hours × rate) + fees - discount. */
export const quoteTotal = (q: QuoteDef) =>
  q.hours * HOURLY_RATE_CENTS + q.customizationFeeCents + q.materialsFeeCents - q.discountCents;
export async function seedQuotes(ctx: SeedContext): Promise<void> {
  const created = (q: QuoteDef) => ctx.day(-q.sentDaysAgo, 9, 30);
  const perYear = new Map<number, number>();
  const numbered = [...quotes]
    .sort((a, b) => created(a).getTime() - created(b).getTime())
    .map((q) => {
      const year = created(q).getUTCFullYear();
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      return { q, number: `IQ-${year}-${String(n).padStart(4, "0")}` };
    });
  await ctx.prisma.courseQuote.createMany({
    skipDuplicates: true,
    data: numbered.map(({ q, number }) => ({
      id: quoteId(q.key),
      individualCourseId: individualCourseId(q.course),
      contactId: contactId(q.contact),
      quoteNumber: number,
      totalPriceCents: quoteTotal(q),
      hourlyRateCents: HOURLY_RATE_CENTS,
      estimatedHours: q.hours,
      basePriceCents: q.hours * HOURLY_RATE_CENTS,
      customizationFeeCents: q.customizationFeeCents,
      materialsFeeCents: q.materialsFeeCents,
      discountAmountCents: q.discountCents,
      currency: "EUR",
      status: q.status,
      validUntil: ctx.day(-q.sentDaysAgo + q.validDays, 23, 59),
      termsConditions: "Séances d'une heure en visioconférence.",
      cancellationPolicy: "Séance annulée moins de 24 h à l'avance : due.",
      quoteMessage: q.message,
      clientResponse: q.response ?? null,
      sentAt: ctx.day(-q.sentDaysAgo, 10),
      viewedAt: q.viewedDaysAgo === undefined ? null : ctx.day(-q.viewedDaysAgo, 20),
      respondedAt: q.respondedDaysAgo === undefined ? null : ctx.day(-q.respondedDaysAgo, 21),
      revisedFromId: q.revises ? quoteId(q.revises) : null,
      createdById: userId("claire"),
      ...stamps(created(q)),
    })),
  });
  const open = quotes.find((q) => q.status === "SENT");
  if (!open) return;
  await ctx.prisma.quoteAccessToken.createMany({
    skipDuplicates: true,
    data: [
      {
        id: seedId(`quote-access-token:${open.key}`),
        quoteId: quoteId(open.key),
        tokenHash: hashQuoteToken(DEMO_QUOTE_TOKEN),
        expiresAt: ctx.day(-open.sentDaysAgo + open.validDays, 23, 59),
        ...stamps(ctx.day(-open.sentDaysAgo, 10)),
      },
    ],
  });
}
