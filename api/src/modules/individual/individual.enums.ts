import { registerEnumType } from "type-graphql";

export enum CourseTypeInterestEnum {
  LIVE_GROUP = "LIVE_GROUP",
  SELF_PACED = "SELF_PACED",
  INDIVIDUAL = "INDIVIDUAL",
  MULTIPLE = "MULTIPLE",
  UNDECIDED = "UNDECIDED",
}
registerEnumType(CourseTypeInterestEnum, {
  name: "CourseTypeInterest",
  description: "Which kind of course an inquirer is interested in.",
});

export enum UrgencyLevelEnum {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  URGENT = "URGENT",
}
registerEnumType(UrgencyLevelEnum, {
  name: "UrgencyLevel",
  description: "How soon an inquirer wants to start.",
});

export enum ContactStatusEnum {
  NEW = "NEW",
  IN_PROGRESS = "IN_PROGRESS",
  CONVERTED = "CONVERTED",
  CLOSED = "CLOSED",
}
registerEnumType(ContactStatusEnum, {
  name: "ContactInquiryStatus",
  description: "Handling state of an inquiry: NEW until an instructor takes it up.",
});

export enum IndividualCourseStatusEnum {
  INQUIRY = "INQUIRY",
  QUOTED = "QUOTED",
  CONFIRMED = "CONFIRMED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(IndividualCourseStatusEnum, {
  name: "IndividualCourseStatus",
  description: "Lifecycle: INQUIRY → QUOTED → CONFIRMED → IN_PROGRESS → COMPLETED, or CANCELLED.",
});

export enum IndividualPaymentStatusEnum {
  PENDING = "PENDING",
  PARTIALLY_PAID = "PARTIALLY_PAID",
  PAID = "PAID",
  REFUNDED = "REFUNDED",
}
registerEnumType(IndividualPaymentStatusEnum, {
  name: "IndividualPaymentStatus",
  description: "Where the payment of an individual course stands.",
});

export enum LearningPaceEnum {
  SLOW = "SLOW",
  NORMAL = "NORMAL",
  FAST = "FAST",
  INTENSIVE = "INTENSIVE",
}
registerEnumType(LearningPaceEnum, {
  name: "LearningPace",
  description: "How fast the student wants to go.",
});

export enum IndividualSessionStatusEnum {
  SCHEDULED = "SCHEDULED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  RESCHEDULED = "RESCHEDULED",
}
registerEnumType(IndividualSessionStatusEnum, {
  name: "IndividualSessionStatus",
  description: "State of one lesson: SCHEDULED (or RESCHEDULED to a new date), then COMPLETED or CANCELLED.",
});

export enum QuoteStatusEnum {
  DRAFT = "DRAFT",
  SENT = "SENT",
  VIEWED = "VIEWED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  EXPIRED = "EXPIRED",
  REVISED = "REVISED",
}
registerEnumType(QuoteStatusEnum, {
  name: "QuoteStatus",
  description: "Lifecycle of a quote: DRAFT → SENT → VIEWED → ACCEPTED / REJECTED, or EXPIRED, or REVISED.",
});

export enum QuoteDecisionEnum {
  ACCEPT = "ACCEPT",
  REJECT = "REJECT",
}
registerEnumType(QuoteDecisionEnum, {
  name: "QuoteDecision",
  description: "The recipient's answer to a quote.",
});
