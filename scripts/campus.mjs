#!/usr/bin/env node
// The two commands of the README: `npm start` and `npm test`. They need only
// Node 20.19+: pnpm (pinned in package.json) is fetched with npx when missing,
// dependencies are installed, the Prisma client generated, the web app built.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const pnpmVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
}

/** `pnpm` if the pinned major is on PATH, else npx with the pinned version (no global install needed). */
function pnpmCommand() {
  const probe = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (probe.status === 0 && probe.stdout.trim().split(".")[0] === pnpmVersion.split(".")[0]) return ["pnpm"];
  return ["npx", "--yes", `pnpm@${pnpmVersion}`];
}

const [pnpmBin, ...pnpmPrefix] = pnpmCommand();
const pnpm = (args, options) => run(pnpmBin, [...pnpmPrefix, ...args], options);
const mustPnpm = (args, options) => must(pnpmBin, [...pnpmPrefix, ...args], options);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function prepare({ forTests }) {
  const ci = process.env.CI === "true";
  mustPnpm(["install", ...(ci ? ["--frozen-lockfile"] : []), "--reporter=append-only"], {
    env: { ...process.env, npm_config_loglevel: "error" },
  });
  const client = join(root, "api/src/generated/prisma/client.ts");
  if (!existsSync(client) || statSync(client).mtimeMs < newestMtime(join(root, "prisma/schema"))) {
    must(process.execPath, [join(root, "scripts/prisma-generate.mjs")]);
  }
  const dist = join(root, "web/dist/index.html");
  if (!forTests && (!existsSync(dist) || statSync(dist).mtimeMs < newestMtime(join(root, "web/src")))) {
    mustPnpm(["--filter", "@campus/web", "exec", "vite", "build", "--logLevel", "warn"]);
  }
}

function reachable(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function test() {
  prepare({ forTests: true });
  for (const [name, port] of [
    ["PostgreSQL", 5432],
    ["Redis", 6379],
  ]) {
    if (!(await reachable(port))) {
      console.error(
        `✗ ${name} is not reachable on 127.0.0.1:${port}; the tests need it (see README, Testing).`,
      );
      process.exit(1);
    }
  }
  const env = { ...process.env, TZ: "UTC" };
  let passed = 0;
  let failed = 0;
  const failures = [];
  const check = (name, status) => {
    if (status === 0) passed += 1;
    else {
      failed += 1;
      failures.push(name);
    }
  };
  const vitest = (label, cwd, extraArgs = []) => {
    const report = join(root, `.data/test-results-${label}.json`);
    rmSync(report, { force: true });
    const status = pnpm(
      [
        "exec",
        "vitest",
        "run",
        ...extraArgs,
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${report}`,
      ],
      {
        cwd: join(root, cwd),
        env,
      },
    );
    if (!existsSync(report)) return check(`${label} tests`, status || 1);
    const summary = JSON.parse(readFileSync(join(report), "utf8"));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numFailedTests > 0 || summary.numFailedTestSuites > 0 || status !== 0) {
      if (summary.numFailedTests === 0) failed += Math.max(1, summary.numFailedTestSuites);
      failures.push(`${label} tests`);
    }
  };

  console.log("\n▶ lint and format (biome)");
  check("biome", pnpm(["exec", "biome", "ci", "."]));
  console.log("\n▶ typecheck (api)");
  check("typecheck api", pnpm(["--filter", "@campus/api", "typecheck"]));
  check("typecheck sdk", pnpm(["--filter", "@campus/sdk", "typecheck"]));
  console.log("\n▶ migrations match the Prisma schema");
  check(
    "migration drift",
    pnpm(["--filter", "@campus/api", "exec", "tsx", "src/db/cli/migration.ts", "--check"]),
  );
  console.log("\n▶ generated web and sdk types match schema.graphql (codegen --check)");
  check("codegen drift", pnpm(["exec", "graphql-codegen", "--config", "codegen.ts", "--check"]));
  console.log("\n▶ web build (tsc + vite build)");
  check("web build", pnpm(["--filter", "@campus/web", "build"], { env }));
  console.log("\n▶ api tests (PostgreSQL + Redis on loopback)");
  vitest("api", "api");
  console.log("\n▶ web tests");
  vitest("web", "web");
  console.log("\n▶ web end-to-end tests (headless Chromium against the real server, web/e2e)");
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) vitest("web-e2e", "web", ["--config", "vitest.e2e.config.ts"]);
  else {
    console.error(`✗ No browser at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    check("web e2e tests (no browser)", 1);
  }
  console.log("\n▶ sdk tests (the SDK against a real API process)");
  vitest("sdk", "sdk");

  if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

function start() {
  prepare({ forTests: false });
  // Replace this process with the API so signals reach it directly.
  const status = pnpm(["--filter", "@campus/api", "start"], { env: { ...process.env } });
  process.exit(status);
}

const command = process.argv[2];
if (command === "test") await test();
else if (command === "start") start();
else {
  console.error("usage: node scripts/campus.mjs start|test");
  process.exit(2);
}
