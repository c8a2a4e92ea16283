// <input type="datetime-local"> and <input type="date"> speak the browser's local time without a zone.

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a datetime-local value in the browser's zone, e.g. "2030-05-01T09:30". */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local ("2030-05-01T09:30") or date ("2030-05-01", midnight) value as an instant; null if unreadable. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d, h = "0", min = "0"] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d), Number(h), Number(min));
  return Number.isNaN(date.getTime()) ? null : date;
}
