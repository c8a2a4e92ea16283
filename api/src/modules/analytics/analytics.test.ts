import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/server.js";
import { truncateIp } from "./ip-truncation.js";

const TRACK = `mutation ($input: TrackEventsInput!) { trackEvents(input: $input) { acceptedCount userErrors { code field } } }`;

describe("IP truncation", () => {
  it.each([
    ["203.0.113.77", "203.0.113.0"],
    ["::ffff:198.51.100.9", "198.51.100.0"],
    ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::"],
    ["2001:db8::1", "2001:db8:0::"],
    ["::1", "0:0:0::"],
    ["not-an-ip", null],
  ])("%s -> %s", (ip, expected) => {
    expect(truncateIp(ip)).toBe(expected);
  });
});

describe("trackEvents", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("stores a batch with the IP truncated before storage", async () => {
    const events = [
      {
        eventType: "page_view",
        sessionId: "s1",
        pageUrl: "/courses",
        deviceType: "mobile",
        browser: "Firefox",
      },
      { eventType: "add_to_cart", sessionId: "s1", eventData: { courseId: "c1" } },
    ];
    const res = await server.gql(
      TRACK,
      { input: { events } },
      { headers: { "x-forwarded-for": "203.0.113.77" } },
    );
    expect(res.data).toEqual({ trackEvents: { acceptedCount: 2, userErrors: [] } });
    const rows = await server.app.prisma.$queryRaw<
      { ip: string }[]
    >`SELECT host(ip_address) AS ip FROM analytics_events`;
    expect(rows).toHaveLength(2);
    // The server trusts the loopback proxy's X-Forwarded-For, so this is the client's /24.
    expect(rows.map((r) => r.ip)).toEqual(["203.0.113.0", "203.0.113.0"]);
    const stored = await server.app.prisma.analyticsEvent.findFirstOrThrow({
      where: { eventType: "add_to_cart" },
    });
    expect(stored.eventData).toEqual({ courseId: "c1" });
  });

  it("rejects batches over 100 events and bad device types", async () => {
    const events = Array.from({ length: 101 }, () => ({ eventType: "page_view" }));
    const res = await server.gql(TRACK, { input: { events } });
    expect(res.data).toEqual({
      trackEvents: { acceptedCount: 0, userErrors: [{ code: "TOO_LONG", field: ["input", "events"] }] },
    });
    const bad = await server.gql(TRACK, { input: { events: [{ eventType: "x", deviceType: "fridge" }] } });
    expect(bad.data).toMatchObject({
      trackEvents: { userErrors: [{ code: "INVALID", field: ["input", "events", "0", "deviceType"] }] },
    });
  });
});
