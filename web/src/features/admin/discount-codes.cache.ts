import type { Cache, UpdateResolver, Variables } from "@urql/exchange-graphcache";
import type {
  CreateDiscountCodeMutation,
  DeleteDiscountCodeMutation,
  UpdateDiscountCodeMutation,
} from "../../gql/graphql";
import { prependToLists, removeFromLists } from "./connection-cache";

type Filter = { search?: string | null; activeOnly?: boolean | null } | null | undefined;
type Saved = { id: string; code: string; isActive: boolean };

/** Whether a code belongs in a list asked for with these arguments (the API's filter, said again). */
function matches(args: Variables | null | undefined, code: Saved): boolean {
  const filter = args?.filter as Filter;
  if (filter?.activeOnly && !code.isActive) return false;
  const search = filter?.search?.trim().toUpperCase();
  return !search || code.code.includes(search);
}

const keyOf = (cache: Cache, id: string) => cache.keyOfEntity({ __typename: "DiscountCode", id }) ?? "";

/** A new code is the newest: first in every list it matches. */
export const createDiscountCode: UpdateResolver<CreateDiscountCodeMutation> = (result, _args, cache) => {
  const code = result.createDiscountCode.discountCode;
  if (code) prependToLists(cache, "discountCodes", keyOf(cache, code.id), (args) => matches(args, code));
};

/** A changed code updates in place; one switched off leaves the "active only" lists. */
export const updateDiscountCode: UpdateResolver<UpdateDiscountCodeMutation> = (result, _args, cache) => {
  const code = result.updateDiscountCode.discountCode;
  if (code) removeFromLists(cache, "discountCodes", keyOf(cache, code.id), (args) => matches(args, code));
};

export const deleteDiscountCode: UpdateResolver<DeleteDiscountCodeMutation> = (result, _args, cache) => {
  const id = result.deleteDiscountCode.deletedDiscountCodeId;
  if (!id) return;
  removeFromLists(cache, "discountCodes", keyOf(cache, id));
  cache.invalidate(keyOf(cache, id));
};
