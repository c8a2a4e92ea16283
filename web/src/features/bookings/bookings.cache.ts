import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";
import type { BookingUpdatedSubscription } from "../../gql/graphql";

const LISTS = ["myBookings", "expertBookings", "bookings"];

/** True when some cached list of this field already holds the booking. */
function listed(cache: Cache, fieldKey: string, bookingKey: string | null): boolean {
  const connection = cache.resolve("Query", fieldKey);
  if (typeof connection !== "string") return false;
  const nodes = cache.resolve(connection, "nodes");
  return Array.isArray(nodes) && bookingKey !== null && (nodes as unknown[]).includes(bookingKey);
}

/**
 * A booking changed: it is normalized, so listed bookings update in place.
 * One no cached list holds yet (made in another tab, or a new one for an
 * expert) makes those lists refetch.
 */
export const bookingUpdated: UpdateResolver<BookingUpdatedSubscription> = (result, _args, cache) => {
  const key = cache.keyOfEntity({ __typename: "Booking", id: result.bookingUpdated.id });
  for (const field of cache.inspectFields("Query")) {
    if (LISTS.includes(field.fieldName) && !listed(cache, field.fieldKey, key)) {
      cache.invalidate("Query", field.fieldKey);
    }
  }
};
