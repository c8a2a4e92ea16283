import type { UpdateResolver } from "@urql/exchange-graphcache";
import type { CreateVenueMutation, UpdateVenueMutation } from "../../gql/graphql";
import { appendToLists, removeFromLists } from "./connection-cache";

type Filter = { city?: string | null } | null | undefined;

const inCity = (filter: Filter, city: string) =>
  !filter?.city || filter.city.trim().toLowerCase() === city.trim().toLowerCase();

/** A new venue joins the lists of its city (the page orders them by name). */
export const createVenue: UpdateResolver<CreateVenueMutation> = (result, _args, cache) => {
  const venue = result.createVenue.venue;
  const key = venue && cache.keyOfEntity({ __typename: "Venue", id: venue.id });
  if (!venue || !key) return;
  const city = cache.resolve(key, "city");
  appendToLists(cache, "venues", key, (args) =>
    inCity(args?.filter as Filter, typeof city === "string" ? city : ""),
  );
};

/** `venues` lists active venues only: one switched off leaves them. */
export const updateVenue: UpdateResolver<UpdateVenueMutation> = (result, _args, cache) => {
  const venue = result.updateVenue.venue;
  const key = venue && cache.keyOfEntity({ __typename: "Venue", id: venue.id });
  if (venue && key && !venue.isActive) removeFromLists(cache, "venues", key);
};
