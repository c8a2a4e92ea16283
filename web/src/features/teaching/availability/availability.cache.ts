import type { Cache, UpdateResolver } from "@urql/exchange-graphcache";
import type {
  CreateExpertProfileMutation,
  RemoveAvailabilityWindowMutation,
  RemoveAvailabilityWindowMutationVariables,
  SaveAvailabilityWindowMutation,
} from "../../../gql/graphql";

/** The viewer's windows as cached: the expert's key and the window keys, if loaded. */
function cachedWindows(cache: Cache): { expert: string; windows: string[] } | null {
  const expert = cache.resolve("Query", "myExpertProfile");
  if (typeof expert !== "string") return null;
  const windows = cache.resolve(expert, "availabilityWindows");
  return Array.isArray(windows) ? { expert, windows: windows as string[] } : null;
}

/**
 * Every change of a window regenerates the expert's slots on the server, so
 * each cached list of slots (the preview, and any session's picker) is fetched again.
 */
function refetchSlots(cache: Cache) {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "availableSlots") cache.invalidate("Query", field.fieldKey);
  }
}

export const saveAvailabilityWindow: UpdateResolver<SaveAvailabilityWindowMutation> = (
  result,
  _args,
  cache,
) => {
  const saved = result.saveAvailabilityWindow.window;
  if (!saved) return;
  const cached = cachedWindows(cache);
  const key = cache.keyOfEntity({ __typename: "AvailabilityWindow", id: saved.id });
  // An edited window is already up to date, being normalized; a new one joins the list.
  if (cached && key && !cached.windows.includes(key)) {
    cache.link(cached.expert, "availabilityWindows", [...cached.windows, key]);
  }
  refetchSlots(cache);
};

export const removeAvailabilityWindow: UpdateResolver<
  RemoveAvailabilityWindowMutation,
  RemoveAvailabilityWindowMutationVariables
> = (result, args, cache) => {
  if (result.removeAvailabilityWindow.userErrors.length > 0) return;
  const cached = cachedWindows(cache);
  const key = cache.keyOfEntity({ __typename: "AvailabilityWindow", id: args.input.windowId });
  if (cached) {
    cache.link(
      cached.expert,
      "availabilityWindows",
      cached.windows.filter((window) => window !== key),
    );
  }
  refetchSlots(cache);
};

/** A new expert profile is the viewer's from now on. */
export const createExpertProfile: UpdateResolver<CreateExpertProfileMutation> = (result, _args, cache) => {
  const expert = result.createExpertProfile.expert;
  if (expert) cache.link("Query", "myExpertProfile", { __typename: "ExpertProfile", id: expert.id });
};
