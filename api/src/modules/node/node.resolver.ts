import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { AppContext } from "../../context.js";
import { badUserInput, notFound } from "../../graphql/errors.js";
import { fromGlobalId } from "../../graphql/global-id.js";
import { Node } from "../../graphql/node.js";
import { nodeFetchers } from "./node-fetchers.js";

const MAX_NODES = 100;

async function fetchNode(ctx: AppContext, globalId: string): Promise<object> {
  const decoded = fromGlobalId(globalId);
  const fetcher = decoded ? nodeFetchers[decoded.type] : undefined;
  const found = decoded && fetcher ? await fetcher(ctx, decoded.id) : null;
  if (!decoded || !found) throw notFound(`Node ${JSON.stringify(globalId.slice(0, 100))}`);
  return { ...found, __typename: decoded.type };
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Fetches any object by its global id (NOT_FOUND when unknown or not visible).",
  })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: AppContext) {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description:
      "Fetches up to 100 objects by global id, in order; unknown or hidden ones are null with a NOT_FOUND error.",
  })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: AppContext) {
    if (ids.length > MAX_NODES) throw badUserInput(`At most ${MAX_NODES} ids at once.`, "ids");
    // Per-item errors: graphql-js turns a rejected item into null plus an error at its path.
    return ids.map((id) => fetchNode(ctx, id));
  }
}
