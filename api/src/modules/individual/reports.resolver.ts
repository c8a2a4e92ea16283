import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { IndividualCourseReport, IndividualReportFilter } from "./reports.types.js";

@Resolver()
export class IndividualReportsResolver {
  @Query(() => IndividualCourseReport, {
    description: "Analytics of individual courses: the viewer's own (instructors) or everyone's (admins).",
  })
  async individualCourseReport(
    @Arg("filter", () => IndividualReportFilter, { nullable: true, description: "Period and instructor." })
    filter: IndividualReportFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.individualReports.report(await ctx.requireViewer(), filter ?? {});
  }
}
