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
  return (
    <section
      aria-labelledby="awaiting-heading"
      className="mb-3 rounded border border-amber-400 bg-amber-50 p-3"
      data-testid="awaiting-elsewhere"
    >
      <Heading id="awaiting-heading" className="font-medium">
        {heading}
      </Heading>
      <ul className="mt-1 list-disc pl-5">
        {awaiting.map((a) => (
          <li key={`${a.officeId}-${a.year}`}>
            <Link href={`/klyngekontorer/${a.officeId}/evalueringer/${a.year}`} className="text-brand-700 underline">
              {linkText(a)}
            </Link>{" "}
            ({a.periodName}): {detail(a)}
          </li>
        ))}
      </ul>
    </section>
  );
}
