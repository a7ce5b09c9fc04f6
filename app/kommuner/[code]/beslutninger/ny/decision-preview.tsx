import { formatKroner, formatSignedKroner, formatYears, participationDetail, STATUS_LABELS } from "@/lib/format";
import type { OfficePreview } from "@/lib/decisions/preview-decisions";
import type { ClosedYearSettlement } from "@/lib/billing/closed-year-effects";
import { FieldError } from "@/components/form-messages";
import { ScrollBox } from "@/components/scroll-box";

const OUTCOME = { KEPT: "totalen fastholdes", AT_RISK: "totalen er i risiko", REDUCED: "totalen reduceres" } as const;
type Status = keyof typeof OUTCOME;
const cell = "px-2 py-1";

/**
 * "Fra 2023 deltager 15 af 16 (krav 14) — totalen er i risiko; jeres andel bliver 0 kr., …", per office and year.
 * `onBehalfOf`: the municipality's name when the secretariat records for it («Greve Kommunes andel»).
 */
export function DecisionPreview({ preview, onBehalfOf }: { preview: OfficePreview[]; onBehalfOf?: string }) {
  const whose = onBehalfOf ? `${onBehalfOf} Kommunes andel` : "jeres andel";
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
        const alreadyAtRisk = office.years.filter((y) => y.statusBefore !== "KEPT").map((y) => y.year);
        return (
          <div key={office.officeId} className="mt-4">
            <h3 className="font-semibold">{office.officeName}</h3>
            {office.undecidedAfter.length > 0 && (
              <p
                className="mt-1 rounded border border-amber-500 bg-amber-50 p-2 text-sm font-medium text-amber-950"
                role="status"
                data-testid="undecided-after"
              >
                <span aria-hidden="true">⚠ </span>
                Rettelsen erstatter hele den registrering, der rettes. For {formatYears(office.undecidedAfter)} er der
                derefter ingen beslutning for {office.officeName}: kommunen står som «Afventer», og beløbene er
                foreløbige. Skal den oprindelige beslutning stadig gælde for de år, så registrér den for dem bagefter.
              </p>
            )}
            {office.stillUndecided.length > 0 && (
              <p
                className="mt-1 rounded border border-amber-500 bg-amber-50 p-2 text-sm font-medium text-amber-950"
                data-testid="still-undecided"
              >
                <span aria-hidden="true">⚠ </span>
                For {formatYears(office.stillUndecided)} er der stadig ingen beslutning for {office.officeName}:
                kommunen står som «Afventer», og beløbene er foreløbige. Gælder byrådets beslutning også for{" "}
                {office.stillUndecided.length === 1 ? "det år" : "de år"}, så vælg det år, den gælder fra, i «Gælder fra
                år» (et år før mødets år registreres med tilbagevirkende kraft).
              </p>
            )}
            {office.overApproved.length > 0 && office.approved !== null && (
              <p
                className="mt-1 rounded border border-amber-500 bg-amber-50 p-2 text-sm font-medium text-amber-950"
                data-testid="preview-over-approved"
              >
                <span aria-hidden="true">⚠ </span>
                Byrådets bevilling på {formatKroner(office.approved)} pr. år kan blive overskredet for{" "}
                {office.officeName}:{" "}
                {withFullStop(
                  office.overApproved
                    .map(
                      (y) =>
                        `${y.year}: ${formatKroner(y.amount)}` +
                        (y.ceiling > y.amount ? ` (højst ${formatKroner(y.ceiling)})` : ""),
                    )
                    .join(", "),
                )}
              </p>
            )}
            {!first && <p>Beslutningen ændrer ingen beløb for kontoret.</p>}
            {first && <p>{summarize(first, office.years.length === 1, whose)}</p>}
            {alreadyAtRisk.length > 0 && (
              <p className="text-sm">
                Kontoret var allerede i risiko eller reduceret før denne beslutning i {alreadyAtRisk.join(", ")}.
              </p>
            )}
            {office.years.some((y) => y.leadMissingAfter) && (
              <p className="text-sm font-medium">
                Kontoret mangler derefter en leadkommune: KKR-sekretariatet skal registrere en ny lead eller fordeling.
              </p>
            )}
            {office.years.length > 0 && (
              <ScrollBox className="mt-2">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">
                    {onBehalfOf ? `${onBehalfOf} Kommunes` : "Jeres"} beløb før og efter for {office.officeName}
                  </caption>
                  <thead className="border-b border-slate-300">
                    <tr>
                      <th scope="col" className={cell}>
                        År
                      </th>
                      <th scope="col" className={`${cell} text-right`}>
                        Før
                      </th>
                      <th scope="col" className={`${cell} text-right`}>
                        Efter
                      </th>
                      <th scope="col" className={cell}>
                        Status før
                      </th>
                      <th scope="col" className={cell}>
                        Status efter
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {office.years.map((y) => (
                      <tr key={y.year} className="border-t border-slate-200">
                        <th scope="row" className={`${cell} font-normal`}>
                          {y.year}
                        </th>
                        <td className={`${cell} text-right tabular-nums`}>{formatKroner(y.ownBefore)}</td>
                        <td className={`${cell} text-right tabular-nums`}>
                          {formatKroner(y.ownAfter)}
                          {/* Left without a decision by the correction: the amount counts the municipality in, for now. */}
                          {office.undecidedAfter.includes(y.year) && (
                            <span className="block text-xs font-medium text-amber-900">(foreløbig: afventer)</span>
                          )}
                        </td>
                        <td className={cell}>{STATUS_LABELS[y.statusBefore as Status]}</td>
                        <td className={cell}>{STATUS_LABELS[y.statusAfter as Status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            )}
            {office.pastYears.map((past) => (
              <div
                key={past.year}
                className="mt-3 rounded border border-amber-400 bg-amber-50 p-3"
                data-testid="past-year-changes"
              >
                <h4 className="font-semibold">Ændrer det allerede forløbne år {past.year}</h4>
                <ScrollBox className="mt-1">
                  <table className="w-full border-collapse text-left text-sm">
                    <caption className="sr-only">
                      Alle kommuners beløb før og efter for {office.officeName} i {past.year}
                    </caption>
                    <thead className="border-b border-amber-400">
                      <tr>
                        <th scope="col" className={cell}>
                          Kommune
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Før
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Efter
                        </th>
                        <th scope="col" className={`${cell} text-right`}>
                          Forskel
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {past.lines.map((line) => (
                        <tr key={line.name} className="border-t border-amber-200">
                          <th scope="row" className={`${cell} font-normal`}>
                            {line.name}
                          </th>
                          <td className={`${cell} text-right tabular-nums`}>{formatKroner(line.before)}</td>
                          <td className={`${cell} text-right tabular-nums`}>{formatKroner(line.after)}</td>
                          <td className={`${cell} text-right tabular-nums`}>
                            {formatSignedKroner(line.after - line.before)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}

/** The first year the decision changes; `only`: no later year changes ("I 2026 …" rather than "Fra 2026 …"). */
function summarize(y: OfficePreview["years"][number], only: boolean, whose: string): string {
  const others =
    y.othersAverageChange === 0
      ? ""
      : `, de øvrige betaler i gennemsnit ${formatKroner(Math.abs(y.othersAverageChange))} ${y.othersAverageChange > 0 ? "mere" : "mindre"}`;
  const sentence =
    `${only ? "I" : "Fra"} ${y.year} deltager ${y.participantsAfter} af ${y.eligible} ` +
    `(${participationDetail({ yes: y.yesAfter, pending: y.pendingAfter, required: y.required })}) — ` +
    `${OUTCOME[y.statusAfter as Status]}; ${whose} bliver ${formatKroner(y.ownAfter)}${others}`;
  return withFullStop(sentence);
}

/** formatKroner ends in "kr.": no second full stop. */
const withFullStop = (sentence: string) => (sentence.endsWith(".") ? sentence : `${sentence}.`);

/**
 * The decision changes years that are closed and invoiced (issue 11): the settlement every payer will get, and the
 * reason the secretariat must give. (A contact never sees this: the preview refuses with an explanation.)
 */
export function ClosedYearsNotice({
  settlements,
  error,
  invalid,
  describedBy,
}: {
  settlements: ClosedYearSettlement[];
  error?: string;
  invalid: boolean;
  describedBy?: string;
}) {
  return (
    <section
      aria-labelledby="closed-years-heading"
      className="rounded border border-amber-500 bg-amber-50 p-4"
      data-testid="closed-years"
    >
      <h2 id="closed-years-heading" className="text-lg font-semibold">
        Ændrer lukkede år: efterregulering
      </h2>
      <p className="text-sm">
        Beløbene for disse år er opkrævet. Forskellen bliver en efterregulering (ekstra opkrævning eller kreditering),
        som opkræves under Opkrævning.
      </p>
      {settlements.map((s) => (
        <ScrollBox key={`${s.officeId}-${s.year}`} className="mt-2">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-semibold">
              {s.officeName} {s.year}
            </caption>
            <thead className="border-b border-amber-400">
              <tr>
                <th scope="col" className={cell}>
                  Kommune
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  Opkrævet
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  Efter beslutningen
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  Efterregulering
                </th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((line) => (
                <tr key={line.code} className="border-t border-amber-200">
                  <th scope="row" className={`${cell} font-normal`}>
                    {line.name}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{formatKroner(line.invoiced)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{formatKroner(line.after)}</td>
                  <td className={`${cell} text-right tabular-nums`}>{formatSignedKroner(line.settlement)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ))}
      <label htmlFor="closedYearReason" className="mt-3 block font-medium">
        Begrundelse for efterreguleringen
      </label>
      {/* The reason travels: into each settlement's invoice text, the municipalities' mails and the statement. */}
      <p id="closedYearReason-hint" className="text-sm text-slate-700">
        Begrundelsen står i fakturateksten til hver kommune, hvis beløb ændres: skriv den, så kommunerne kan læse den.
      </p>
      <textarea
        id="closedYearReason"
        name="closedYearReason"
        rows={2}
        className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2"
        // The reason belongs to the preview shown: typing it does not make the preview stale.
        onChange={(event) => event.stopPropagation()}
        aria-invalid={invalid}
        aria-describedby={[describedBy, "closedYearReason-hint"].filter(Boolean).join(" ")}
      />
      <FieldError id="closedYearReason-error" message={error} />
    </section>
  );
}
