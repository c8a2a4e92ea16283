import type { TestProject } from "vitest/node";
import { type CampusServer, ensureWebBuilt, startCampusServer } from "./campus-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: CampusServer | undefined;

/** One server for the whole suite: starting and seeding it is the slow part. */
export async function setup(project: TestProject) {
  ensureWebBuilt();
  server = await startCampusServer();
  project.provide("baseUrl", server.baseUrl);
}

export async function teardown() {
  await server?.stop();
}
