import { Field, ObjectType, registerEnumType } from "type-graphql";
import { BookableSlot, ExpertProfile, TutoringSession } from "./tutoring.types.js";

export enum SlotChangeReasonEnum {
  BOOKED = "BOOKED",
  RELEASED = "RELEASED",
  BLOCKED = "BLOCKED",
  REOPENED = "REOPENED",
  REGENERATED = "REGENERATED",
}
registerEnumType(SlotChangeReasonEnum, {
  name: "SlotChangeReason",
  description: "Why slot availability changed.",
  valuesConfig: {
    BOOKED: { description: "A seat of `slot` was booked." },
    RELEASED: { description: "A seat of `slot` was released (cancelled or declined booking)." },
    BLOCKED: {
      description: "The expert was booked at an overlapping time: some slots of the session closed.",
    },
    REOPENED: { description: "That overlapping booking ended: some slots of the session reopened." },
    REGENERATED: { description: "The expert's windows or sessions changed: slots were added or withdrawn." },
  },
});

@ObjectType({ description: "A change in the availability of a tutoring session's slots." })
export class SlotAvailabilityChange {
  @Field(() => SlotChangeReasonEnum, { description: "Why." })
  reason!: SlotChangeReasonEnum;

  @Field(() => BookableSlot, {
    nullable: true,
    description: "The slot, when one slot changed; refetch otherwise.",
  })
  slot!: BookableSlot | null;

  @Field(() => TutoringSession, { nullable: true, description: "The session whose slots changed." })
  tutoringSession!: TutoringSession | null;

  @Field(() => ExpertProfile, { nullable: true, description: "The expert." })
  expert!: ExpertProfile | null;
}
