import { formatKroner, STATUS_LABELS } from "@/lib/format";
import type { OfficePreview } from "@/lib/decisions/preview-decisions";

const OUTCOME = { KEPT: "totalen fastholdes", AT_RISK: "totalen er i risiko", REDUCED: "totalen reduceres" } as const;
type Status = keyof typeof OUTCOME;

/** "Med jeres nej deltager 14 af 16 — totalen fastholdes; jeres andel bliver 0 kr., de øvrige betaler i gennemsnit x kr. mere." */
export function DecisionPreview({ preview }: { preview: OfficePreview[] }) {
  return (
    <section
      aria-labelledby="preview-heading"
      className="rounded border border-brand-700/40 bg-brand-50 p-4"
      tabIndex={-1}
      data-focus-after-answer
      data-testid="decision-preview"
    >
      <h2 id="preview-heading" className="text-lg font-semibold">
        Sådan ændrer beslutningen beløbene
      </h2>
      <p className="text-sm text-slate-700">
        Intet er gemt endnu. Kontrollér konsekvenserne, og tryk derefter «Gem beslutning».
      </p>
      {preview.map((office) => {
        const first = office.years[0];
        return (
          <div key={office.officeId} className="mt-4">
            <h3 className="font-semibold">{office.officeName}</h3>
            {first && <p>{summarize(first)}</p>}
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Jeres beløb før og efter for {office.officeName}</caption>
              <thead>
                <tr>
                  <th scope="col">År</th>
                  <th scope="col" className="text-right">
                    Før
                  </th>
                  <th scope="col" className="text-right">
                    Efter
                  </th>
                  <th scope="col">Status efter</th>
                </tr>
              </thead>
              <tbody>
                {office.years.map((y) => (
                  <tr key={y.year} className="border-t border-slate-200">
                    <th scope="row" className="font-normal">
                      {y.year}
                    </th>
                    <td className="text-right tabular-nums">{formatKroner(y.ownBefore)}</td>
                    <td className="text-right tabular-nums">{formatKroner(y.ownAfter)}</td>
                    <td>{STATUS_LABELS[y.statusAfter as Status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

function summarize(y: OfficePreview["years"][number]): string {
  const others =
    y.othersAverageChange === 0
      ? ""
      : `, de øvrige betaler i gennemsnit ${formatKroner(Math.abs(y.othersAverageChange))} ${y.othersAverageChange > 0 ? "mere" : "mindre"}`;
  const sentence = `Fra ${y.year} deltager ${y.participantsAfter} af ${y.eligible} (krav ${y.required}) — ${OUTCOME[y.statusAfter as Status]}; jeres andel bliver ${formatKroner(y.ownAfter)}${others}`;
  // formatKroner ends in "kr." — no second full stop.
  return sentence.endsWith(".") ? sentence : `${sentence}.`;
}
