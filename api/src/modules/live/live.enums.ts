import { registerEnumType } from "type-graphql";

export enum LiveSessionStatusEnum {
  SCHEDULED = "SCHEDULED",
  LIVE = "LIVE",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(LiveSessionStatusEnum, {
  name: "LiveSessionStatus",
  description:
    "Lifecycle of a live session: scheduled -> live -> completed; a scheduled one may be cancelled.",
  valuesConfig: {
    SCHEDULED: { description: "Planned; students can register (join) ahead." },
    LIVE: { description: "Running now; participants can enter." },
    COMPLETED: { description: "Over; the recording link may be added." },
    CANCELLED: { description: "Will not take place." },
  },
});
