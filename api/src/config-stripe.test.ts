// STRIPE_PUBLISHABLE_KEY: what the web checkout hands to Stripe.js, so a wrong
// value must stop start-up rather than break every card form in the browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

const dataDir = mkdtempSync(join(tmpdir(), "campus-config-stripe-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: dataDir, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("STRIPE_PUBLISHABLE_KEY", () => {
  it.each([
    ["a secret key in its place", { STRIPE_SECRET_KEY: "sk_test_1", STRIPE_PUBLISHABLE_KEY: "sk_test_2" }],
    ["a restricted key", { STRIPE_SECRET_KEY: "sk_test_1", STRIPE_PUBLISHABLE_KEY: "rk_test_2" }],
    ["a key without its prefix", { STRIPE_SECRET_KEY: "sk_test_1", STRIPE_PUBLISHABLE_KEY: "test_51Hx" }],
  ])("refuses %s: must start with pk_", (_label, env) => {
    expect(issuesOf(env)).toEqual(["STRIPE_PUBLISHABLE_KEY: must start with pk_"]);
  });

  it("refuses a publishable key without the secret key", () => {
    expect(issuesOf({ STRIPE_PUBLISHABLE_KEY: "pk_test_1" })).toEqual([
      "STRIPE_PUBLISHABLE_KEY: set STRIPE_SECRET_KEY too",
    ]);
  });

  it.each([
    ["pk_test_1", "sk_live_1", "STRIPE_PUBLISHABLE_KEY: a test key with a live STRIPE_SECRET_KEY"],
    ["pk_live_1", "sk_test_1", "STRIPE_PUBLISHABLE_KEY: a live key with a test STRIPE_SECRET_KEY"],
  ])("refuses %s with %s: test and live keys do not mix", (publishable, secret, issue) => {
    expect(issuesOf({ STRIPE_PUBLISHABLE_KEY: publishable, STRIPE_SECRET_KEY: secret })).toEqual([issue]);
  });

  it("is kept with the Stripe settings when valid, and is optional", () => {
    const both = loadConfig({
      DATA_DIR: dataDir,
      STRIPE_SECRET_KEY: "sk_test_1",
      STRIPE_PUBLISHABLE_KEY: "pk_test_1",
    });
    expect(both.stripe).toMatchObject({ secretKey: "sk_test_1", publishableKey: "pk_test_1" });
    const secretOnly = loadConfig({ DATA_DIR: dataDir, STRIPE_SECRET_KEY: "sk_live_1" });
    expect(secretOnly.stripe?.publishableKey).toBeUndefined();
    // Empty counts as unset, as for every variable.
    expect(loadConfig({ DATA_DIR: dataDir, STRIPE_PUBLISHABLE_KEY: "" }).stripe).toBeUndefined();
  });
});
