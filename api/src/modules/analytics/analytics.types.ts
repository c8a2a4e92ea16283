import { Field, InputType, Int, ObjectType } from "type-graphql";
import { JSONScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

@InputType({ description: "One analytics event (seed 004 analytics_events)." })
export class AnalyticsEventInput {
  @Field(() => String, {
    description: "What happened, e.g. page_view or add_to_cart (at most 50 characters).",
  })
  eventType!: string;

  @Field(() => String, { nullable: true, description: "The client's browsing session." })
  sessionId?: string | null;

  @Field(() => String, { nullable: true, description: "The page the event happened on." })
  pageUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The referring page." })
  referrerUrl?: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: "Extra data of the event (a JSON object, at most 8 kB).",
  })
  eventData?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: "desktop, mobile or tablet." })
  deviceType?: string | null;

  @Field(() => String, { nullable: true, description: "Browser name." })
  browser?: string | null;
}

@InputType({ description: "A batch of analytics events." })
export class TrackEventsInput {
  @Field(() => [AnalyticsEventInput], { description: "The events, at most 100 per call." })
  events!: AnalyticsEventInput[];
}

@ObjectType({ description: "Result of trackEvents." })
export class TrackEventsPayload {
  @Field(() => Int, { description: "How many events were stored." })
  acceptedCount!: number;

  @Field(() => [UserError], { description: "Why the batch was refused, if it was." })
  userErrors!: UserError[];
}
