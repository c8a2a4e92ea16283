import type { CourseFilter, CourseFormat, CourseOrder, SkillLevel } from "../../gql/graphql";

// The catalog's state lives in the URL, so a search can be shared, bookmarked and reloaded.

export const SORTS = ["RELEVANCE", "NEWEST", "POPULARITY", "RATING", "PRICE_ASC", "PRICE_DESC"] as const;
export type Sort = (typeof SORTS)[number];

export const FORMATS: CourseFormat[] = ["SELF_PACED", "LIVE_GROUP", "IN_PERSON", "INDIVIDUAL"];
export const LEVELS: SkillLevel[] = ["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"];

export type CatalogSearch = {
  query: string;
  categories: string[];
  levels: SkillLevel[];
  formats: CourseFormat[];
  freeOnly: boolean;
  withCertificate: boolean;
  sort: Sort | null;
};

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export function readCatalogSearch(params: URLSearchParams): CatalogSearch {
  const sort = params.get("sort");
  return {
    query: params.get("q")?.trim() ?? "",
    categories: params.getAll("category"),
    levels: params.getAll("level").filter(isOneOf(LEVELS)),
    formats: params.getAll("format").filter(isOneOf(FORMATS)),
    freeOnly: params.get("free") === "1",
    withCertificate: params.get("certificate") === "1",
    sort: sort && isOneOf(SORTS)(sort) ? sort : null,
  };
}

export function writeCatalogSearch(search: CatalogSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.query) params.set("q", search.query);
  for (const category of search.categories) params.append("category", category);
  for (const level of search.levels) params.append("level", level);
  for (const format of search.formats) params.append("format", format);
  if (search.freeOnly) params.set("free", "1");
  if (search.withCertificate) params.set("certificate", "1");
  if (search.sort) params.set("sort", search.sort);
  return params;
}

/** The sort shown when none is chosen: the API's own default. */
export function effectiveSort(search: CatalogSearch): Sort {
  if (search.sort && (search.sort !== "RELEVANCE" || search.query)) return search.sort;
  return search.query ? "RELEVANCE" : "NEWEST";
}

export function toOrder(sort: Sort): CourseOrder {
  switch (sort) {
    case "PRICE_ASC":
      return { field: "PRICE", direction: "ASC" };
    case "PRICE_DESC":
      return { field: "PRICE", direction: "DESC" };
    default:
      return { field: sort, direction: "DESC" };
  }
}

export function toFilter(search: CatalogSearch): CourseFilter | null {
  const filter: CourseFilter = {};
  if (search.categories.length) filter.category = search.categories;
  if (search.levels.length) filter.level = search.levels;
  if (search.formats.length) filter.format = search.formats;
  if (search.freeOnly) filter.freeOnly = true;
  if (search.withCertificate) filter.hasCertificate = true;
  return Object.keys(filter).length ? filter : null;
}

export function hasFilters(search: CatalogSearch): boolean {
  return toFilter(search) !== null;
}
