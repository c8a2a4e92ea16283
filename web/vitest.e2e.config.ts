import { defineConfig } from "vitest/config";

// End-to-end scenarios in headless Chromium against the real server (e2e/support/global-setup.ts).
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files run side by side against the one server; each scenario uses its own people and data.
    maxWorkers: 2,
  },
});
