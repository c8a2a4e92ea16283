import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { AppContext } from "../../context.js";
import { toGlobalId } from "../../graphql/global-id.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { type CourseRow, courseById } from "./catalog.loaders.js";
import { Course, type CourseSource } from "./catalog.types.js";
import { viewerFactsFor } from "./course-access.js";
import { optionalId, requireId } from "./ids.js";
import { NestedPageArgs } from "./nested-page.js";
import { resourceCountByCourse, resourcesPage, viewerHasFavorited } from "./resources.loaders.js";
import { canAccessResource, canEditResource } from "./resources.policy.js";
import {
  CreateResourceInput,
  DeleteResourceInput,
  DeleteResourcePayload,
  FavoriteResourceInput,
  Resource,
  ResourceConnection,
  ResourceFilter,
  ResourcePayload,
  type ResourceRow,
  UpdateResourceInput,
} from "./resources.types.js";

async function resourceFacts(ctx: AppContext, resource: ResourceRow) {
  const course = resource.courseId ? await courseById(ctx).load(resource.courseId) : null;
  const { viewer, enrolled } = course
    ? await viewerFactsFor(ctx, course.id)
    : { viewer: await ctx.viewer(), enrolled: false };
  return { viewer, course, enrolled };
}

@Resolver(() => Course)
export class CourseResourcesResolver {
  @FieldResolver(() => ResourceConnection, { description: "Resources attached to the course, oldest first." })
  resources(
    @Root() course: CourseSource,
    @Args(() => NestedPageArgs) page: NestedPageArgs,
    @Ctx() ctx: AppContext,
  ) {
    return resourcesPage(ctx, course.id, page, () => resourceCountByCourse(ctx).load(course.id));
  }
}

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => ResourceConnection, {
    description: "Resources the viewer may see, newest first: standalone ones and those of visible courses.",
  })
  async resources(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg("filter", () => ResourceFilter, {
      nullable: true,
      description: "Conditions every resource must meet.",
    })
    filter: ResourceFilter | null,
    @Ctx() ctx: AppContext,
  ) {
    const courseId = optionalId("Course", filter?.courseId);
    return ctx.services.resources.listResources(await ctx.viewer(), { ...filter, courseId }, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "File or link; null when the resource is restricted and the viewer has no access.",
  })
  async url(@Root() resource: ResourceRow, @Ctx() ctx: AppContext): Promise<string | null> {
    const { viewer, course, enrolled } = await resourceFacts(ctx, resource);
    return canAccessResource(viewer, resource, course, enrolled) ? resource.url : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may open the resource." })
  async viewerCanAccess(@Root() resource: ResourceRow, @Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer, course, enrolled } = await resourceFacts(ctx, resource);
    return canAccessResource(viewer, resource, course, enrolled);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may edit or delete the resource." })
  async viewerCanEdit(@Root() resource: ResourceRow, @Ctx() ctx: AppContext): Promise<boolean> {
    const { viewer, course } = await resourceFacts(ctx, resource);
    return canEditResource(viewer, resource, course);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer saved the resource as a favorite." })
  viewerHasFavorited(@Root() resource: ResourceRow, @Ctx() ctx: AppContext): Promise<boolean> {
    return viewerHasFavorited(ctx).load(resource.id);
  }

  @FieldResolver(() => Float, { description: "Average rating, 0 to 5." })
  rating(@Root() resource: ResourceRow): number {
    return Number(resource.rating);
  }

  @FieldResolver(() => Course, {
    nullable: true,
    description: "The course it belongs to; null when standalone.",
  })
  course(@Root() resource: ResourceRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> | null {
    return resource.courseId ? courseById(ctx).load(resource.courseId) : null;
  }

  @Authorized()
  @Mutation(() => ResourcePayload, {
    description: "Add a resource to a course you teach, or a standalone one.",
  })
  async createResource(
    @Arg("input", () => CreateResourceInput) input: CreateResourceInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const courseId = optionalId("Course", input.courseId);
    return toPayload(() => ctx.services.resources.createResource(viewer, { ...input, courseId }), {
      resource: null,
    });
  }

  @Authorized()
  @Mutation(() => ResourcePayload, { description: "Change a resource you may edit." })
  async updateResource(
    @Arg("input", () => UpdateResourceInput) input: UpdateResourceInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const resourceId = requireId("Resource", input.resourceId);
    return toPayload(() => ctx.services.resources.updateResource(viewer, { ...input, resourceId }), {
      resource: null,
    });
  }

  @Authorized()
  @Mutation(() => DeleteResourcePayload, { description: "Delete a resource you may edit." })
  async deleteResource(
    @Arg("input", () => DeleteResourceInput) input: DeleteResourceInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const resourceId = requireId("Resource", input.resourceId);
    return toPayload(
      async () => {
        await ctx.services.resources.deleteResource(viewer, { resourceId });
        return { deletedResourceId: toGlobalId("Resource", resourceId) };
      },
      { deletedResourceId: null },
    );
  }

  @Authorized()
  @Mutation(() => ResourcePayload, { description: "Save a resource as a favorite (idempotent)." })
  async favoriteResource(
    @Arg("input", () => FavoriteResourceInput) input: FavoriteResourceInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const resourceId = requireId("Resource", input.resourceId);
    return toPayload(() => ctx.services.resources.favorite(viewer, { resourceId }), { resource: null });
  }

  @Authorized()
  @Mutation(() => ResourcePayload, { description: "Remove a resource from your favorites (idempotent)." })
  async unfavoriteResource(
    @Arg("input", () => FavoriteResourceInput) input: FavoriteResourceInput,
    @Ctx() ctx: AppContext,
  ) {
    const viewer = await ctx.requireViewer();
    const resourceId = requireId("Resource", input.resourceId);
    return toPayload(() => ctx.services.resources.unfavorite(viewer, { resourceId }), { resource: null });
  }
}
