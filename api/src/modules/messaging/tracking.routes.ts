import type { Express } from "express";
import type { App } from "../../app.js";
import { readTrackingToken, recordEngagement } from "./tracking.js";

// The smallest transparent GIF.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * GET /t/open/:token.gif and GET /t/click/:token?u=… for drip emails. Clicks
 * redirect only to Campus's own origin (PUBLIC_URL): an open redirect would let
 * anyone dress a phishing link in our domain.
 */
export function registerTrackingRoutes(web: Express, app: App): void {
  const secret = app.config.jwt.secret;
  const origin = new URL(app.config.publicUrl).origin;
  web.get("/t/open/:file", async (req, res) => {
    const id = readTrackingToken(secret, req.params.file.replace(/\.gif$/, ""));
    if (id)
      await recordEngagement(app.prisma, id, "open").catch((err) =>
        app.logger.warn({ err }, "open not recorded"),
      );
    res.set({ "content-type": "image/gif", "cache-control": "no-store, private" }).send(PIXEL);
  });
  web.get("/t/click/:token", async (req, res) => {
    const target = typeof req.query.u === "string" ? safeTarget(req.query.u, origin) : null;
    if (!target) {
      res.status(400).json({ errors: [{ message: "Unknown link.", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    const id = readTrackingToken(secret, req.params.token);
    if (id)
      await recordEngagement(app.prisma, id, "click").catch((err) =>
        app.logger.warn({ err }, "click not recorded"),
      );
    res.redirect(302, target);
  });
}

function safeTarget(value: string, origin: string): string | null {
  try {
    const url = new URL(value);
    return url.origin === origin ? url.toString() : null;
  } catch {
    return null;
  }
}
