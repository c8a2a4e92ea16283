import { registerEnumType } from "type-graphql";

export enum PaymentKindEnum {
  COURSE_PURCHASE = "COURSE_PURCHASE",
  BOOKING = "BOOKING",
  INDIVIDUAL_COURSE = "INDIVIDUAL_COURSE",
  SUBSCRIPTION = "SUBSCRIPTION",
  REFUND = "REFUND",
}
registerEnumType(PaymentKindEnum, {
  name: "PaymentKind",
  description: "What a ledger entry pays for; refunds are entries of their own.",
  valuesConfig: {
    COURSE_PURCHASE: { description: "A self-paced course bought outright." },
    BOOKING: { description: "A tutoring slot or a seat in an in-person class." },
    INDIVIDUAL_COURSE: { description: "An individual course, paid from its accepted quote." },
    SUBSCRIPTION: { description: "A subscription period." },
    REFUND: { description: "Money returned from an earlier payment." },
  },
});

export enum PaymentStatusEnum {
  PENDING = "PENDING",
  AUTHORIZED = "AUTHORIZED",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
  EXPIRED = "EXPIRED",
  PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED",
  REFUNDED = "REFUNDED",
}
registerEnumType(PaymentStatusEnum, {
  name: "PaymentStatus",
  description: "Where a ledger entry stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for the card to be confirmed." },
    AUTHORIZED: { description: "The card is authorized; the money is captured later." },
    SUCCEEDED: { description: "The money was taken (or, for a refund, returned)." },
    FAILED: { description: "The card was declined; the customer may try another one." },
    CANCELLED: { description: "Abandoned or released before any money was taken." },
    EXPIRED: {
      description: "Not completed in time (an unpaid checkout, or an authorization older than 7 days).",
    },
    PARTIALLY_REFUNDED: { description: "Part of the money was refunded." },
    REFUNDED: { description: "All of the money was refunded." },
  },
});

export enum PaymentProviderEnum {
  STRIPE = "STRIPE",
  OFFLINE = "OFFLINE",
  FREE_GRANT = "FREE_GRANT",
  MANUAL = "MANUAL",
}
registerEnumType(PaymentProviderEnum, {
  name: "PaymentProvider",
  description: "Who processed a payment.",
  valuesConfig: {
    STRIPE: { description: "Stripe." },
    OFFLINE: { description: "The offline gateway: simulated, no money moved (Stripe is not configured)." },
    FREE_GRANT: { description: "Nothing to pay (free, or fully discounted)." },
    MANUAL: { description: "Recorded by an admin (bank transfer, cash)." },
  },
});

export enum DiscountTypeEnum {
  PERCENTAGE = "PERCENTAGE",
  FIXED_AMOUNT = "FIXED_AMOUNT",
}
registerEnumType(DiscountTypeEnum, {
  name: "DiscountType",
  description: "How a discount code takes money off.",
  valuesConfig: {
    PERCENTAGE: { description: "A whole percentage of the price (1–100)." },
    FIXED_AMOUNT: { description: "A fixed amount in the code's currency, never more than the price." },
  },
});

export enum DiscountScopeEnum {
  ALL = "ALL",
  COURSES = "COURSES",
  COURSE_FORMAT = "COURSE_FORMAT",
  BOOKINGS = "BOOKINGS",
  SUBSCRIPTIONS = "SUBSCRIPTIONS",
}
registerEnumType(DiscountScopeEnum, {
  name: "DiscountScope",
  description:
    "What a discount code applies to; its course, format and course-type restrictions narrow it further.",
  valuesConfig: {
    ALL: { description: "Every purchase." },
    COURSES: { description: "Course purchases." },
    COURSE_FORMAT: { description: "Course purchases and class seats of the code's format." },
    BOOKINGS: { description: "Tutoring slots and class seats." },
    SUBSCRIPTIONS: { description: "Subscriptions and individual courses." },
  },
});
