import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { toPayload } from "../../graphql/payload.js";
import { CreateVenueInput, UpdateVenueInput, VenuePayload } from "./training.inputs.js";
import { Venue, VenueConnection, VenueFilter } from "./training.types.js";

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => VenueConnection, {
    description: "Active venues, by name (admins may include switched-off ones).",
  })
  async venues(
    @Arg("filter", () => VenueFilter, { nullable: true, description: "Which venues." })
    filter: VenueFilter | null,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.venues.list(await ctx.viewer(), filter ?? {}, page);
  }

  @Mutation(() => VenuePayload, { description: "Add a venue (admins)." })
  async createVenue(@Arg("input", () => CreateVenueInput) input: CreateVenueInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.viewer();
    return toPayload(() => ctx.services.venues.create(viewer, input), { venue: null });
  }

  @Mutation(() => VenuePayload, { description: "Change a venue (admins)." })
  async updateVenue(@Arg("input", () => UpdateVenueInput) input: UpdateVenueInput, @Ctx() ctx: AppContext) {
    const viewer = await ctx.viewer();
    return toPayload(() => ctx.services.venues.update(viewer, input), { venue: null });
  }
}
