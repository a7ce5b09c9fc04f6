import { danishIsoDate } from "@/lib/clock";
import { formatIsoDate } from "@/lib/format";
import { daysUntil } from "@/lib/notices/reminder-buckets";

/**
 * When the council's decision is due, for the offices the municipality has not decided on: the deadline the
 * reminders follow (the office's own, else the period's; lib/notices/decision-deadline.ts), so what the mail says is
 * on the page too. Offices without a deadline are left out; nothing is shown when none has one.
 */
export function DecisionDeadlineNote({
  offices,
  today,
}: {
  offices: { name: string; deadline: Date | null }[];
  today: Date;
}) {
  const byDay = new Map<string, string[]>();
  for (const { name, deadline } of offices) {
    if (!deadline) continue;
    const day = danishIsoDate(deadline);
    byDay.set(day, [...(byDay.get(day) ?? []), name]);
  }
  if (byDay.size === 0) return null;
  const sentences = [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, names]) => {
      const about = `beslutningen om ${listInDanish(names)}`;
      return daysUntil(new Date(`${day}T12:00:00Z`), today) < 0
        ? { late: true, text: `Fristen for ${about} var ${formatIsoDate(day)} og er overskredet.` }
        : { late: false, text: `${capitalize(about)} skal registreres senest ${formatIsoDate(day)}.` };
    });
  const late = sentences.some((s) => s.late);
  return (
    <p
      className={`rounded border p-3 ${late ? "border-red-300 bg-red-50 text-red-900" : "border-slate-300 bg-white"}`}
      data-testid="decision-deadline"
    >
      {late && <span aria-hidden="true">⚠ </span>}
      {sentences.map((s) => s.text).join(" ")}
    </p>
  );
}

function listInDanish(names: string[]) {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;
}

function capitalize(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
