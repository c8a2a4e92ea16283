import { money } from "../../test/api";

/** A quote as the API sends it (wire format, with __typename for the cache). */
export function quoteFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "CourseQuote",
    id: "Q291cnNlUXVvdGU6MQ==",
    quoteNumber: "IQ-2030-0007",
    status: "SENT",
    sentAt: "2030-03-01T10:00:00.000Z",
    viewedAt: null,
    respondedAt: null,
    clientResponse: null,
    estimatedHours: 6,
    validUntil: "2030-03-15T23:59:00.000Z",
    quoteMessage: "Six séances d’une heure.",
    paymentTerms: "Payment due before course start",
    cancellationPolicy: null,
    termsConditions: null,
    hourlyRate: money(5500),
    basePrice: money(33000),
    customizationFee: money(0),
    materialsFee: money(2000),
    discountAmount: money(1000),
    totalPrice: money(34000),
    ...overrides,
  };
}
