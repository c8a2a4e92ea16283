import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: "Return the first n items (1–100, default 20)." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Return the last n items (1–100)." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return items before this cursor." })
  before?: string | null;
}
