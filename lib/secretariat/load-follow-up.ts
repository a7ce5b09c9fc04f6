/** Municipalities without a decision for the year, per office, with their active contacts' e-mail addresses. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";

export async function loadFollowUp({
  agreementId,
  year: requestedYear,
  db = appDb,
}: {
  agreementId: string;
  year?: string;
  db?: DbClient;
}) {
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const { agreement } = view;
  const year = pickYear(view.years, requestedYear);
  const contacts = await db.user.findMany({
    where: { role: "MUNICIPAL_CONTACT", active: true, municipality: { regionId: agreement.regionId } },
    select: { email: true, municipality: { select: { code: true } } },
    orderBy: { email: "asc" },
  });
  const emailsOf = (code: string) => contacts.filter((c) => c.municipality?.code === code).map((c) => c.email);
  const names = new Map(view.municipalities.map((m) => [m.code, m.name]));
  const offices = view.offices.map((office) => {
    const missing = view.allocationFor(office.id, year).states.filter((s) => s.state === "PENDING");
    return {
      id: office.id,
      name: office.name,
      // The office's own deadline when its period set one, else the period's (issue 12).
      dueDate: office.decisionDueDate ?? agreement.decisionDueDate,
      missing: missing.map((s) => ({ code: s.code, name: names.get(s.code)!, emails: emailsOf(s.code) })),
    };
  });
  const allEmails = [...new Set(offices.flatMap((o) => o.missing.flatMap((m) => m.emails)))];
  return { agreement: view.agreement, years: view.years, year, offices, allEmails };
}
