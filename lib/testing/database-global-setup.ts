/**
 * Integration tests run against a REAL database: SQLite by default, PostgreSQL when TEST_POSTGRES_URL is set.
 * Once per run: migrate a template database with `prisma migrate deploy` (the committed migrations) and seed
 * it. Each test file then gets its own copy (lib/testing/test-database.ts).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../db/create-client";
import { seedDatabase } from "../../prisma/seed/seed-database";

const root = path.resolve(__dirname, "../..");

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

export default async function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_POSTGRES_URL;
  let templateUrl: string;
  if (postgresUrl) {
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS "kp_template" WITH (FORCE)');
    await admin.query('CREATE DATABASE "kp_template"');
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = "/kp_template";
    templateUrl = url.toString();
  } else {
    const file = path.join(root, "data", "test-template.db");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    templateUrl = `file:${file}`;
  }
  migrate(templateUrl);
  const db = createPrismaClient(templateUrl);
  await seedDatabase(db);
  await db.$disconnect();
  project.provide("templateDatabaseUrl", templateUrl);
  project.provide("postgresAdminUrl", postgresUrl ?? "");
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    postgresAdminUrl: string;
  }
}
