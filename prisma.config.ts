import { defineConfig } from "prisma/config";

// The CLI is used for `prisma generate` only; migrations run through the
// WASM schema engine (api/src/db), so no datasource URL is needed here.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "pnpm db:seed" },
});
