/**
 * Pages read agreements through this cache: computing an agreement (4 queries + the engine) costs far more than
 * reading its `dataVersion` (one indexed row). Every change to what the computation reads bumps that version in
 * the same transaction (bumpAgreementVersion), so a cached result is used only while it is exactly current —
 * also across processes. A decision save takes its view from here too, under the version its own bump starts from,
 * and leaves the next version's view behind after it commits (record-decisions.ts; issue 17, 0019).
 * Measured effect: docs/decisions/0008-performance.md. Takes the client explicitly (no app-client import): write
 * operations, scripts and tests use it outside Next. Kept per client: two databases in one process (tests, copies
 * of one template) have the same ids and versions, and must never see each other's views.
 */
import type { DbClient } from "../db/types";
import { loadAgreement, type AgreementView } from "./load-agreement";

const MAX_ENTRIES = 64;
type Entry = { version: number; view: AgreementView };
const caches = new WeakMap<object, Map<string, Entry>>();

function cacheOf(db: object) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** The view of exactly this version of the agreement, if this client has it. */
export function cachedAgreementView(db: object, agreementId: string, version: number): AgreementView | null {
  const hit = cacheOf(db).get(agreementId);
  return hit && hit.version === version ? hit.view : null;
}

/**
 * Keeps a view under a version: only the view of exactly that version's data — read after the version was read,
 * or built from such a view and the change that made the next version — and only after its transaction committed.
 */
export function rememberAgreementView(db: object, agreementId: string, version: number, view: AgreementView) {
  const cache = cacheOf(db);
  if (cache.size >= MAX_ENTRIES && !cache.has(agreementId)) cache.delete(cache.keys().next().value!);
  cache.set(agreementId, { version, view });
}

type Row = { id: string; dataVersion: number | bigint };

async function cachedView(db: DbClient, row: Row | undefined): Promise<AgreementView | null> {
  if (!row) return null;
  const version = Number(row.dataVersion);
  const hit = cachedAgreementView(db, row.id, version);
  if (hit) return hit;
  const view = await loadAgreement({ db, agreementId: row.id });
  // Stored under the version read BEFORE loading: a change in between makes the next read reload, never the reverse.
  rememberAgreementView(db, row.id, version, view);
  return view;
}

export async function loadAgreementCached({
  db,
  agreementId,
  version,
}: {
  db: DbClient;
  agreementId: string;
  /**
   * The agreement's `dataVersion` as this request already read it with the period (lib/periods/require-period.ts):
   * saves the read here. Never one read before an earlier step of the same request changed the data.
   */
  version?: number;
}): Promise<AgreementView | null> {
  if (version !== undefined) return cachedView(db, { id: agreementId, dataVersion: version });
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
const derived = new WeakMap<object, Map<string, unknown>>();

/**
 * What a page derives from one computed agreement (a year's overview, its rendered matrix), kept with that view
 * object: a save makes a new view (new dataVersion), so a derived value can never outlive the data it came from,
 * and it is dropped with its view. `compute` must depend on `view` and `key` only — never on other data.
 * Issue 17: docs/decisions/0019-speed-at-the-floor.md.
 */
export function deriveFromView<T>(view: AgreementView, key: string, compute: () => T): T {
  return deriveFromKept(view, key, compute);
}

/**
 * deriveFromView for a value made from something that is itself kept with one view — an overview's rows, a
 * municipality's amounts — so it too is made once and dropped with what it was made from (the pages' data for
 * their HTML writers: app/sekretariat/decision-matrix.tsx, office-gauges.tsx, app/kommuner/[code]/amounts-table.tsx).
 * `compute` must depend on `owner` and `key` only.
 */
export function deriveFromKept<T>(owner: object, key: string, compute: () => T): T {
  let values = derived.get(owner);
  if (!values) derived.set(owner, (values = new Map()));
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

/**
 * Call inside the transaction of any change to an agreement's decisions, leads, pools, closings or settings — FIRST,
 * before the transaction reads the period. From the bump on, changes of one period take turns (PostgreSQL holds the
 * row lock until commit, SQLite has one writer), so what the change reads is the period as every earlier change
 * left it: a closing invoices the decision saved a moment before, a save finds the year closed a moment before.
 * Bumped last, two changes under READ COMMITTED could each compute from the period without the other
 * (lib/billing/period-turns.db.test.ts). Returns the agreement row as updated (its new `dataVersion`).
 */
export async function bumpAgreementVersion(tx: DbClient, agreementId: string) {
  return tx.agreement.update({ where: { id: agreementId }, data: { dataVersion: { increment: 1 } } });
}
