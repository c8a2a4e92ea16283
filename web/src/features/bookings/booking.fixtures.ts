import type { BookingCard_BookingFragment } from "../../gql/graphql";
import { money } from "../../test/api";

type Wire<T> = T & { __typename: string };

/** A tutoring booking as the API sends it (wire format, with __typename for the cache). */
export function bookingFixture(
  overrides: Partial<BookingCard_BookingFragment> = {},
): Wire<BookingCard_BookingFragment> {
  return {
    __typename: "Booking",
    id: "Qm9va2luZzox",
    reference: "BK-7KQ2-M9XD",
    title: "GraphQL schema review",
    kind: "TUTORING_SLOT",
    status: "PENDING",
    paymentStatus: "AUTHORIZED",
    startsAt: "2030-03-04T14:00:00.000Z",
    endsAt: "2030-03-04T15:00:00.000Z",
    viewerCanCancel: true,
    price: money(12000, "USD"),
    amountPaid: money(0, "USD"),
    amountRefunded: money(0, "USD"),
    cancellationPolicy: {
      __typename: "CancellationPolicy",
      refundableUntil: "2030-03-03T14:00:00.000Z",
      refundPercentBefore: 100,
      refundPercentAfter: 50,
    } as BookingCard_BookingFragment["cancellationPolicy"],
    cancellation: null,
    expert: {
      __typename: "ExpertProfile",
      id: "RXhwZXJ0OjE=",
      user: { __typename: "User", id: "VXNlcjox", name: "Marcus" },
    } as BookingCard_BookingFragment["expert"],
    schedule: null,
    ...overrides,
  };
}
