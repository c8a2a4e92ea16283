import { registerEnumType } from "type-graphql";

export enum ExpertVerificationStatusEnum {
  PENDING = "PENDING",
  VERIFIED = "VERIFIED",
  REJECTED = "REJECTED",
}
registerEnumType(ExpertVerificationStatusEnum, {
  name: "ExpertVerificationStatus",
  description: "Vetting of an expert by an admin; only verified experts are listed and bookable.",
});

export enum SlotStatusEnum {
  AVAILABLE = "AVAILABLE",
  FULL = "FULL",
  BLOCKED = "BLOCKED",
  CANCELLED = "CANCELLED",
}
registerEnumType(SlotStatusEnum, {
  name: "SlotStatus",
  description: "Bookability of a tutoring slot.",
  valuesConfig: {
    AVAILABLE: { description: "Seats are left and it can be booked." },
    FULL: { description: "Every seat is booked." },
    BLOCKED: {
      description: "The expert is booked at an overlapping time; reopens if that booking is cancelled.",
    },
    CANCELLED: { description: "No longer offered (its window or session changed)." },
  },
});
