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
  countRows('SELECT COUNT(*) AS n FROM "CouncilDecision" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.code = ?', code);
export const auditEvents = () => countRows('SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = ?', "decision.recorded");

export const rowCount = (table: string) => countRows(`SELECT COUNT(*) AS n FROM "${table}"`);
export const leadAmounts = () => {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT "yearlyAmount" AS a FROM "OfficeLead" ORDER BY id').all() as { a: number }[]).map((r) => r.a);
  } finally {
    db.close();
  }
};

export const evaluationsOf = (slug: string) =>
  countRows('SELECT COUNT(*) AS n FROM "EvaluationSubmission" s JOIN "EvaluationReport" r ON r.id = s."reportId" JOIN "ClusterOffice" o ON o.id = r."officeId" WHERE o.slug = ?', slug);

export const attachmentIdByName = (fileName: string) => {
  const db = new Database("data/e2e.db", { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM "Attachment" WHERE "fileName" = ?').get(fileName) as { id: string }).id;
  } finally {
    db.close();
  }
};
