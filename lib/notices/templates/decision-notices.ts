/** Mails about a recorded council decision: to the secretariat, and to the municipality when recorded for it. */
import { formatDate, formatDecisionYears } from "../../format";
import { composeMail, type MailBlock } from "../mail-layout";
import type { DecisionFacts } from "../../decisions/decision-facts";
import { shareLineText, type ShareLine } from "./share-notices";

export type RecordedDecision = DecisionFacts & {
  municipality: { name: string; code: string };
  officeNames: string[];
  correctionReason: string | null;
  /** It corrects a named earlier registration; otherwise a reason is a backdated decision's. */
  correctsEarlier: boolean;
  recordedBy: string;
  onBehalf: boolean;
  /** The period (agreement id) the decision belongs to: the link opens that period's history. */
  periodId: string;
  /** The municipality's own amounts the decision moved, with a closed year's settlement. */
  ownLines?: ShareLine[];
  /** The closed and invoiced office-years it changes («CLEAN 2022»), and the secretariat's reason. */
  closedYears?: { names: string[]; reason: string };
};

const value = (d: RecordedDecision) => (d.decision === "YES" ? "Ja" : "Nej");

function facts(d: RecordedDecision): MailBlock[] {
  const years = formatDecisionYears(d.effectiveFromYear, d.effectiveToYear);
  return [
    {
      list: [
        `Beslutning: «${value(d)}» ${years}`,
        `Klyngekontorer: ${d.officeNames.join(", ")}`,
        `${d.councilBody}, møde ${formatDate(d.meetingDate)}, ${d.caseReference}`,
        `Registreret af: ${d.recordedBy}${d.onBehalf ? " (KKR-sekretariatet på kommunens vegne)" : ""}`,
        ...(d.correctionReason
          ? [
              d.correctsEarlier
                ? `Rettelse af en tidligere registrering: ${d.correctionReason}`
                : `Rettelse eller tilbagevirkende kraft – begrundelse: ${d.correctionReason}`,
            ]
          : []),
        ...(d.closedYears?.names.length
          ? [
              `Ændrer år, der er lukket og opkrævet (${d.closedYears.names.join(", ")}) – begrundelse: ` +
                d.closedYears.reason,
            ]
          : []),
      ],
    },
  ];
}

/** The municipality's own amounts before → after, when the decision moved them. */
function ownAmounts(d: RecordedDecision): MailBlock[] {
  if (!d.ownLines?.length) return [];
  return [{ text: `${d.municipality.name} Kommunes beløb, før → efter:` }, { list: d.ownLines.map(shareLineText) }];
}

export function decisionRecordedMail(d: RecordedDecision & { required: boolean }) {
  return composeMail({
    kind: "DECISION_RECORDED",
    required: d.required,
    subject:
      `Beslutning registreret: ${d.municipality.name} Kommune – «${value(d)}» til ` +
      (d.officeNames.length === 1 ? d.officeNames[0] : `${d.officeNames.length} klyngekontorer`),
    greeting: "Kære KKR-sekretariat",
    blocks: [
      { text: `${d.municipality.name} Kommunes beslutning er registreret i Klyngeportalen.` },
      ...facts(d),
      ...ownAmounts(d),
    ],
    link: {
      path: `/kommuner/${d.municipality.code}/historik?periode=${d.periodId}`,
      label: "Se kommunens beslutninger",
    },
  });
}

export function decisionOnBehalfMail(d: RecordedDecision & { required: boolean }) {
  return composeMail({
    kind: "DECISION_ON_BEHALF",
    required: d.required,
    subject: `KKR-sekretariatet har registreret en beslutning for ${d.municipality.name} Kommune`,
    greeting: `Kære kontaktperson for ${d.municipality.name} Kommune`,
    blocks: [
      {
        text:
          "KKR-sekretariatet har registreret kommunalbestyrelsens beslutning på kommunens vegne. " +
          "Kontrollér den, og kontakt sekretariatet, hvis den ikke er rigtig.",
      },
      ...facts(d),
      ...ownAmounts(d),
    ],
    link: {
      path: `/kommuner/${d.municipality.code}/historik?periode=${d.periodId}`,
      label: "Se beslutningen i Klyngeportalen",
    },
  });
}
