import { type ClassType, Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Information to fetch the next or previous page of a connection." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow the last edge." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items precede the first edge." })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first edge, to page backwards with `before`.",
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge, to page forwards with `after`.",
  })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | (() => Promise<number>);
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` object types for a node type.
 * Every list field of the API is one of these (GitHub/Shopify style).
 */
export function connectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  description: string,
): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name}Connection.` })
  class Edge {
    @Field(() => String, { description: "Opaque cursor of this edge, for `after` / `before`." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at the end of the edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge], { description: "The edges of this page." })
    edges!: Edge[];

    @Field(() => [nodeType], { description: "The nodes of this page, when cursors are not needed." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    totalCount!: number | (() => Promise<number>);

    // type-graphql resolves plain property fields as `root[name]` without
    // calling functions (graphql-js's default resolver would), so the lazy
    // count `paginate` returns needs this inline resolver to be invoked.
    @Field(() => Int, {
      name: "totalCount",
      description: "Number of items matching the filters, over all pages.",
    })
    resolveTotalCount(): number | Promise<number> {
      return typeof this.totalCount === "function" ? this.totalCount() : this.totalCount;
    }
  }

  return Connection;
}
