import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { Dialog } from "../../components/Dialog";
import { ListStates, LoadMore } from "../../components/states";
import { useFailureText } from "../../components/user-errors";
import type { FragmentType } from "../../gql/fragment-masking";
import { AdminNav } from "./AdminNav";
import { VenueCard } from "./VenueCard";
import { VenueForm, type VenueForm_VenueFragment } from "./VenueForm";
import { UpdateVenueMutation, VenuesPageQuery } from "./venues.graphql";

type Editing = { mode: "create" } | { mode: "edit"; venue: FragmentType<typeof VenueForm_VenueFragment> };

/** Admins: the venues of in-person training, by name, to add, change and switch off or on again. */
export function VenuesPage() {
  const { t, i18n } = useTranslation();
  const failureText = useFailureText();
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VenuesPageQuery, variables: { after } });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [switchingId, setSwitchingId] = useState<string | null>(null);
  const [, update] = useMutation(UpdateVenueMutation);
  // A venue added here joins the cached list at its end; sorting keeps the list by name.
  const venues = [...(data?.venues.nodes ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));

  const switchOn = async (venueId: string) => {
    setSwitchingId(venueId);
    setNotice(null);
    setFailure(null);
    const result = await update({ input: { venueId, isActive: true } });
    setSwitchingId(null);
    const payload = result.data?.updateVenue;
    if (payload?.venue) setNotice(t("adminOperations.venues.reactivated", { name: payload.venue.name }));
    else setFailure(failureText(payload?.userErrors));
  };

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
      {failure ? (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      ) : null}
      <ListStates query={{ data, fetching, error }} reexecute={reexecute} count={venues.length}>
        {t("adminOperations.venues.empty")}
      </ListStates>
      <ul className="list">
        {venues.map((venue) => (
          <li key={venue.id}>
            <VenueCard
              venue={venue}
              onEdit={() => {
                setFailure(null);
                setEditing({ mode: "edit", venue });
              }}
              onSwitchOn={() => switchOn(venue.id)}
              switching={switchingId === venue.id}
            />
          </li>
        ))}
      </ul>
      <LoadMore pageInfo={data?.venues.pageInfo} fetching={fetching} onMore={setAfter} />
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
              setFailure(null);
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
