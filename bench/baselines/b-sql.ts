// B-sql: node:http + pg, ONE hand-written statement answering the catalog page the GraphQL
// query asks for (courses, instructor, modules -> lessons, rating summary, totalCount).
import { createServer } from "node:http";
import pg from "pg";
import { port, readJson, sendJson } from "./http-util.js";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const node = `json_build_object(
  'id', c.id, 'title', c.title, 'slug', c.slug, 'averageRating', c.average_rating, 'reviewCount', c.review_count,
  'price', json_build_object('amountCents', c.price_cents, 'currency', c.currency),
  'instructor', (SELECT json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name,
                 'avatarUrl', u.avatar_url) FROM users u WHERE u.id = c.instructor_id),
  'modules', COALESCE((SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'position', m.position,
      'lessons', COALESCE((SELECT json_agg(json_build_object('id', l.id, 'title', l.title, 'position', l.position)
                                           ORDER BY l.position) FROM lessons l WHERE l.module_id = m.id), '[]'::json))
      ORDER BY m.position) FROM course_modules m WHERE m.course_id = c.id), '[]'::json))`;

// A CTE keeps it one statement: the page (one extra row for hasNextPage) then the JSON.
function statement(search: boolean): string {
  const where = `c.status = 'PUBLISHED' AND c.deleted_at IS NULL${
    search ? " AND c.search @@ public.campus_search_query($2)" : ""
  }`;
  const order = search
    ? "ts_rank(c.search, public.campus_search_query($2)) DESC, c.id DESC"
    : "coalesce(c.published_at, c.created_at) DESC, c.id DESC";
  return `WITH page AS (
      SELECT row_number() OVER (ORDER BY ${order}) AS ord, ${node} AS node
        FROM (SELECT * FROM courses c WHERE ${where} ORDER BY ${order} LIMIT $1 + 1) c)
    SELECT json_build_object('data', json_build_object('courses', json_build_object(
      'totalCount', (SELECT count(*)::int FROM courses c WHERE ${where}),
      'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > $1),
      'nodes', COALESCE((SELECT json_agg(p.node ORDER BY p.ord) FROM page p WHERE p.ord <= $1), '[]'::json)
    )))::text AS body`;
}
const LIST = statement(false);
const SEARCH = statement(true);

interface Body {
  variables?: { first?: number; query?: string | null };
}

createServer((req, res) => {
  if (req.url === "/healthz") return sendJson(res, 200, '{"ok":true}');
  readJson<Body>(req)
    .then(async ({ variables }) => {
      const first = Math.min(100, Math.max(1, variables?.first ?? 20));
      const q = variables?.query ?? null;
      const result = await pool.query<{ body: string }>(
        q
          ? { name: "search", text: SEARCH, values: [first, q] }
          : { name: "list", text: LIST, values: [first] },
      );
      sendJson(res, 200, result.rows[0]?.body ?? "{}");
    })
    .catch((error: unknown) => sendJson(res, 500, JSON.stringify({ error: String(error) })));
}).listen(port(), "127.0.0.1");
