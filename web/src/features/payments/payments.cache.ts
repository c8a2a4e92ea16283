import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";

type QuoteAnswer = { respondToCourseQuote: { payment?: { paymentId?: string | null } | null } };

/**
 * Accepting a quote opens a payment the cached "My payments" pages do not hold yet,
 * and a new entry's place in a newest-first paged list is the server's to say: they refetch.
 */
export const respondToCourseQuote: UpdateResolver<QuoteAnswer> = (result, _args, cache: Cache) => {
  if (!result.respondToCourseQuote?.payment?.paymentId) return;
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "myPayments") cache.invalidate("Query", field.fieldKey);
  }
};
