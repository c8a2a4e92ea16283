import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";
import type { QuoteRespondedSubscription, QuoteViewedSubscription } from "../../gql/graphql";

/**
 * Quotes are normalized, so a listed quote changes status in place. A quote
 * its course's cached list does not hold yet (a new revision) makes that list
 * refetch.
 */
function follow(cache: Cache, quote: { id: string; individualCourse?: { id: string } | null }) {
  if (!quote.individualCourse) return;
  const courseKey = cache.keyOfEntity({ __typename: "IndividualCourse", id: quote.individualCourse.id });
  const quoteKey = cache.keyOfEntity({ __typename: "CourseQuote", id: quote.id });
  if (!courseKey) return;
  const listed = cache.resolve(courseKey, "quotes");
  if (Array.isArray(listed) && !(listed as unknown[]).includes(quoteKey))
    cache.invalidate(courseKey, "quotes");
}

export const quoteResponded: UpdateResolver<QuoteRespondedSubscription> = (result, _args, cache) =>
  follow(cache, result.quoteResponded);

export const quoteViewed: UpdateResolver<QuoteViewedSubscription> = (result, _args, cache) =>
  follow(cache, result.quoteViewed);
