import type { Cache, UpdateResolver, Variables } from "@urql/exchange-graphcache";
import type { CreateVenueMutation, UpdateVenueMutation } from "../../gql/graphql";
import { appendToLists, removeFromLists } from "./connection-cache";

type Filter = { city?: string | null; includeInactive?: boolean | null } | null | undefined;
type Saved = { id: string; city: string; isActive: boolean };

/** Whether a venue belongs in a list asked for with these arguments (the API's filter, said again). */
function matches(args: Variables | null | undefined, venue: Saved): boolean {
  const filter = args?.filter as Filter;
  if (!filter?.includeInactive && !venue.isActive) return false;
  return !filter?.city || filter.city.trim().toLowerCase() === venue.city.trim().toLowerCase();
}

const keyOf = (cache: Cache, id: string) => cache.keyOfEntity({ __typename: "Venue", id }) ?? "";

/** A new venue joins the lists it matches (the pages order them by name). */
export const createVenue: UpdateResolver<CreateVenueMutation> = (result, _args, cache) => {
  const venue = result.createVenue.venue;
  if (venue) appendToLists(cache, "venues", keyOf(cache, venue.id), (args) => matches(args, venue));
};

/**
 * A changed venue leaves the lists it no longer matches (switched off: the
 * active-only ones; moved: the other city's) and joins those it now matches
 * (switched back on: planning's list again). The admins' list keeps it throughout.
 */
export const updateVenue: UpdateResolver<UpdateVenueMutation> = (result, _args, cache) => {
  const venue = result.updateVenue.venue;
  if (!venue) return;
  const key = keyOf(cache, venue.id);
  removeFromLists(cache, "venues", key, (args) => matches(args, venue));
  appendToLists(cache, "venues", key, (args) => matches(args, venue));
};
