import type { Prisma } from "../../generated/prisma/client.js";
import type { expertSelect, slotSelect, tutoringSessionSelect, windowSelect } from "./tutoring.loaders.js";

/** What resolvers hand to the tutoring object types: rows of the loaders' selects. */
export type ExpertRow = Prisma.ExpertProfileGetPayload<{ select: typeof expertSelect }>;
export type TutoringSessionRow = Prisma.TutoringSessionGetPayload<{ select: typeof tutoringSessionSelect }>;
export type WindowRow = Prisma.AvailabilityWindowGetPayload<{ select: typeof windowSelect }>;
/** A slot, plus the zone its local times are shown in when a query asked for one. */
export type SlotRow = Prisma.BookableSlotGetPayload<{ select: typeof slotSelect }> & {
  displayTimeZone?: string;
};
