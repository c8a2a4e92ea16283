import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { Dialog } from "../../components/Dialog";
import { ListStates, LoadMore } from "../../components/states";
import type { FragmentType } from "../../gql/fragment-masking";
import { AdminNav } from "./AdminNav";
import { DeleteDiscountCodeDialog } from "./DeleteDiscountCodeDialog";
import { DiscountCodeForm, type DiscountCodeForm_DiscountCodeFragment } from "./DiscountCodeForm";
import { DiscountCodeRow } from "./DiscountCodeRow";
import { DiscountCodesPageQuery } from "./discount-codes.graphql";

type Editing =
  | { mode: "create" }
  | { mode: "edit"; code: FragmentType<typeof DiscountCodeForm_DiscountCodeFragment> };

/** Admins: discount codes, newest first, to create, change and delete (unused ones only). */
export function DiscountCodesPage() {
  const { t } = useTranslation();
  const searchId = useId();
  const [filter, setFilter] = useState({ search: "", activeOnly: false });
  const [typed, setTyped] = useState("");
  // The cache (relayPagination) appends each page fetched up to `after`.
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscountCodesPageQuery,
    variables: {
      after,
      filter: { search: filter.search || null, activeOnly: filter.activeOnly || null },
    },
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; code: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const codes = data?.discountCodes.nodes ?? [];

  const applyFilter = (next: typeof filter) => {
    setAfter(null);
    setFilter(next);
  };

  return (
    <section className="page" aria-labelledby="discount-codes-title">
      <AdminNav />
      <header className="page__header">
        <h1 id="discount-codes-title">{t("adminOperations.discountCodes.title")}</h1>
        <button type="button" onClick={() => setEditing({ mode: "create" })}>
          {t("adminOperations.discountCodes.new")}
        </button>
      </header>
      <p role="status" className="notice notice--success" hidden={!notice}>
        {notice}
      </p>
      <search>
        <form
          className="inline-form section"
          onSubmit={(event) => {
            event.preventDefault();
            applyFilter({ ...filter, search: typed.trim() });
          }}
        >
          <div className="field">
            <label htmlFor={searchId}>{t("adminOperations.discountCodes.search")}</label>
            <input
              id={searchId}
              type="search"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <button type="submit">{t("adminOperations.filter")}</button>
          <label className="check">
            <input
              type="checkbox"
              checked={filter.activeOnly}
              onChange={(event) => applyFilter({ ...filter, activeOnly: event.target.checked })}
            />
            {t("adminOperations.discountCodes.activeOnly")}
          </label>
        </form>
      </search>
      <ListStates query={{ data, fetching, error }} reexecute={reexecute} count={codes.length}>
        {t("adminOperations.discountCodes.empty")}
      </ListStates>
      {codes.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("adminOperations.discountCodes.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminOperations.discountCodes.code")}</th>
                <th scope="col">{t("adminOperations.discountCodes.discount")}</th>
                <th scope="col">{t("adminOperations.discountCodes.appliesTo")}</th>
                <th scope="col">{t("adminOperations.discountCodes.usesColumn")}</th>
                <th scope="col">{t("adminOperations.discountCodes.validity")}</th>
                <th scope="col">{t("adminOperations.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("adminOperations.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <DiscountCodeRow
                  key={code.id}
                  code={code}
                  onEdit={() => setEditing({ mode: "edit", code })}
                  onDelete={() => setDeleting({ id: code.id, code: code.code })}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore pageInfo={data?.discountCodes.pageInfo} fetching={fetching} onMore={setAfter} />
      <Dialog
        title={
          editing?.mode === "edit"
            ? t("adminOperations.discountCodes.editTitle")
            : t("adminOperations.discountCodes.createTitle")
        }
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <DiscountCodeForm
            discountCode={editing.mode === "edit" ? editing.code : null}
            onCancel={() => setEditing(null)}
            onSaved={(code) => {
              setNotice(
                editing.mode === "edit"
                  ? t("adminOperations.discountCodes.saved", { code })
                  : t("adminOperations.discountCodes.created", { code }),
              );
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
      <DeleteDiscountCodeDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(code) => {
          setNotice(t("adminOperations.discountCodes.deleted", { code }));
          setDeleting(null);
        }}
      />
    </section>
  );
}
