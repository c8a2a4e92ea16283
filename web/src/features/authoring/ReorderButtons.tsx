import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

type Direction = "up" | "down";

/** Where an item stands in its ordered list, and how it moves there (the list saves the order). */
export type ListPosition = {
  index: number;
  count: number;
  /** Saves the new order; resolves with an error message, or null when it was saved. */
  onMove: (delta: -1 | 1) => Promise<string | null>;
};

/**
 * Move-up / move-down buttons for one item of an ordered list. They are plain buttons, so the
 * keyboard reaches them; after a move the focus follows the item (React moves its element, which
 * drops the focus in some browsers) and a polite live region says where it went.
 */
export function ReorderButtons({ title, index, count, onMove }: ListPosition & { title: string }) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const moving = useRef<Direction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const direction = moving.current;
    if (!direction) return;
    moving.current = null;
    const canGoOn = direction === "up" ? index > 0 : index < count - 1;
    const same = direction === "up" ? up : down;
    const other = direction === "up" ? down : up;
    // At the end of the list the same button is disabled: the other one keeps the focus nearby.
    (canGoOn ? same : other).current?.focus();
    setAnnouncement(t("authoring.movedTo", { title, position: index + 1, count }));
  }, [index, count, title, t]);

  const move = async (direction: Direction) => {
    setBusy(true);
    setError(null);
    setAnnouncement("");
    moving.current = direction;
    const problem = await onMove(direction === "up" ? -1 : 1);
    setBusy(false);
    if (problem) {
      moving.current = null;
      setError(problem);
    }
  };

  return (
    <span className="reorder">
      <button
        ref={up}
        type="button"
        className="button--ghost button--small"
        aria-label={t("authoring.moveUp", { title })}
        title={t("authoring.moveUp", { title })}
        disabled={busy || index === 0}
        onClick={() => void move("up")}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        ref={down}
        type="button"
        className="button--ghost button--small"
        aria-label={t("authoring.moveDown", { title })}
        title={t("authoring.moveDown", { title })}
        disabled={busy || index === count - 1}
        onClick={() => void move("down")}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {error ? (
        <span className="text-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
