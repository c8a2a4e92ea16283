import { useTranslation } from "react-i18next";
import type { CourseFormat, SkillLevel } from "../../gql/graphql";
import { type CatalogSearch, FORMATS, hasFilters, LEVELS } from "./catalog-search";

export type Facets = {
  categories: ReadonlyArray<{ category: string; count: number }>;
  levels: ReadonlyArray<{ level: SkillLevel; count: number }>;
};

function toggle<T>(values: T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((v) => v !== value);
}

/**
 * Facet counts come from the API for the current search and filters; a chosen
 * value stays listed (and can be unticked) even when it no longer has matches.
 */
export function CatalogFilters({
  search,
  facets,
  onChange,
}: {
  search: CatalogSearch;
  facets: Facets | null;
  onChange: (search: CatalogSearch) => void;
}) {
  const { t } = useTranslation();
  const categoryCounts = new Map(facets?.categories.map((f) => [f.category, f.count]) ?? []);
  const categories = [...new Set([...categoryCounts.keys(), ...search.categories])].sort((a, b) =>
    a.localeCompare(b),
  );
  const levelCounts = new Map(facets?.levels.map((f) => [f.level, f.count]) ?? []);
  const levels = LEVELS.filter((level) => levelCounts.has(level) || search.levels.includes(level));
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t("catalog.facetCount", { label, count });

  return (
    <div className="filters">
      <h2 className="filters__title">{t("catalog.filters")}</h2>
      {categories.length ? (
        <fieldset>
          <legend>{t("catalog.category")}</legend>
          {categories.map((category) => (
            <label key={category} className="check">
              <input
                type="checkbox"
                checked={search.categories.includes(category)}
                onChange={(event) =>
                  onChange({
                    ...search,
                    categories: toggle(search.categories, category, event.target.checked),
                  })
                }
              />
              {withCount(category, categoryCounts.get(category) ?? 0)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {levels.length ? (
        <fieldset>
          <legend>{t("catalog.level")}</legend>
          {levels.map((level) => (
            <label key={level} className="check">
              <input
                type="checkbox"
                checked={search.levels.includes(level)}
                onChange={(event) =>
                  onChange({ ...search, levels: toggle(search.levels, level, event.target.checked) })
                }
              />
              {withCount(t(`enums.level.${level}`), levelCounts.get(level) ?? 0)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("catalog.format")}</legend>
        {FORMATS.map((format: CourseFormat) => (
          <label key={format} className="check">
            <input
              type="checkbox"
              checked={search.formats.includes(format)}
              onChange={(event) =>
                onChange({ ...search, formats: toggle(search.formats, format, event.target.checked) })
              }
            />
            {t(`enums.format.${format}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("catalog.price")}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={search.freeOnly}
            onChange={(event) => onChange({ ...search, freeOnly: event.target.checked })}
          />
          {t("catalog.freeOnly")}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={search.withCertificate}
            onChange={(event) => onChange({ ...search, withCertificate: event.target.checked })}
          />
          {t("catalog.withCertificate")}
        </label>
      </fieldset>
      {hasFilters(search) ? (
        <button
          type="button"
          className="button--secondary"
          onClick={() =>
            onChange({
              ...search,
              categories: [],
              levels: [],
              formats: [],
              freeOnly: false,
              withCertificate: false,
            })
          }
        >
          {t("catalog.clearFilters")}
        </button>
      ) : null}
    </div>
  );
}
