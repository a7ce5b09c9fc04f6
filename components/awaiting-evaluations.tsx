import Link from "next/link";
import type { AwaitingEvaluation } from "@/lib/evaluations/load-evaluation-overview";

/**
 * What waits in the other periods (lib/evaluations/load-evaluation-overview.ts `loadAwaitingEvaluations`): a list
 * under its own heading, each evaluation one click away. The page says who it is for: the link's words and what
 * follows it.
 */
export function AwaitingEvaluations({
  heading,
  headingLevel,
  awaiting,
  linkText,
  detail,
}: {
  heading: string;
  headingLevel: "h2" | "h3";
  awaiting: AwaitingEvaluation[];
  linkText: (a: AwaitingEvaluation) => string;
  detail: (a: AwaitingEvaluation) => string;
}) {
  if (awaiting.length === 0) return null;
  const Heading = headingLevel;
  const PeriodHeading = headingLevel === "h2" ? "h3" : "h4";
  // One group per period, in the order given: the period is named once, above its evaluations.
  const periods = new Map<string, AwaitingEvaluation[]>();
  for (const a of awaiting) periods.set(a.periodName, [...(periods.get(a.periodName) ?? []), a]);
  return (
    <section
      aria-labelledby="awaiting-heading"
      className="mb-3 rounded border border-amber-400 bg-amber-50 p-3"
      data-testid="awaiting-elsewhere"
    >
      <Heading id="awaiting-heading" className="font-medium">
        {heading}
      </Heading>
      {[...periods].map(([periodName, items]) => (
        <div key={periodName} className="mt-2">
          <PeriodHeading className="text-sm font-medium text-slate-800">{periodName}</PeriodHeading>
          <ul className="mt-1 list-disc pl-5">
            {items.map((a) => (
              <li key={`${a.officeId}-${a.year}`}>
                <Link
                  href={`/klyngekontorer/${a.officeId}/evalueringer/${a.year}`}
                  className="text-brand-700 underline"
                >
                  {linkText(a)}
                </Link>
                : {detail(a)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
