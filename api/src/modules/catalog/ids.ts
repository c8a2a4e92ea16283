import { notFound } from "../../graphql/errors.js";
import { fromGlobalIdOf } from "../../graphql/global-id.js";

/**
 * The uuid inside a global id of `type`, or NOT_FOUND: a malformed id, or the id of another
 * type, names nothing (DESIGN.md: unknown ids are NOT_FOUND).
 */
export function requireId(type: string, globalId: string): string {
  const id = fromGlobalIdOf(type, globalId);
  if (!id) throw notFound(type);
  return id;
}

/** Like requireId for an optional id: null stays null. */
export function optionalId(type: string, globalId: string | null | undefined): string | null {
  return globalId == null ? null : requireId(type, globalId);
}

/**
 * Decodes a list of ids; entries that are not ids of `type` are kept as given, so input
 * validation reports them at their index instead of them silently disappearing.
 */
export function listIds(type: string, globalIds: readonly string[]): string[] {
  return globalIds.map((g) => fromGlobalIdOf(type, g) ?? g);
}
