import type { Express, Request } from "express";
import { GraphQLError } from "graphql";
import type { App } from "../../app.js";
import { bearerToken, InvalidTokenError, verifyAccessToken } from "../../auth/access-tokens.js";
import { createContext } from "../../context.js";
import type { Logger } from "../../logger.js";
import { authenticateApiKey } from "../partners/api-key-auth.js";
import { toCsv } from "./reports.csv.js";

type Reports = App["services"]["reports"];
type Viewer = Parameters<Reports["revenue"]>[0];

/** Each downloadable report: how to compute it and which columns, in order, the file has. */
const reports: Record<string, (r: Reports, v: Viewer, f: unknown) => Promise<string>> = {
  revenue: async (r, v, f) =>
    toCsv(
      ["period", "currency", "grossCents", "refundedCents", "netCents", "charges", "refunds"],
      await r.revenue(v, f),
    ),
  "bookings-by-status": async (r, v, f) => toCsv(["status", "count"], await r.bookingsByStatus(v, f)),
  "schedule-occupancy": async (r, v, f) =>
    toCsv(
      ["scheduleGlobalId", "courseTitle", "startsAt", "capacity", "booked", "occupancyRate"],
      await r.scheduleOccupancy(v, f),
    ),
  "top-courses": async (r, v, f) =>
    toCsv(
      ["courseGlobalId", "title", "enrollments", "bookings", "revenueCents", "currency"],
      await r.topCourses(v, f),
    ),
  "conversion-funnel": async (r, v, f) =>
    toCsv(["step", "count", "rateFromPrevious"], await r.conversionFunnel(v, f)),
};

/**
 * GET /admin/reports/<name>.csv?from=&to=&granularity=&limit= with `Authorization: Bearer …`
 * (or an API key with the ADMIN scope). A plain download rather than a GraphQL field: it
 * saves as a file (Content-Disposition), opens in spreadsheets and works with curl, while the
 * GraphQL queries keep typed JSON. Same service, same admin check, same figures.
 */
export function registerReportRoutes(web: Express, app: App) {
  web.get("/admin/reports/:file", async (req, res, next) => {
    const name = /^([a-z-]+)\.csv$/.exec(String(req.params.file))?.[1];
    const report = name ? reports[name] : undefined;
    if (!name || !report) {
      res.status(404).json({ error: `Unknown report. Available: ${Object.keys(reports).join(", ")}.` });
      return;
    }
    try {
      const ctx = await requestContext(app, req, String(res.locals.requestId), res.locals.logger as Logger);
      const csv = await report(app.services.reports, await ctx.requireViewer(), filterOf(req));
      res.setHeader("content-type", "text/csv; charset=utf-8");
      res.setHeader("content-disposition", `attachment; filename="${name}.csv"`);
      res.setHeader("cache-control", "no-store");
      res.send(csv);
    } catch (error) {
      if (!(error instanceof GraphQLError)) return next(error);
      const code = String(error.extensions.code ?? "");
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 }[code] ?? 500;
      if (status === 500) return next(error);
      res.status(status).json({ errors: [{ message: error.message, extensions: { code } }] });
    }
  });
}

async function requestContext(app: App, req: Request, requestId: string, logger: Logger) {
  const partner = await authenticateApiKey(app, req);
  let auth = partner?.auth ?? null;
  const token = bearerToken(req.get("authorization"));
  if (!auth && token) {
    try {
      auth = verifyAccessToken(app.config.jwt, token);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      throw new GraphQLError(error.message, { extensions: { code: "UNAUTHENTICATED" } });
    }
  }
  const ip = req.ip ?? "unknown";
  return createContext(app, {
    requestId,
    ip,
    userAgent: req.get("user-agent") ?? null,
    auth,
    apiKey: partner?.apiKey,
    logger,
  });
}

/** Query string → the reports' filter; a malformed date becomes an invalid one the service refuses. */
function filterOf(req: Request) {
  const q = (name: string) => (typeof req.query[name] === "string" ? (req.query[name] as string) : undefined);
  const date = (v: string | undefined) => (v ? new Date(v) : null);
  const limit = q("limit");
  return {
    from: date(q("from")),
    to: date(q("to")),
    granularity: q("granularity")?.toUpperCase() ?? null,
    limit: limit ? Number(limit) : null,
  };
}
