// B-book: the booking's conditional UPDATE + INSERT as raw SQL in one transaction (node:http + pg).
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import pg from "pg";
import { port, readJson, sendJson } from "./http-util.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const TAKE_SEAT = `UPDATE course_schedules
   SET booked_count = booked_count + 1,
       status = CASE WHEN booked_count + 1 >= capacity THEN 'FULL'::schedule_status ELSE status END,
       updated_at = now()
 WHERE id = $1::uuid AND status = 'PUBLISHED' AND booked_count < capacity AND starts_at > now()
 RETURNING starts_at, ends_at, coalesce(price_cents, 0) AS price, coalesce(currency, 'EUR') AS currency`;

const TAKE_SLOT = `UPDATE bookable_slots
   SET booked_count = booked_count + 1,
       status = CASE WHEN booked_count + 1 >= capacity THEN 'FULL'::slot_status ELSE status END,
       updated_at = now()
 WHERE id = $1::uuid AND status = 'AVAILABLE' AND booked_count < capacity AND starts_at >= now()
 RETURNING starts_at, ends_at, 0 AS price, 'EUR' AS currency`;

const INSERT = `INSERT INTO bookings (id, reference, user_id, schedule_id, slot_id, starts_at, ends_at,
    status, price_cents, payment_amount_cents, currency, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, 'CONFIRMED', $8, $8, $9, now())`;

interface Body {
  kind: "seat" | "slot";
  id: string;
  userId: string;
}

interface Taken {
  starts_at: Date;
  ends_at: Date;
  price: number;
  currency: string;
}

async function book({ kind, id, userId }: Body): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const taken = await client.query<Taken>(kind === "seat" ? TAKE_SEAT : TAKE_SLOT, [id]);
    const seat = taken.rows[0];
    if (!seat) {
      await client.query("ROLLBACK");
      return false;
    }
    const reference = `BB-${randomUUID().slice(0, 8).toUpperCase()}`;
    await client.query(INSERT, [
      randomUUID(),
      reference,
      userId,
      kind === "seat" ? id : null,
      kind === "slot" ? id : null,
      seat.starts_at,
      seat.ends_at,
      seat.price,
      seat.currency,
    ]);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

createServer((req, res) => {
  if (req.url === "/healthz") return sendJson(res, 200, '{"ok":true}');
  readJson<Body>(req)
    .then(async (body) => sendJson(res, 200, JSON.stringify({ booked: await book(body) })))
    .catch((error: unknown) => sendJson(res, 500, JSON.stringify({ error: String(error) })));
}).listen(port(), "127.0.0.1");
