import type { RateLimitStore } from "./auth/rate-limit.js";
import type { Config } from "./config.js";
import type { CampusPrisma } from "./db/client.js";
import type { Logger } from "./logger.js";
import { AuditLogService } from "./modules/admin/audit-log.service.js";
import { ReportsService } from "./modules/admin/reports.service.js";
import { AdminUsersService } from "./modules/admin/users.service.js";
import { AnalyticsService } from "./modules/analytics/analytics.service.js";
import { createAssistantServices } from "./modules/assistant/assistant.services.js";
import { BookingService } from "./modules/booking/booking.service.js";
import { BookingChangesService } from "./modules/booking/booking-changes.service.js";
import { BookingMoneyService } from "./modules/booking/booking-money.service.js";
import { BookingQueriesService } from "./modules/booking/booking-queries.service.js";
import { createCatalogServices } from "./modules/catalog/catalog.services.js";
import { GatewayBookingPayments } from "./modules/commerce/booking-payments.js";
import type { CommerceDeps } from "./modules/commerce/commerce.deps.js";
import { createCommerceServices } from "./modules/commerce/commerce.services.js";
import { AuthService } from "./modules/identity/auth.service.js";
import { InstructorApplicationService } from "./modules/identity/instructor-application.service.js";
import { ContactService } from "./modules/individual/contact.service.js";
import { IndividualCourseService } from "./modules/individual/individual-course.service.js";
import { IndividualSessionService } from "./modules/individual/individual-session.service.js";
import { QuoteService } from "./modules/individual/quote.service.js";
import { QuoteNumberAllocator } from "./modules/individual/quote-number.js";
import { QuoteResponseService } from "./modules/individual/quote-response.service.js";
import { IndividualReportsService } from "./modules/individual/reports.service.js";
import { createLearningServices } from "./modules/learning/learning.services.js";
import { createLiveServices } from "./modules/live/live.services.js";
import { createMessagingServices } from "./modules/messaging/messaging.services.js";
import { NotificationService } from "./modules/notifications/notification.service.js";
import { ApiKeyService } from "./modules/partners/api-keys.service.js";
import { PrivacyService } from "./modules/privacy/privacy.service.js";
import { ScheduleService } from "./modules/training/schedule.service.js";
import { VenueService } from "./modules/training/venue.service.js";
import { AvailabilityService } from "./modules/tutoring/availability.service.js";
import { ExpertService } from "./modules/tutoring/expert.service.js";
import { SlotService } from "./modules/tutoring/slot.service.js";
import { TutoringSessionService } from "./modules/tutoring/tutoring-session.service.js";
import { createPaymentGateway } from "./payments/create-gateway.js";
import type { CampusPubSub } from "./realtime/pubsub.js";

export interface ServiceDeps {
  config: Config;
  prisma: CampusPrisma;
  pubsub: CampusPubSub;
  rateLimits: RateLimitStore;
  logger: Logger;
}

/** Every domain service, built once per process; they hold the rules, resolvers stay thin. */
export function createServices(deps: ServiceDeps) {
  const horizon = { slotHorizonWeeks: deps.config.tutoring.slotHorizonWeeks };
  const commerce: CommerceDeps = {
    prisma: deps.prisma,
    pubsub: deps.pubsub,
    gateway: createPaymentGateway(deps.config, deps.prisma),
    captureOn: deps.config.payments.captureOn,
    logger: deps.logger,
  };
  const bookingPayments = new GatewayBookingPayments(commerce);
  const commerceServices = createCommerceServices(commerce, deps.config, bookingPayments);
  const clock = () => new Date();
  const bookingChanges = new BookingChangesService({
    prisma: deps.prisma,
    pubsub: deps.pubsub,
    payments: bookingPayments,
  });
  return {
    auth: new AuthService({
      prisma: deps.prisma,
      config: deps.config,
      logger: deps.logger,
      limiter: (name, points, seconds) => deps.rateLimits.limiter(name, points, seconds),
    }),
    ...createCatalogServices({ prisma: deps.prisma }),
    ...createLearningServices({ prisma: deps.prisma }),
    ...createLiveServices({ prisma: deps.prisma, pubsub: deps.pubsub }),
    instructorApplications: new InstructorApplicationService({ prisma: deps.prisma }),
    venues: new VenueService({ prisma: deps.prisma }),
    experts: new ExpertService({ prisma: deps.prisma }),
    tutoringSessions: new TutoringSessionService({ prisma: deps.prisma, pubsub: deps.pubsub, horizon }),
    availability: new AvailabilityService({ prisma: deps.prisma, pubsub: deps.pubsub, horizon }),
    bookings: new BookingService({
      prisma: deps.prisma,
      pubsub: deps.pubsub,
      payments: bookingPayments,
      minNoticeMinutes: deps.config.tutoring.minNoticeMinutes,
    }),
    bookingChanges,
    bookingMoney: new BookingMoneyService({
      prisma: deps.prisma,
      pubsub: deps.pubsub,
      payments: bookingPayments,
    }),
    commerce,
    ...commerceServices,
    bookingQueries: new BookingQueriesService({ prisma: deps.prisma }),
    notifications: new NotificationService({ prisma: deps.prisma }),
    slots: new SlotService({ prisma: deps.prisma, minNoticeMinutes: deps.config.tutoring.minNoticeMinutes }),
    schedules: new ScheduleService({
      prisma: deps.prisma,
      pubsub: deps.pubsub,
      bookings: () => bookingChanges,
    }),
    contacts: new ContactService({
      prisma: deps.prisma,
      pubsub: deps.pubsub,
      perIp: deps.rateLimits.limiter("contact-inquiry", 10, 3600),
    }),
    individualCourses: new IndividualCourseService({ prisma: deps.prisma, clock }),
    quotes: new QuoteService({
      prisma: deps.prisma,
      numbers: new QuoteNumberAllocator(clock),
      clock,
      webBaseUrl: deps.config.publicUrl,
    }),
    quoteResponses: new QuoteResponseService({
      prisma: deps.prisma,
      pubsub: deps.pubsub,
      payments: commerceServices.quotePayments,
      clock,
    }),
    individualSessions: new IndividualSessionService({ prisma: deps.prisma, clock }),
    individualReports: new IndividualReportsService({ prisma: deps.prisma }),
    ...createMessagingServices(deps),
    analytics: new AnalyticsService({
      prisma: deps.prisma,
      limiter: (n, p, sec) => deps.rateLimits.limiter(n, p, sec),
    }),
    ...createAssistantServices(deps),
    adminUsers: new AdminUsersService({ prisma: deps.prisma, pubsub: deps.pubsub }),
    auditLogs: new AuditLogService({ prisma: deps.prisma }),
    privacy: new PrivacyService({ prisma: deps.prisma, pubsub: deps.pubsub }),
    apiKeys: new ApiKeyService({ prisma: deps.prisma }),
    reports: new ReportsService({ prisma: deps.prisma }),
  };
}

export type Services = ReturnType<typeof createServices>;
