/** Municipalities without a decision for the year, per office, with their active contacts' e-mail addresses. */
import { db as appDb } from "../db";
import type { DbClient } from "../db/types";
import { loadAgreementCached } from "../shares/agreement-cache";
import { pickYear } from "../shares/pick-year";
import { now } from "../clock";
import { decisionDeadline } from "../notices/decision-deadline";
import { daysUntil } from "../notices/reminder-buckets";

export async function loadFollowUp({
  agreementId,
  year: requestedYear,
  db = appDb,
  today = now(),
}: {
  agreementId: string;
  year?: string;
  db?: DbClient;
  today?: Date;
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
    // The office's own deadline when it has one, else the period's (issue 12): the one the reminders follow.
    const dueDate = decisionDeadline({ agreement, office });
    return {
      id: office.id,
      name: office.name,
      dueDate,
      ownDueDate: !!office.decisionDueDate,
      /** The deadline has passed and decisions are still missing (the day of the deadline is not late). */
      overdue: !!dueDate && missing.length > 0 && daysUntil(dueDate, today) < 0,
      missing: missing.map((s) => ({ code: s.code, name: names.get(s.code)!, emails: emailsOf(s.code) })),
    };
  });
  const allEmails = [...new Set(offices.flatMap((o) => o.missing.flatMap((m) => m.emails)))];
  return { agreement: view.agreement, years: view.years, year, offices, allEmails };
}
