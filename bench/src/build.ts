// The API as the bench runs it: compiled to plain JavaScript once per run, then started with
// `node`, not through tsx. tsx transforms every module in process and keeps the sources and
// their source maps: about 90 MB more resident memory at idle and ~270 MB more after a catalog
// load (bench/RESULTS.md, "Changes"), which a deployed API would not carry.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
/** Mirrors the repository (api/src, prisma, node_modules) so the API's own paths resolve; git-ignored. */
export const BUILD = resolve(ROOT, "bench/out/api-build");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

let built: Promise<string> | undefined;

/** Compiles api/src (esbuild, the transformer tsx itself uses) and returns the entry to run. */
export function buildApi(): Promise<string> {
  built ??= (async () => {
    // esbuild comes with tsx (a bench dependency); pnpm keeps it beside tsx.
    const esbuild = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"))("esbuild") as {
      build(options: Record<string, unknown>): Promise<unknown>;
    };
    rmSync(BUILD, { recursive: true, force: true });
    await esbuild.build({
      entryPoints: sources(resolve(ROOT, "api/src")),
      outbase: ROOT,
      outdir: BUILD,
      format: "esm",
      platform: "node",
      target: "node20",
      tsconfig: resolve(ROOT, "api/tsconfig.json"),
      logLevel: "warning",
    });
    // The generated Prisma client imports its siblings as `.ts`: point them at the `.js` output.
    for (const file of compiled(join(BUILD, "api/src"))) {
      const text = readFileSync(file, "utf8");
      const fixed = text.replace(/(from |import\()"(\.{1,2}\/[^"]*)\.ts"/g, '$1"$2.js"');
      if (fixed !== text) writeFileSync(file, fixed);
    }
    mkdirSync(join(BUILD, "api"), { recursive: true });
    for (const [link, target] of [
      ["api/node_modules", "api/node_modules"],
      ["node_modules", "node_modules"],
      ["prisma", "prisma"],
    ] as const) {
      if (!existsSync(join(BUILD, link))) symlinkSync(resolve(ROOT, target), join(BUILD, link));
    }
    return join(BUILD, "api/src/main.js");
  })();
  return built;
}

function compiled(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return compiled(path);
    return name.endsWith(".js") ? [path] : [];
  });
}
