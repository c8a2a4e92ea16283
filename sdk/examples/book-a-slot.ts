// Runnable example: `pnpm --filter @campus/sdk example` against a running API
// (CAMPUS_URL, default http://localhost:4000). Lists courses, signs up a demo learner,
// books the first free tutoring slot, follows the booking live, then cancels it.
import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import { createCampusClient } from "../src/client.js";

const url = process.env.CAMPUS_URL ?? "http://localhost:4000";
const anonymous = createCampusClient({ url, webSocketImpl: WebSocket });

const courses = await anonymous.courses({ first: 3 });
console.log(`${courses.totalCount} courses, e.g.:`);
for (const c of courses.nodes) console.log(`  ${c.title} (${c.price.formatted})`);

const signUp = await anonymous.signUp({
  email: `demo-${randomUUID().slice(0, 8)}@example.com`,
  password: "a-long-unusual-password",
  firstName: "Demo",
  lastName: "Learner",
});
if (!signUp.tokens) throw new Error(signUp.userErrors.map((e) => e.message).join("; "));
const me = createCampusClient({ url, accessToken: signUp.tokens.accessToken, webSocketImpl: WebSocket });

const from = new Date(Date.now() + 86_400_000).toISOString();
const to = new Date(Date.now() + 60 * 86_400_000).toISOString();
for (const session of (await me.tutoringSessions({ first: 20 })).nodes) {
  const slot = (
    await me.availableSlots({ tutoringSessionId: session.id, from, to, timeZone: "UTC", first: 1 })
  ).nodes[0];
  if (!slot) continue;
  const stop = me.onBookingUpdated((b) => console.log(`live: booking ${b.id} is ${b.status}`));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { booking, userErrors } = await me.bookSlot({ slotId: slot.id });
  if (!booking) throw new Error(userErrors.map((e) => e.message).join("; "));
  console.log(`booked ${session.title} at ${slot.startsAt}: ${booking.reference} (${booking.status})`);
  console.log(`my bookings: ${(await me.myBookings()).totalCount}`);
  await me.cancelBooking({ bookingId: booking.id, reason: "Just trying the SDK" });
  await new Promise((resolve) => setTimeout(resolve, 500));
  stop();
  break;
}
await Promise.all([anonymous.close(), me.close()]);
