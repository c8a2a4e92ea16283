import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";
import type {
  BookSlotMutation,
  SlotAvailabilityChangedSubscription,
  SlotAvailabilityChangedSubscriptionVariables,
} from "../../gql/graphql";

type SlotState = { id: string; status: string; seatsLeft: number } | null | undefined;

const isOpen = (slot: NonNullable<SlotState>) => slot.status === "AVAILABLE" && slot.seatsLeft > 0;

/** Takes a slot out of every cached availableSlots list (they are embedded connections). */
function removeSlot(cache: Cache, slotId: string) {
  const slotKey = cache.keyOfEntity({ __typename: "BookableSlot", id: slotId });
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName !== "availableSlots") continue;
    const connection = cache.resolve("Query", field.fieldKey);
    if (typeof connection !== "string") continue;
    const nodes = cache.resolve(connection, "nodes");
    if (!Array.isArray(nodes) || !(nodes as unknown[]).includes(slotKey)) continue;
    cache.link(
      connection,
      "nodes",
      (nodes as string[]).filter((key) => key !== slotKey),
    );
  }
}

/** True when some cached availableSlots list holds the slot. */
function listed(cache: Cache, slotId: string): boolean {
  const slotKey = cache.keyOfEntity({ __typename: "BookableSlot", id: slotId });
  return cache.inspectFields("Query").some((field) => {
    if (field.fieldName !== "availableSlots") return false;
    const connection = cache.resolve("Query", field.fieldKey);
    const nodes = typeof connection === "string" ? cache.resolve(connection, "nodes") : null;
    return Array.isArray(nodes) && (nodes as unknown[]).includes(slotKey);
  });
}

function refetchSlotLists(cache: Cache) {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "availableSlots") cache.invalidate("Query", field.fieldKey);
  }
}

function applySlot(cache: Cache, slot: SlotState) {
  if (!slot) return refetchSlotLists(cache);
  // A slot that can no longer be booked disappears at once. A listed slot that is still open
  // (one seat of several taken) is already updated, being normalized; one that opened
  // (released, reopened) is fetched again with its neighbours, in order.
  if (!isOpen(slot)) removeSlot(cache, slot.id);
  else if (!listed(cache, slot.id)) refetchSlotLists(cache);
}

export const slotAvailabilityChanged: UpdateResolver<
  SlotAvailabilityChangedSubscription,
  SlotAvailabilityChangedSubscriptionVariables
> = (result, _args, cache) => {
  const change = result.slotAvailabilityChanged;
  if (change.reason === "REGENERATED") refetchSlotLists(cache);
  else applySlot(cache, change.slot);
};

export const bookSlot: UpdateResolver<BookSlotMutation> = (result, _args, cache) => {
  const booking = result.bookSlot.booking;
  if (!booking) return;
  applySlot(cache, booking.slot);
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "myBookings") cache.invalidate("Query", field.fieldKey);
  }
};
