import { Ctx, Resolver, Root, Subscription } from "type-graphql";
import type { AppContext } from "../../context.js";
import { authorizedEvents, refreshForEvent } from "../../realtime/event-scope.js";
import { topics } from "../../realtime/topics.js";
import type { BookingUpdatedEvent } from "./booking.events.js";
import { bookingById, bookingSelect } from "./booking.loaders.js";
import { bookingParties } from "./booking.parties.js";
import { canReadBooking } from "./booking.policy.js";
import { Booking } from "./booking.types.js";

@Resolver()
export class BookingSubscriptions {
  @Subscription(() => Booking, {
    description:
      "The viewer's bookings as they change: their own, and as an expert or a schedule's manager the ones made with them. Requires a signed-in socket.",
    // Authorized when subscribing (the topic is the viewer's own) and again for every event.
    subscribe: async ({ context }) => {
      const ctx = context as AppContext;
      const viewer = await ctx.requireViewer();
      return authorizedEvents<BookingUpdatedEvent>(
        ctx.pubsub,
        topics.bookingUpdated(viewer.id),
        async (event) => {
          const current = await refreshForEvent(ctx);
          const booking = await ctx.prisma.booking.findUnique({
            where: { id: event.bookingId },
            select: bookingSelect,
          });
          return !!current && !!booking && canReadBooking(current, await bookingParties(ctx.prisma, booking));
        },
      );
    },
  })
  bookingUpdated(@Root() event: BookingUpdatedEvent, @Ctx() ctx: AppContext) {
    return bookingById(ctx).load(event.bookingId);
  }
}
