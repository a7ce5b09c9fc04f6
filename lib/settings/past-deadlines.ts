/**
 * A decision deadline moved to a day that has passed sends every municipality still missing a decision on the office
 * a mail that the deadline is overdue, at the next mail run (lib/notices/schedule-decision-reminders.ts). A typo can do
 * that: the save asks first, saying how many would be told (docs/decisions/0021-…).
 */
import type { DbClient } from "../db/types";
import { danishIsoDate } from "../clock";
import { formatCount, formatIsoDate } from "../format";
import { decisionDeadline } from "../notices/decision-deadline";
import { daysUntil } from "../notices/reminder-buckets";
import { loadAgreementCached } from "../shares/agreement-cache";

export async function pastDeadlineQuestion(options: {
  db: DbClient;
  agreementId: string;
  dueDate: Date | null;
  offices: { id: string; dueDate: Date | null }[];
  today: Date;
}): Promise<string | null> {
  const { db, agreementId, dueDate, offices, today } = options;
  const view = await loadAgreementCached({ db, agreementId });
  if (!view) return null;
  const overdue = new Map<string, string[]>(); // deadline (ISO day) → office names
  const told = new Set<string>();
  for (const office of view.offices) {
    const typed = offices.find((o) => o.id === office.id);
    const before = decisionDeadline({ agreement: view.agreement, office });
    const after = decisionDeadline({
      agreement: { decisionDueDate: dueDate },
      office: { decisionDueDate: typed ? typed.dueDate : office.decisionDueDate },
    });
    if (!after || daysUntil(after, today) >= 0) continue;
    if (before && danishIsoDate(before) === danishIsoDate(after)) continue;
    const missing = view.allocations
      .filter((entry) => entry.officeId === office.id)
      .flatMap((entry) => entry.states.filter((state) => state.state === "PENDING").map((state) => state.code));
    if (missing.length === 0) continue;
    missing.forEach((code) => told.add(code));
    const day = danishIsoDate(after);
    overdue.set(day, [...(overdue.get(day) ?? []), office.name]);
  }
  if (told.size === 0) return null;
  const deadlines = [...overdue].map(([day, names]) => `${formatIsoDate(day)} (${names.join(", ")})`);
  return (
    `${deadlines.length === 1 ? "Fristen" : "Fristerne"} ${deadlines.join(" og ")} er allerede overskredet. ` +
    `${formatCount(told.size, "kommune mangler", "kommuner mangler")} at beslutte sig og får en mail om, at fristen er ` +
    "overskredet, ved næste udsendelse. Sæt kryds, hvis det er meningen, og gem igen."
  );
}
