/** The quote total as the API computes it: rate × hours + customisation + materials − discount (cents). */
export function quoteTotalCents(terms: {
  hourlyRateCents: number;
  estimatedHours: number;
  customizationFeeCents: number;
  materialsFeeCents: number;
  discountAmountCents: number;
}): number {
  return (
    terms.hourlyRateCents * terms.estimatedHours +
    terms.customizationFeeCents +
    terms.materialsFeeCents -
    terms.discountAmountCents
  );
}

/** "55.5" or "55,5" (as typed) → 5550 cents; NaN when it is not an amount. */
export function parseAmountToCents(text: string): number {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".");
  if (normalized === "") return 0;
  if (!/^\d+(\.\d{0,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
}
