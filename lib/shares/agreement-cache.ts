/**
 * Pages read agreements through this cache: computing an agreement (4 queries + the engine) costs far more than
 * reading its `dataVersion` (one indexed row). Every change to what the computation reads bumps that version in
 * the same transaction (bumpAgreementVersion), so a cached result is used only while it is exactly current —
 * also across processes. Transactions that write use loadAgreement directly, never this cache.
 * Measured effect: docs/decisions/0008-performance.md. Takes the client explicitly (no app-client import): write
 * operations, scripts and tests use it outside Next.
 */
import type { DbClient } from "../db/types";
import { loadAgreement, type AgreementView } from "./load-agreement";

const MAX_ENTRIES = 64;
const cache = new Map<string, { version: number; view: AgreementView }>();

type Row = { id: string; dataVersion: number | bigint };

async function cachedView(db: DbClient, row: Row | undefined): Promise<AgreementView | null> {
  if (!row) return null;
  const version = Number(row.dataVersion);
  const hit = cache.get(row.id);
  if (hit && hit.version === version) return hit.view;
  const view = await loadAgreement({ db, agreementId: row.id });
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // Stored under the version read BEFORE loading: a change in between makes the next read reload, never the reverse.
  cache.set(row.id, { version, view });
  return view;
}

export async function loadAgreementCached({
  db,
  agreementId,
}: {
  db: DbClient;
  agreementId: string;
}): Promise<AgreementView | null> {
  const rows = await db.$queryRaw<Row[]>`SELECT "id", "dataVersion" FROM "Agreement" WHERE "id" = ${agreementId}`;
  return cachedView(db, rows[0]);
}

/** The newest agreement of a region (or of any region), computed — same rule as findCurrentAgreement. */
export async function loadCurrentAgreementCached({
  db,
  regionId,
}: {
  db: DbClient;
  regionId?: string;
}): Promise<AgreementView | null> {
  const rows = regionId
    ? await db.$queryRaw<
        Row[]
      >`SELECT "id", "dataVersion" FROM "Agreement" WHERE "regionId" = ${regionId} ORDER BY "firstYear" DESC, "createdAt" DESC LIMIT 1`
    : await db.$queryRaw<
        Row[]
      >`SELECT "id", "dataVersion" FROM "Agreement" ORDER BY "firstYear" DESC, "createdAt" DESC LIMIT 1`;
  return cachedView(db, rows[0]);
}

const DERIVED_PER_VIEW = 128;
const derived = new WeakMap<AgreementView, Map<string, unknown>>();

/**
 * What a page derives from one computed agreement (a year's overview, its rendered matrix), kept with that view
 * object: a save makes a new view (new dataVersion), so a derived value can never outlive the data it came from,
 * and it is dropped with its view. `compute` must depend on `view` and `key` only — never on other data.
 * Issue 17: docs/decisions/0019-speed-at-the-floor.md.
 */
export function deriveFromView<T>(view: AgreementView, key: string, compute: () => T): T {
  let values = derived.get(view);
  if (!values) derived.set(view, (values = new Map()));
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  // A bounded number of keys per view (years × filters, municipalities, visits): the oldest goes first.
  if (values.size >= DERIVED_PER_VIEW) values.delete(values.keys().next().value!);
  values.set(key, value);
  return value;
}

/**
 * deriveFromView for what is read from the database along with a view — only data that is written in the same
 * transaction that bumps the agreement's dataVersion (so a change always comes with a new view). A failed read is
 * not kept.
 */
export function deriveAsyncFromView<T>(view: AgreementView, key: string, load: () => Promise<T>): Promise<T> {
  return deriveFromView(view, key, () =>
    load().catch((error: unknown) => {
      derived.get(view)?.delete(key);
      throw error;
    }),
  );
}

/** Call inside the transaction of any change to an agreement's decisions, leads, pools or settings. */
export async function bumpAgreementVersion(tx: DbClient, agreementId: string) {
  await tx.agreement.update({ where: { id: agreementId }, data: { dataVersion: { increment: 1 } } });
}
