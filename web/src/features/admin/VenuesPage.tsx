import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { Dialog } from "../../components/Dialog";
import { EmptyState, ErrorState, LoadingState } from "../../components/states";
import type { FragmentType } from "../../gql/fragment-masking";
import { AdminNav } from "./AdminNav";
import { VenueCard } from "./VenueCard";
import { VenueForm, type VenueForm_VenueFragment } from "./VenueForm";
import { VenuesPageQuery } from "./venues.graphql";

type Editing = { mode: "create" } | { mode: "edit"; venue: FragmentType<typeof VenueForm_VenueFragment> };

/** Admins: the venues of in-person training, by name, to add and change. */
export function VenuesPage() {
  const { t, i18n } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VenuesPageQuery, variables: { after } });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A venue added here joins the cached list at its end; sorting keeps the list by name.
  const venues = [...(data?.venues.nodes ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  return (
    <section className="page" aria-labelledby="venues-title">
      <AdminNav />
      <header className="page__header">
        <h1 id="venues-title">{t("adminOperations.venues.title")}</h1>
        <button type="button" onClick={() => setEditing({ mode: "create" })}>
          {t("adminOperations.venues.new")}
        </button>
      </header>
      <p className="muted">{t("adminOperations.venues.intro")}</p>
      <p role="status" className="notice notice--success" hidden={!notice}>
        {notice}
      </p>
      {fetching && !data ? <LoadingState /> : null}
      {error ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : null}
      {data && venues.length === 0 ? (
        <EmptyState>
          <p>{t("adminOperations.venues.empty")}</p>
        </EmptyState>
      ) : null}
      <ul className="list">
        {venues.map((venue) => (
          <li key={venue.id}>
            <VenueCard venue={venue} onEdit={() => setEditing({ mode: "edit", venue })} />
          </li>
        ))}
      </ul>
      {data?.venues.pageInfo.hasNextPage ? (
        <div className="page__more">
          <button
            type="button"
            disabled={fetching}
            onClick={() => setAfter(data.venues.pageInfo.endCursor ?? null)}
          >
            {fetching ? t("common.loading") : t("common.loadMore")}
          </button>
        </div>
      ) : null}
      <Dialog
        title={
          editing?.mode === "edit"
            ? t("adminOperations.venues.editTitle")
            : t("adminOperations.venues.createTitle")
        }
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <VenueForm
            venue={editing.mode === "edit" ? editing.venue : null}
            onCancel={() => setEditing(null)}
            onSaved={(venue) => {
              setNotice(
                editing.mode === "create"
                  ? t("adminOperations.venues.created", { name: venue.name })
                  : venue.isActive
                    ? t("adminOperations.venues.saved", { name: venue.name })
                    : t("adminOperations.venues.deactivated", { name: venue.name }),
              );
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
