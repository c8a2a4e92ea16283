import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import {
  BookingStatusCount,
  FunnelStep,
  ReportFilter,
  RevenuePoint,
  ScheduleOccupancy,
  TopCourse,
} from "./reports.types.js";

const filterArg = { nullable: true, description: "Period (and bucket size or row limit)." } as const;

/** Admin reports; the same figures are downloadable as CSV at /admin/reports/<name>.csv. */
@Resolver()
export class AdminReportsResolver {
  @Authorized("ADMIN")
  @Query(() => [RevenuePoint], { description: "Ledger revenue by period and currency (admins)." })
  async revenueReport(
    @Arg("filter", () => ReportFilter, filterArg) filter: ReportFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reports.revenue(await ctx.requireViewer(), filter);
  }

  @Authorized("ADMIN")
  @Query(() => [BookingStatusCount], { description: "Bookings made in the period by status (admins)." })
  async bookingsByStatusReport(
    @Arg("filter", () => ReportFilter, filterArg) filter: ReportFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reports.bookingsByStatus(await ctx.requireViewer(), filter);
  }

  @Authorized("ADMIN")
  @Query(() => [ScheduleOccupancy], {
    description: "Occupancy of schedules starting in the period (admins).",
  })
  async scheduleOccupancyReport(
    @Arg("filter", () => ReportFilter, filterArg) filter: ReportFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reports.scheduleOccupancy(await ctx.requireViewer(), filter);
  }

  @Authorized("ADMIN")
  @Query(() => [TopCourse], { description: "Courses with the most enrolments and bookings (admins)." })
  async topCoursesReport(
    @Arg("filter", () => ReportFilter, filterArg) filter: ReportFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reports.topCourses(await ctx.requireViewer(), filter);
  }

  @Authorized("ADMIN")
  @Query(() => [FunnelStep], { description: "Visitors → sign-ups → enrolled or booked → paid (admins)." })
  async conversionFunnelReport(
    @Arg("filter", () => ReportFilter, filterArg) filter: ReportFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.reports.conversionFunnel(await ctx.requireViewer(), filter);
  }
}
