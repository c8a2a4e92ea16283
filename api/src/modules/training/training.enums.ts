import { registerEnumType } from "type-graphql";

export enum ScheduleStatusEnum {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  FULL = "FULL",
  CANCELLED = "CANCELLED",
  COMPLETED = "COMPLETED",
}
registerEnumType(ScheduleStatusEnum, {
  name: "ScheduleStatus",
  description: "Lifecycle of a course schedule: draft → published → full / cancelled / completed.",
  valuesConfig: {
    DRAFT: { description: "Being prepared; visible to its managers only." },
    PUBLISHED: { description: "Open for booking while seats are left." },
    FULL: { description: "Every seat is booked; back to PUBLISHED when a seat is released." },
    CANCELLED: { description: "Will not take place; its bookings were cancelled." },
    COMPLETED: { description: "Has taken place." },
  },
});

/** Seed 004 course_type (EFAW, FAW, Paediatric). */
export enum TrainingCourseTypeEnum {
  EFAW = "EFAW",
  FAW = "FAW",
  PAEDIATRIC = "PAEDIATRIC",
}
registerEnumType(TrainingCourseTypeEnum, {
  name: "TrainingCourseType",
  description: "Kind of in-person first-aid training (seed 004 course types).",
  valuesConfig: {
    EFAW: { description: "Emergency First Aid at Work." },
    FAW: { description: "First Aid at Work." },
    PAEDIATRIC: { description: "Paediatric First Aid." },
  },
});
