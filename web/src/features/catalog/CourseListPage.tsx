import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState, ErrorState, LoadingState, LoadMore } from "../../components/states";
import { graphql } from "../../gql/gql";
import { CatalogFilters } from "./CatalogFilters";
import { CourseCard } from "./CourseCard";
import {
  type CatalogSearch,
  effectiveSort,
  hasFilters,
  readCatalogSearch,
  SORTS,
  type Sort,
  toFilter,
  toOrder,
  writeCatalogSearch,
} from "./catalog-search";

const PAGE_SIZE = 12;

const CourseListPageQuery = graphql(`
  query CourseListPage(
    $first: Int!
    $after: String
    $query: String
    $filter: CourseFilter
    $orderBy: CourseOrder
  ) {
    courses(first: $first, after: $after, query: $query, filter: $filter, orderBy: $orderBy) {
      totalCount
      facets {
        categories {
          category
          count
        }
        levels {
          level
          count
        }
      }
      edges {
        cursor
        node {
          id
          ...CourseCard_Course
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SORT_LABELS = {
  RELEVANCE: "catalog.sortRelevance",
  NEWEST: "catalog.sortNewest",
  POPULARITY: "catalog.sortPopularity",
  RATING: "catalog.sortRating",
  PRICE_ASC: "catalog.sortPriceAsc",
  PRICE_DESC: "catalog.sortPriceDesc",
} as const satisfies Record<Sort, string>;

function SearchForm({ search, onSearch }: { search: CatalogSearch; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(search.query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <search className="search">
      <form onSubmit={submit}>
        <label htmlFor={id} className="visually-hidden">
          {t("catalog.searchLabel")}
        </label>
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t("catalog.searchPlaceholder")}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t("catalog.searchSubmit")}</button>
      </form>
    </search>
  );
}

function CourseResults({ search }: { search: CatalogSearch }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  // The cache (relayPagination) merges every page fetched up to `after`.
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CourseListPageQuery,
    variables: {
      first: PAGE_SIZE,
      after,
      query: search.query || null,
      filter: toFilter(search),
      orderBy: toOrder(effectiveSort(search)),
    },
  });
  const courses = data?.courses;
  const sortId = useId();
  // flushSync: a ticked filter shows as ticked at once, not when the navigation's
  // transition commits (a controlled checkbox would otherwise flick back meanwhile).
  const update = (next: CatalogSearch) => setParams(writeCatalogSearch(next), { flushSync: true });

  return (
    <div className="catalog">
      <aside className="catalog__filters" aria-label={t("catalog.filters")}>
        <CatalogFilters search={search} facets={courses?.facets ?? null} onChange={update} />
      </aside>
      <div className="catalog__results" aria-busy={fetching}>
        <div className="catalog__toolbar">
          <p className="page__summary" aria-live="polite">
            {courses
              ? t("catalog.showing", { shown: courses.edges.length, total: courses.totalCount })
              : null}
          </p>
          <div className="inline-field">
            <label htmlFor={sortId}>{t("catalog.sort")}</label>
            <select
              id={sortId}
              value={effectiveSort(search)}
              onChange={(event) => update({ ...search, sort: event.target.value as Sort })}
            >
              {SORTS.filter((sort) => sort !== "RELEVANCE" || search.query).map((sort) => (
                <option key={sort} value={sort}>
                  {t(SORT_LABELS[sort])}
                </option>
              ))}
            </select>
          </div>
        </div>

        {error ? (
          <ErrorState
            error={error}
            message={courses ? t("catalog.loadMoreError") : t("catalog.loadError")}
            onRetry={() => reexecute({ requestPolicy: "network-only" })}
          />
        ) : null}
        {!courses && fetching ? <LoadingState label={t("catalog.loading")} /> : null}
        {courses && courses.edges.length === 0 ? (
          <EmptyState>
            <p>{search.query || hasFilters(search) ? t("catalog.noMatch") : t("catalog.empty")}</p>
          </EmptyState>
        ) : null}
        {courses && courses.edges.length > 0 ? (
          <ul className="course-grid">
            {courses.edges.map((edge) => (
              <li key={edge.node.id}>
                <CourseCard course={edge.node} />
              </li>
            ))}
          </ul>
        ) : null}
        <LoadMore pageInfo={courses?.pageInfo} fetching={fetching} onMore={setAfter} />
      </div>
    </div>
  );
}

export function CourseListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readCatalogSearch(params);
  const key = writeCatalogSearch(search).toString();

  return (
    <section className="page" aria-labelledby="course-list-title">
      <header className="page__header">
        <h1 id="course-list-title">
          {search.query ? t("catalog.resultsFor", { query: search.query }) : t("catalog.title")}
        </h1>
        <SearchForm
          key={search.query}
          search={search}
          onSearch={(query) => setParams(writeCatalogSearch({ ...search, query, sort: null }))}
        />
      </header>
      {/* A new search starts again from the first page. */}
      <CourseResults key={key} search={search} />
    </section>
  );
}
