import { useTranslation } from "react-i18next";
import { type ListPosition, ReorderButtons } from "./ReorderButtons";

/**
 * The controls of one item of an ordered list (module, lesson, question): move it, open its
 * editor in place (or rename it), delete it. Each names the item for screen readers.
 */
export function ItemActions({
  title,
  index,
  count,
  onMove,
  editing,
  onToggleEdit,
  onDelete,
  rename = false,
}: ListPosition & {
  title: string;
  editing: boolean;
  onToggleEdit: () => void;
  onDelete: () => void;
  /** A module is renamed rather than edited: only its title and description change. */
  rename?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="authoring-row__actions">
      <ReorderButtons title={title} index={index} count={count} onMove={onMove} />
      <button
        type="button"
        className="button--secondary button--small"
        aria-expanded={editing}
        aria-label={rename ? t("authoring.renameNamed", { title }) : t("authoring.editNamed", { title })}
        onClick={onToggleEdit}
      >
        {rename ? t("authoring.rename") : t("authoring.edit")}
      </button>
      <button
        type="button"
        className="button--ghost button--small"
        aria-label={t("authoring.deleteNamed", { title })}
        onClick={onDelete}
      >
        {t("authoring.delete")}
      </button>
    </span>
  );
}
