import type { Tx } from "./course-lock.js";

/** "Les élèves & TypeScript!" → "les-eleves-typescript" (accents folded, max 80 characters). */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug.length >= 3 ? slug : `course-${slug}`.replace(/-+$/, "");
}

/**
 * The first free slug among `base`, `base-2`, `base-3`…. Slugs of deleted courses stay taken
 * (old links must not lead to another course). A concurrent creation can still take it first:
 * the unique index is the judge and the caller retries (course-authoring.service.ts).
 */
export async function freeSlug(tx: Pick<Tx, "course">, base: string): Promise<string> {
  const taken = new Set(
    (await tx.course.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (c) => c.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
