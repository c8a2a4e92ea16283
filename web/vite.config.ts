import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `pnpm dev` runs the API on this port (api/src/config.ts).
const apiOrigin = "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // One path for HTTP and graphql-ws, as in production behind nginx.
      "/graphql": { target: apiOrigin, changeOrigin: true, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
});
