/** A fresh, migrated and seeded database for one test file: a copy of the template (SQLite file copy or
 * PostgreSQL `CREATE DATABASE … TEMPLATE`). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "../db/create-client";

export type TestDatabase = { db: Database; url: string; provider: "sqlite" | "postgresql"; drop(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("templateDatabaseUrl");
  const adminUrl = inject("postgresAdminUrl");
  const name = `kp_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "kp_template"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = createPrismaClient(url.toString());
    return {
      db,
      url: url.toString(),
      provider: "postgresql",
      async drop() {
        await db.$disconnect();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const file = path.join(os.tmpdir(), `${name}.db`);
  fs.copyFileSync(template.replace(/^file:/, ""), file);
  const db = createPrismaClient(`file:${file}`);
  return {
    db,
    url: `file:${file}`,
    provider: "sqlite",
    async drop() {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** An EMPTY database (no tables) on the test provider, e.g. a restore target: a SQLite path that does not exist
 * yet, or a new PostgreSQL database. */
export async function createEmptyTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject("postgresAdminUrl");
  const name = `kp_empty_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const file = path.join(os.tmpdir(), `${name}.db`);
  return {
    url: `file:${file}`,
    async drop() {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}
