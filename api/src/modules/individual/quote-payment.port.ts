// Opening the payment of an accepted quote. The payments issue (api/src/payments,
// modules/commerce) plugs its gateway-backed implementation in services.ts; until
// then the offline one answers "payment pending" and records nothing.

export interface AcceptedQuote {
  quoteId: string;
  quoteNumber: string;
  individualCourseId: string;
  studentId: string;
  amountCents: number;
  currency: string;
  /** The quote's payment terms, e.g. "Payment due before course start". */
  paymentTerms: string | null;
}

export interface QuotePaymentOpening {
  status: "PENDING" | "REQUIRES_ACTION" | "NOT_REQUIRED";
  /** The ledger row (uuid) the acceptance opened, when the implementation records one. */
  paymentId: string | null;
  /** Where the student pays, when the implementation has such a page. */
  checkoutUrl: string | null;
  /** Shown to the student, e.g. what happens next. */
  message: string;
}

export interface QuotePaymentPort {
  /**
   * Called after the acceptance committed (it may call out to a provider); an
   * implementation must be idempotent per quoteId, as a retry may call it twice.
   */
  openPayment(quote: AcceptedQuote): Promise<QuotePaymentOpening>;
}

/** No payment provider wired in: nothing is recorded, the payment stays pending. */
export class OfflineQuotePayments implements QuotePaymentPort {
  async openPayment(quote: AcceptedQuote): Promise<QuotePaymentOpening> {
    return {
      status: quote.amountCents === 0 ? "NOT_REQUIRED" : "PENDING",
      paymentId: null,
      checkoutUrl: null,
      message: "Payment pending: your instructor will send payment details.",
    };
  }
}
