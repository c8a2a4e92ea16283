// Loads Prisma's WASM schema engine. The Prisma 7 CLI needs a native engine that
// it downloads on every command (impossible offline), so migrations run through
// @prisma/schema-engine-wasm with a driver adapter instead (DESIGN.md, toolchain facts).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

/** One Prisma schema file: path (used in error messages) and content. */
export type SchemaFile = { path: string; content: string };

let initialised: Promise<void> | undefined;

type TimerImport = (handler: () => void, ms: number) => ReturnType<typeof setTimeout>;

// The engine arms a timer (e.g. 10 s around the migration advisory lock) and has
// no import to clear it, so each apply would keep a CLI alive 10 s after it is
// done. Unref'd timers still fire while the process runs for other reasons.
function withUnrefTimers(module: typeof bindings): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...module };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    const arm = value as TimerImport;
    imports[name] = (handler: () => void, ms: number) => {
      const timer = arm(handler, ms);
      timer.unref();
      return timer;
    };
  }
  return imports;
}

// The package entry imports the .wasm as an ES module, which Node cannot do, so
// the bindings module is imported on its own and the binary is instantiated here.
// The bindings keep the instance in a module-level variable: initialise only once
// per process, or a second instance would replace the memory live engines use.
function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(bindingsPath), "schema_engine_bg.wasm"));
    // The generated glue names its import module after the bindings file.
    const imports = { "./schema_engine_bg.js": withUnrefTimers(bindings) } as unknown as WebAssembly.Imports;
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("schema engine WASM has no __wbindgen_start export");
    start();
  })();
  return initialised;
}

export type OpenSchemaEngineOptions = {
  /** The Prisma schema the engine starts with (`schemaDatamodel` targets repeat it per call). */
  schemaFiles: SchemaFile[];
  /** Connects to the database the engine works on; `connectToShadowDb` backs `diff` from migrations. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Receives the engine's log lines (JSON strings); silent by default. */
  onLog?: (line: string) => void;
};

/** A schema engine over one database. Call `free()` when done. */
export async function openSchemaEngine(options: OpenSchemaEngineOptions): Promise<SchemaEngine> {
  await initialiseWasm();
  const datamodels = options.schemaFiles.map((file): [string, string] => [file.path, file.content]);
  const onLog = options.onLog ?? (() => {});
  return bindings.SchemaEngine.new(
    { datamodels },
    (line: unknown) => onLog(String(line)),
    // The engine expects Result-returning methods, which this wrapper provides.
    bindMigrationAwareSqlAdapterFactory(options.adapterFactory),
  );
}
