import type { Cache, Resolver, UpdateResolver } from "@urql/exchange-graphcache";
import type { CreateCourseScheduleMutation, PublishCourseScheduleMutation } from "../../../gql/graphql";

/** A schedule just planned or published joins the listings it now belongs to: they are fetched again. */
function refetchScheduleLists(cache: Cache) {
  for (const field of cache.inspectFields("Query")) {
    if (field.fieldName === "courseSchedules") cache.invalidate("Query", field.fieldKey);
  }
}

export const createCourseSchedule: UpdateResolver<CreateCourseScheduleMutation> = (result, _args, cache) => {
  // Drafts too: the instructor's own listing (managedByViewer) shows every status.
  if (result.createCourseSchedule.schedule) refetchScheduleLists(cache);
};

export const publishCourseSchedule: UpdateResolver<PublishCourseScheduleMutation> = (
  result,
  _args,
  cache,
) => {
  if (result.publishCourseSchedule.schedule) refetchScheduleLists(cache);
};

/**
 * `courseSchedule(id)` is the schedule of that id: read it from the cache
 * when it is there (a draft the mutation just returned) instead of asking again.
 */
export const courseScheduleById: Resolver<unknown, { id: string }> = (_parent, args) => ({
  __typename: "CourseSchedule",
  id: args.id,
});
