/**
 * Workarounds that let the Prisma 6.19.3 CLI run with NO native binaries (wasm schema engine + driver
 * adapters), on a closed network. Used only by prisma.config.ts, i.e. only in the CLI process — the app's
 * runtime client is plain `new PrismaClient({ adapter })`. Why each exists: docs/decisions/0001-prisma-6-19.md
 * and ENVIRONMENT.md. Delete a shim as soon as the upstream fix it stands in for has landed.
 */
import path from "node:path";
import fs from "node:fs";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** The Prisma CLI does not read .env when a prisma.config.ts exists. Existing env vars win. */
export function loadDotEnv(root: string) {
  const file = path.join(root, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** The wasm engine leaves long timers running, so commands hang 10–60 s after finishing. */
export function unrefLongTimers() {
  const original = globalThis.setTimeout;
  const patched = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const timer = original(handler as (...a: unknown[]) => void, ms, ...args);
    if ((ms ?? 0) >= 5000 && typeof timer === "object" && timer && "unref" in timer) timer.unref();
    return timer;
  }) as unknown as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

/**
 * SQLite: the shadow database replays migration files through better-sqlite3's single-statement
 * `prepare()`, which fails on multi-statement scripts (P3006 "External error"). Fall back to executeScript.
 */
export function sqliteMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  return Object.assign(factory, {
    async connectToShadowDb() {
      const shadow = await connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.args.length > 0) throw error;
          await shadow.executeScript(query.sql);
          return 0;
        }
      };
      return shadow;
    },
  });
}

/**
 * PostgreSQL (upstream prisma/orm#27403): catalog columns of type name/char are not deserializable by the
 * wasm engine ("Column type 'name' could not be deserialized"). Report them as text.
 */
function reportCatalogNamesAsText() {
  const TEXT = 25,
    TEXT_ARRAY = 1009;
  const asText: Record<number, number> = { 19: TEXT, 18: TEXT, 1003: TEXT_ARRAY, 1002: TEXT_ARRAY };
  type RowDescription = { fields: { dataTypeID: number }[] };
  const query = pg.Query.prototype as unknown as { handleRowDescription(msg: RowDescription): void };
  const original = query.handleRowDescription;
  query.handleRowDescription = function (msg: RowDescription) {
    for (const field of msg.fields) field.dataTypeID = asText[field.dataTypeID] ?? field.dataTypeID;
    return original.call(this, msg);
  };
}

/**
 * PostgreSQL shadow database: the stock adapter spreads a `connectionString` that overrides the shadow
 * `database`, and drops the shadow database while its own pool still holds connections. Use separate pool
 * fields and close the pool before dropping.
 */
export function postgresMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  reportCatalogNamesAsText();
  const parsed = new URL(url);
  const fields: pg.PoolConfig = {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    // Let the CLI process exit instead of waiting out the pool's 10 s idle timer.
    allowExitOnIdle: true,
  };
  const factory = new PrismaPg(fields);
  return Object.assign(factory, {
    async connectToShadowDb() {
      const admin = await factory.connect();
      const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const pool = new pg.Pool({ ...fields, database });
      const shadow = await new PrismaPg(pool).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await pool.end().catch(() => undefined);
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.dispose();
      };
      return shadow;
    },
  });
}
