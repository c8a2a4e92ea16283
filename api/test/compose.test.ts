// No Docker engine runs in CI: this keeps docker-compose.yml, the Dockerfiles
// and the nginx configs consistent with each other and with the API's config.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");

type Healthcheck = { test: string | string[] };
type DependsOn = string[] | Record<string, { condition?: string }>;
type Port = string | number | { target: number; published: number | string };
type Service = {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  deploy?: { replicas?: number };
  environment?: string[] | Record<string, string | number | boolean | null>;
  ports?: Port[];
  volumes?: Array<string | { type: string; source?: string; target: string }>;
  healthcheck?: Healthcheck;
  depends_on?: DependsOn;
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

const compose = parse(read("docker-compose.yml")) as Compose;

function service(name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function environment(name: string): Record<string, string> {
  const env = service(name).environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const [key = "", ...value] = entry.split("=");
        return [key, value.join("=")];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? "")]));
}

/** "host:container" pairs, whatever the syntax (short string or long object). */
function publishedPorts(name: string): string[] {
  return (service(name).ports ?? []).map((port) => {
    if (typeof port === "object") return `${port.published}:${port.target}`;
    const parts = String(port).split(":");
    return parts.slice(-2).join(":");
  });
}

function healthcheck(name: string): string {
  const test = service(name).healthcheck?.test;
  return Array.isArray(test) ? test.join(" ") : (test ?? "");
}

function dependencyConditions(name: string): Record<string, string | undefined> {
  const dependsOn = service(name).depends_on ?? [];
  if (Array.isArray(dependsOn))
    return Object.fromEntries(dependsOn.map((dependency) => [dependency, undefined]));
  return Object.fromEntries(
    Object.entries(dependsOn).map(([dependency, spec]) => [dependency, spec.condition]),
  );
}

function dockerfilePath(name: string): string {
  const build = service(name).build;
  if (!build) throw new Error(`service "${name}" is not built`);
  const spec = typeof build === "string" ? { context: build } : build;
  return join(spec.context ?? ".", spec.dockerfile ?? "Dockerfile");
}

