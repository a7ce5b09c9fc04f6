import Database from "better-sqlite3";

/** Read-only look into the e2e database, to prove that refused input stored nothing. */
export function countRows(sql: string, ...params: unknown[]): number {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

export const decisionsOf = (code: string) =>
  countRows(
    'SELECT COUNT(*) AS n FROM "CouncilDecision" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.code = ?',
    code,
  );
export const auditEvents = () =>
  countRows('SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = ?', "decision.recorded");

export const rowCount = (table: string) => countRows(`SELECT COUNT(*) AS n FROM "${table}"`);
export const leadAmounts = () => {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT "yearlyAmount" AS a FROM "OfficeLead" ORDER BY id').all() as { a: number }[]).map(
      (r) => r.a,
    );
  } finally {
    db.close();
  }
};

export const evaluationsOf = (slug: string) =>
  countRows(
    'SELECT COUNT(*) AS n FROM "EvaluationSubmission" s JOIN "EvaluationReport" r ON r.id = s."reportId" JOIN "ClusterOffice" o ON o.id = r."officeId" WHERE o.slug = ?',
    slug,
  );

export const attachmentIdByName = (fileName: string) => {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM "Attachment" WHERE "fileName" = ?').get(fileName) as { id: string }).id;
  } finally {
    db.close();
  }
};

/** Everything an action could change, in one string: equal before and after = nothing stored. */
export function fingerprint(): string {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    const q = (sql: string) => JSON.stringify(db.prepare(sql).all());
    return [
      ...[
        "CouncilDecision",
        "Attachment",
        "User",
        "EvaluationSubmission",
        "EvaluationReview",
        "PoolOverride",
        "ShareSnapshot",
        "ShareSnapshotLine",
      ].map((t) => q(`SELECT COUNT(*) n FROM "${t}"`)),
      q(`SELECT COUNT(*) n FROM "AuditEvent" WHERE action NOT LIKE 'auth.%'`),
      q(`SELECT id, "yearlyAmount" FROM "OfficeLead" ORDER BY id`),
      q(`SELECT id, "decisionDueDate" FROM "Agreement" ORDER BY id`),
      q(`SELECT id, status, version, "dueDate" FROM "EvaluationReport" ORDER BY id`),
      q(`SELECT id, active, role FROM "User" ORDER BY id`),
      q(`SELECT id, version FROM "Participation" ORDER BY id`),
    ].join("|");
  } finally {
    db.close();
  }
}

export function idOf(table: string, where: string, ...params: unknown[]): string {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT id FROM "${table}" WHERE ${where}`).get(...params) as { id: string }).id;
  } finally {
    db.close();
  }
}
