import type { ClassType, NonEmptyArray } from "type-graphql";
import {
  AdminUsersResolver,
  AuditLogEntryResolver,
  UserAdminFieldsResolver,
} from "./modules/admin/admin.resolver.js";
import { AdminReportsResolver } from "./modules/admin/reports.resolver.js";
import { AnalyticsResolver } from "./modules/analytics/analytics.resolver.js";
import { AssistantResolver } from "./modules/assistant/assistant.resolver.js";
import { BookingResolver } from "./modules/booking/booking.resolver.js";
import { BookingSubscriptions } from "./modules/booking/booking.subscriptions.js";
import { BookingFieldsResolver } from "./modules/booking/booking-fields.resolver.js";
import { catalogResolvers } from "./modules/catalog/catalog.resolvers.js";
import { commerceResolvers } from "./modules/commerce/commerce.resolvers.js";
import { AuthResolver } from "./modules/identity/auth.resolver.js";
import {
  InstructorApplicationResolver,
  UserInstructorApplicationsResolver,
} from "./modules/identity/instructor-application.resolver.js";
import { UserResolver } from "./modules/identity/user.resolver.js";
import { ContactInquiryResolver } from "./modules/individual/contact.resolver.js";
import { IndividualSubscriptions } from "./modules/individual/individual.subscriptions.js";
import { IndividualCourseResolver } from "./modules/individual/individual-course.resolver.js";
import {
  IndividualCourseSessionsResolver,
  IndividualSessionResolver,
} from "./modules/individual/individual-session.resolver.js";
import { CourseQuoteResolver, IndividualCourseQuotesResolver } from "./modules/individual/quote.resolver.js";
import { IndividualReportsResolver } from "./modules/individual/reports.resolver.js";
import { learningResolvers } from "./modules/learning/learning.resolvers.js";
import { liveResolvers } from "./modules/live/live.resolvers.js";
import {
  EmailCourseSubscriptionFieldsResolver,
  MessagingResolver,
} from "./modules/messaging/messaging.resolver.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { NotificationResolver } from "./modules/notifications/notification.resolver.js";
import { NotificationSubscriptions } from "./modules/notifications/notification.subscriptions.js";
import { ApiKeyResolver } from "./modules/partners/api-keys.resolver.js";
import { PrivacyResolver } from "./modules/privacy/privacy.resolver.js";
import { ScheduleResolver } from "./modules/training/schedule.resolver.js";
import { ScheduleSubscriptions } from "./modules/training/schedule.subscriptions.js";
import { VenueResolver } from "./modules/training/venue.resolver.js";
import { AvailabilityResolver } from "./modules/tutoring/availability.resolver.js";
import { ExpertResolver } from "./modules/tutoring/expert.resolver.js";
import { SlotResolver } from "./modules/tutoring/slot.resolver.js";
import { SlotSubscriptions } from "./modules/tutoring/slot.subscriptions.js";
import { TutoringSessionResolver } from "./modules/tutoring/tutoring-session.resolver.js";

/** Every resolver class of every module; schema.ts builds the API from this list. */
export const resolvers: NonEmptyArray<ClassType> = [
  NodeResolver,
  AuthResolver,
  UserResolver,
  ...catalogResolvers,
  ...commerceResolvers,
  ...learningResolvers,
  ...liveResolvers,
  InstructorApplicationResolver,
  UserInstructorApplicationsResolver,
  VenueResolver,
  ScheduleResolver,
  ExpertResolver,
  TutoringSessionResolver,
  AvailabilityResolver,
  SlotResolver,
  BookingResolver,
  BookingFieldsResolver,
  NotificationResolver,
  MessagingResolver,
  EmailCourseSubscriptionFieldsResolver,
  AnalyticsResolver,
  AssistantResolver,
  BookingSubscriptions,
  SlotSubscriptions,
  ScheduleSubscriptions,
  NotificationSubscriptions,
  ContactInquiryResolver,
  IndividualCourseResolver,
  CourseQuoteResolver,
  IndividualCourseQuotesResolver,
  IndividualSessionResolver,
  IndividualCourseSessionsResolver,
  IndividualReportsResolver,
  IndividualSubscriptions,
  AdminUsersResolver,
  UserAdminFieldsResolver,
  AuditLogEntryResolver,
  PrivacyResolver,
  ApiKeyResolver,
  AdminReportsResolver,
];
