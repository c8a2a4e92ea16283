import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Node resolves `graphql` to its CommonJS entry (type-graphql, Apollo and
// graphql-scalars all load it that way); Vite would pick the ESM one for our
// files, and graphql-js refuses objects from a second copy. Pin ours to Node's.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

// Integration tests talk to the real PostgreSQL on 127.0.0.1:5432: the global
// setup migrates a template database once, each test file clones it.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    globalSetup: ["./test/global-setup.ts"],
    setupFiles: ["./test/setup.ts"],
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "../prisma/**/*.test.ts"],
    exclude: ["**/node_modules/**", "src/db/test-fixtures/**"],
    env: { TZ: "UTC", NODE_ENV: "test" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
