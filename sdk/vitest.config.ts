import { defineConfig } from "vitest/config";

// The tests talk to a real API process (../api) over a fresh PostgreSQL database, seeded with
// the demo data, started once by test/api-process.ts.
export default defineConfig({
  test: {
    globalSetup: ["./test/api-process.ts"],
    include: ["test/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
