import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { isAdmin, isSelf } from "../../auth/policy.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../graphql/errors.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { userById } from "./identity.loaders.js";
import { User, type UserSource } from "./identity.types.js";
import { applicationsByUser } from "./instructor-application.loaders.js";
import {
  type ApplicationRow,
  ApproveInstructorApplicationInput,
  InstructorApplication,
  InstructorApplicationConnection,
  InstructorApplicationFilter,
  InstructorApplicationPayload,
  RejectInstructorApplicationInput,
  SubmitInstructorApplicationInput,
} from "./instructor-application.types.js";

const requireApplicationId = (id: string) => {
  const uuid = fromGlobalIdOf("InstructorApplication", id);
  if (!uuid) throw notFound("InstructorApplication");
  return uuid;
};

const meta = (ctx: AppContext) => ({ ip: ctx.ip, userAgent: ctx.userAgent });
const none = { application: null };

@Resolver(() => InstructorApplication)
export class InstructorApplicationResolver {
  @Authorized("ADMIN")
  @Query(() => InstructorApplicationConnection, {
    description: "Instructor applications to review, oldest first (admins).",
  })
  async instructorApplications(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg("filter", () => InstructorApplicationFilter, {
      nullable: true,
      description: "Conditions on the applications.",
    })
    filter: InstructorApplicationFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.instructorApplications.list(await ctx.requireViewer(), filter?.status, page);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who applied." })
  applicant(@Root() application: ApplicationRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(application.userId);
  }

  @FieldResolver(() => User, { nullable: true, description: "The admin who decided; shown to admins only." })
  async reviewedBy(@Root() application: ApplicationRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    if (!application.reviewedById || !isAdmin(await ctx.viewer())) return null;
    return userById(ctx).load(application.reviewedById);
  }

  @Authorized()
  @Mutation(() => InstructorApplicationPayload, {
    description: "Apply to teach, with license, insurance and documents (one open application at a time).",
  })
  async submitInstructorApplication(
    @Arg("input", () => SubmitInstructorApplicationInput) input: SubmitInstructorApplicationInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    return toPayload(() => ctx.services.instructorApplications.submit(viewer, input), none);
  }

  @Authorized()
  @Mutation(() => InstructorApplicationPayload, {
    description:
      "Approve an application (admins): grants INSTRUCTOR, creates the expert profile, writes an audit entry.",
  })
  async approveInstructorApplication(
    @Arg("input", () => ApproveInstructorApplicationInput) input: ApproveInstructorApplicationInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const applicationId = requireApplicationId(input.applicationId);
    return toPayload(
      () => ctx.services.instructorApplications.approve(viewer, { ...input, applicationId }, meta(ctx)),
      none,
    );
  }

  @Authorized()
  @Mutation(() => InstructorApplicationPayload, {
    description: "Reject an application with a reason (admins); audited.",
  })
  async rejectInstructorApplication(
    @Arg("input", () => RejectInstructorApplicationInput) input: RejectInstructorApplicationInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const applicationId = requireApplicationId(input.applicationId);
    return toPayload(
      () => ctx.services.instructorApplications.reject(viewer, { ...input, applicationId }, meta(ctx)),
      none,
    );
  }
}

@Resolver(() => User)
export class UserInstructorApplicationsResolver {
  @FieldResolver(() => [InstructorApplication], {
    nullable: true,
    description: "The user's applications to teach, newest first. Null for anyone but the user and admins.",
  })
  async instructorApplications(
    @Root() user: UserSource,
    @Ctx() ctx: AppContext,
  ): Promise<ApplicationRow[] | null> {
    const viewer = await ctx.viewer();
    return isSelf(viewer, user.id) || isAdmin(viewer) ? applicationsByUser(ctx).load(user.id) : null;
  }
}