describe("docker-compose.yml", () => {
  it("defines the whole stack", () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      "api",
      "mailpit",
      "postgres",
      "proxy",
      "redis",
      "web",
    ]);
    expect(service("postgres").image).toBe("postgres:15");
    expect(service("redis").image).toBe("redis:7");
    expect(service("mailpit").image).toMatch(/^axllent\/mailpit/);
    expect(service("proxy").image).toBe("nginx:1.27");
  });

  it("runs two API replicas configured for PostgreSQL, Redis and SMTP", () => {
    expect(service("api").deploy?.replicas).toBe(2);
    const env = environment("api");
    expect(env.DATABASE_URL).toBe("postgresql://campus:campus@postgres:5432/campus");
    expect(env.REDIS_URL).toBe("redis://redis:6379");
    expect(env.SMTP_URL).toBe("smtp://mailpit:1025");
    expect(env.NODE_ENV).toBe("production");
    expect(env.PORT).toBe("4000");
    // Compose refuses to start without a secret instead of using a default.
    expect(env.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?.+\}$/);
  });

  it("gives the API database credentials that match the postgres service", () => {
    const postgres = environment("postgres");
    const url = new URL(environment("api").DATABASE_URL ?? "");
    expect(decodeURIComponent(url.username)).toBe(postgres.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgres.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${postgres.POSTGRES_DB}`);
  });

  it("keeps PostgreSQL data in a named volume", () => {
    const mounts = (service("postgres").volumes ?? []).map((mount) =>
      typeof mount === "string" ? mount : `${mount.source}:${mount.target}`,
    );
    const dataMount = mounts.find((mount) => mount.endsWith(":/var/lib/postgresql/data"));
    expect(dataMount).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataMount?.split(":")[0]);
  });

  it("health-checks postgres, redis and the API", () => {
    expect(healthcheck("postgres")).toContain("pg_isready");
    expect(healthcheck("redis")).toContain("redis-cli ping");
    expect(healthcheck("api")).toContain("http://localhost:4000/healthz");
  });

  it("publishes the proxy, the web app and the mail UI, not the replicas", () => {
    expect(publishedPorts("proxy")).toContain("4000:4000");
    expect(publishedPorts("web")).toContain("8080:8080");
    expect(publishedPorts("mailpit")).toContain("8025:8025");
    // Two replicas cannot publish one host port.
    expect(publishedPorts("api")).toEqual([]);
  });

  it("starts each service after what it needs is healthy", () => {
    expect(dependencyConditions("api")).toMatchObject({
      postgres: "service_healthy",
      redis: "service_healthy",
    });
    expect(dependencyConditions("proxy")).toMatchObject({ api: "service_healthy" });
    expect(Object.keys(dependencyConditions("web"))).toContain("proxy");
  });

  it("mounts only files that exist", () => {
    for (const [name, spec] of Object.entries(compose.services)) {
      for (const mount of spec.volumes ?? []) {
        const source = typeof mount === "string" ? mount.split(":")[0] : mount.source;
        if (source?.startsWith(".")) expect(existsSync(join(root, source)), `${name}: ${source}`).toBe(true);
      }
    }
  });
});

describe("Dockerfiles", () => {
  it("exist where the compose file builds them", () => {
    expect(dockerfilePath("api")).toBe("api/Dockerfile");
    expect(dockerfilePath("web")).toBe("web/Dockerfile");
    for (const name of ["api", "web"]) expect(existsSync(join(root, dockerfilePath(name))), name).toBe(true);
  });

  it("build the API with the pinned toolchain and migrate before serving", () => {
    const dockerfile = read("api/Dockerfile");
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim$/m);
    expect(dockerfile).toContain("npm install -g pnpm@10.34.9");
    expect(dockerfile).toContain("pnpm install --frozen-lockfile");
    expect(dockerfile).toContain("pnpm prisma:generate");
    expect(dockerfile).toMatch(/^CMD .*pnpm db:migrate && exec pnpm serve/m);
    expect(JSON.parse(read("package.json")).packageManager).toBe("pnpm@10.34.9");
  });

  it("build the web app and serve it with nginx", () => {
    const dockerfile = read("web/Dockerfile");
    expect(dockerfile).toContain("pnpm --filter @campus/web build");
    expect(dockerfile).toMatch(/^FROM nginx:/m);
    expect(dockerfile).toContain("COPY web/nginx.conf");
    expect(existsSync(join(root, "web/nginx.conf"))).toBe(true);
  });

  it("run only root scripts that exist", () => {
    const scripts = Object.keys(JSON.parse(read("package.json")).scripts as Record<string, string>);
    for (const script of ["prisma:generate", "db:migrate", "serve"]) expect(scripts).toContain(script);
  });

  it("leave dependencies and local data out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    expect(ignored).toContain("**/node_modules");
    expect(ignored).toContain(".data");
    expect(ignored).toContain(".env");
  });
});

describe("nginx", () => {
  for (const [file, listen, upstream] of [
    ["deploy/nginx.conf", "4000", "api:4000"],
    ["web/nginx.conf", "8080", "proxy:4000"],
  ] as const) {
    it(`${file} forwards /graphql with WebSocket upgrade to ${upstream}`, () => {
      const conf = read(file);
      expect(conf).toMatch(new RegExp(`listen ${listen};`));
      expect(conf).toMatch(new RegExp(`server ${upstream}\\b`));
      expect(conf).toMatch(/location \/graphql \{/);
      expect(conf).toContain("proxy_http_version 1.1;");
      expect(conf).toContain("proxy_set_header Upgrade $http_upgrade;");
      expect(conf).toContain("proxy_set_header Connection $connection_upgrade;");
      expect(conf).toMatch(/map \$http_upgrade \$connection_upgrade \{/);
    });
  }

  it("serves the single-page app for client-side routes", () => {
    expect(read("web/nginx.conf")).toContain("try_files $uri /index.html;");
  });
});
