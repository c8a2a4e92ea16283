import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import { liveSessionAccess } from "./live-session.access.js";
import { participantsBySession } from "./live-session.loaders.js";
import { LiveSession, LiveSessionParticipant, type LiveSessionRow } from "./live-session.types.js";

interface ParticipantRow {
  userId: string;
  joinedAt: Date | null;
  leftAt: Date | null;
  createdAt: Date;
}

@Resolver(() => LiveSession)
export class LiveSessionParticipantsResolver {
  @FieldResolver(() => [LiveSessionParticipant], {
    nullable: true,
    description:
      "Everyone who took a place, first come first (those who left included); host and admins only.",
  })
  async participants(@Root() s: LiveSessionRow, @Ctx() ctx: AppContext): Promise<ParticipantRow[] | null> {
    return (await liveSessionAccess(ctx, s)).canManage ? participantsBySession(ctx).load(s.id) : null;
  }
}

@Resolver(() => LiveSessionParticipant)
export class LiveSessionParticipantResolver {
  @FieldResolver(() => User, { nullable: true, description: "The participant." })
  user(@Root() p: ParticipantRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(p.userId);
  }
}
