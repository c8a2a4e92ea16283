import type { UpdateResolver } from "@urql/exchange-graphcache";
import type {
  ApproveInstructorApplicationMutation,
  InstructorApplicationStatus,
  RejectInstructorApplicationMutation,
} from "../../gql/graphql";
import { invalidateListsMissing, removeFromLists } from "./connection-cache";

type Filter = { status?: InstructorApplicationStatus[] | null } | null | undefined;

/**
 * A decided application changes in place (it is normalized); it leaves the
 * lists filtered on other statuses ("awaiting a decision") and makes the
 * cached lists of its new status load again when shown (they are in the server's order).
 */
function decided(
  cache: Parameters<UpdateResolver>[2],
  application: { id: string; status: InstructorApplicationStatus } | null | undefined,
) {
  if (!application) return;
  const key = cache.keyOfEntity({ __typename: "InstructorApplication", id: application.id });
  if (!key) return;
  const wants = (filter: Filter) => !filter?.status?.length || filter.status.includes(application.status);
  removeFromLists(cache, "instructorApplications", key, (args) => wants(args?.filter as Filter));
  invalidateListsMissing(cache, "instructorApplications", key, (args) => wants(args?.filter as Filter));
}

export const approveInstructorApplication: UpdateResolver<ApproveInstructorApplicationMutation> = (
  result,
  _args,
  cache,
) => decided(cache, result.approveInstructorApplication.application);

export const rejectInstructorApplication: UpdateResolver<RejectInstructorApplicationMutation> = (
  result,
  _args,
  cache,
) => decided(cache, result.rejectInstructorApplication.application);
