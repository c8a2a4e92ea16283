// Batched, resumable inserts for the scale seed: rows are generated one batch at a time (bounded
// memory), a batch whose ids all exist is skipped without sending it, and progress is reported.
const MAX_ROWS = 5000;

export type ScaleProgress = { phase: string; done: number; total: number };
export type ProgressListener = (progress: ScaleProgress) => void;

export type BatchSink<Row extends { id: string }> = {
  /** How many of these ids already exist. */
  existing(ids: string[]): Promise<number>;
  insert(rows: Row[]): Promise<number>;
};

/**
 * Inserts rows produced by `make(index)` for index 0..total-1 in batches of `size`.
 * Returns how many rows were inserted (0 on a re-run).
 */
export async function insertBatched<Row extends { id: string }>(
  phase: string,
  total: number,
  size: number,
  make: (index: number) => Row,
  sink: BatchSink<Row>,
  onProgress: ProgressListener,
): Promise<number> {
  let inserted = 0;
  onProgress({ phase, done: 0, total });
  for (let start = 0; start < total; start += size) {
    const rows: Row[] = [];
    for (let i = start; i < Math.min(total, start + size); i += 1) rows.push(make(i));
    if ((await sink.existing(rows.map((r) => r.id))) < rows.length) inserted += await sink.insert(rows);
    onProgress({ phase, done: Math.min(total, start + size), total });
  }
  return inserted;
}

/** Same, for producers that emit a variable number of rows per unit (e.g. slots per expert). */
export async function insertGrouped<Row extends { id: string }>(
  phase: string,
  units: number,
  unitsPerBatch: number,
  make: (unit: number) => Row[],
  sink: BatchSink<Row>,
  onProgress: ProgressListener,
): Promise<number> {
  let inserted = 0;
  onProgress({ phase, done: 0, total: units });
  for (let start = 0; start < units; start += unitsPerBatch) {
    const rows: Row[] = [];
    for (let u = start; u < Math.min(units, start + unitsPerBatch); u += 1) rows.push(...make(u));
    // A unit can be large (an expert with years of history): send at most MAX_ROWS per statement.
    for (let i = 0; i < rows.length; i += MAX_ROWS) {
      const chunk = rows.slice(i, i + MAX_ROWS);
      if ((await sink.existing(chunk.map((r) => r.id))) < chunk.length) inserted += await sink.insert(chunk);
    }
    onProgress({ phase, done: Math.min(units, start + unitsPerBatch), total: units });
  }
  return inserted;
}
