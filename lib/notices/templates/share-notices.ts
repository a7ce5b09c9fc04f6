/** Mails about amounts: a municipality's share changed; an office-year became at risk or reduced. Pure. */
import { formatKroner, participationDetail, STATUS_LABELS } from "../../format";
import { composeMail, type RenderedMail } from "../mail-layout";

export type ShareLine = {
  officeName: string;
  year: number;
  before: number;
  after: number;
  provisional: boolean;
  /** The office-year takes part below the requirement: its total is reduced, and the tasks are renegotiated. */
  reduced: boolean;
  /**
   * The year is closed and invoiced: what the municipality will then be charged (> 0) or credited (< 0) besides what
   * it was invoiced (lib/billing/closed-year-effects.ts). Absent for an open year.
   */
  settlement?: number;
};

/** One office-year of a municipality's amount in a mail: «CLEAN 2023: 21.000 kr. → 22.500 kr. (…)». */
export function shareLineText(l: ShareLine): string {
  const notes = [
    l.provisional && "foreløbig",
    l.reduced && "reduceret: for få deltager; totalen reduceres, og opgaverne genforhandles med klyngen",
    l.settlement !== undefined && settlementText(l.settlement),
  ].filter(Boolean);
  return (
    `${l.officeName} ${l.year}: ${formatKroner(l.before)} → ${formatKroner(l.after)}` +
    notes.map((note) => ` (${note})`).join("")
  );
}

/** What the year's settlement is now, in all (what it should pay − what was invoiced), not this change's part. */
function settlementText(settlement: number) {
  if (settlement > 0)
    return `året er opkrævet: efterregulering i alt ${formatKroner(settlement)}, som opkræves særskilt`;
  if (settlement < 0)
    return `året er opkrævet: efterregulering i alt ${formatKroner(-settlement)}, som krediteres særskilt`;
  return "året er opkrævet: der er intet at efterregulere";
}

export function shareChangedMail(o: {
  municipality: { name: string; code: string };
  /** The whole sentence: who did what. */
  cause: string;
  /** For the subject: "Holbæk Kommunes beslutning", "ændret leadbidrag" … */
  shortCause: string;
  lines: ShareLine[];
  /** The period (agreement id) the change is in: the link opens that period's page. */
  periodId: string;
  required: boolean;
}): RenderedMail {
  const name = `${o.municipality.name} Kommune`;
  return composeMail({
    kind: "SHARE_CHANGED",
    required: o.required,
    subject: `Ændret andel for ${name}: ${o.shortCause}`,
    greeting: `Kære kontaktperson for ${name}`,
    blocks: [
      { text: `${name}s andel af medfinansieringen er ændret. ${o.cause}` },
      { text: "Før → efter:" },
      // A year already invoiced says its settlement on its line (lib/billing/closed-year-effects.ts).
      { list: o.lines.map(shareLineText) },
    ],
    link: {
      path: `/kommuner/${o.municipality.code}/historik?periode=${o.periodId}`,
      label: "Se ændringen og hvorfor i Klyngeportalen",
    },
  });
}

export type StatusLine = {
  officeName: string;
  year: number;
  before: string;
  after: string;
  yes: number;
  pending: number;
  eligible: number;
  required: number;
};

export function officeYearAtRiskMail(o: {
  cause: string;
  lines: StatusLine[];
  year: number;
  periodId: string;
  required: boolean;
}) {
  const label = (status: string) => STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? status;
  // Each office under its own worst status: «Reduceret: Life Science …; I risiko: CLEAN …», never an office that is
  // only at risk under «Reduceret».
  const reduced = new Set(o.lines.filter((l) => l.after === "REDUCED").map((l) => l.officeName));
  const atRisk = new Set(o.lines.map((l) => l.officeName).filter((name) => !reduced.has(name)));
  const subject = [
    reduced.size ? `${label("REDUCED")}: ${[...reduced].join(", ")}` : "",
    atRisk.size ? `${label("AT_RISK")}: ${[...atRisk].join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  return composeMail({
    kind: "OFFICE_YEAR_AT_RISK",
    required: o.required,
    subject,
    greeting: "Kære KKR-sekretariat",
    blocks: [
      {
        text: `Deltagelsen har ændret status for ${o.lines.length === 1 ? "et år" : "flere år"}. ${o.cause}`,
      },
      {
        list: o.lines.map(
          (l) =>
            `${l.officeName} ${l.year}: ${label(l.before)} → ${label(l.after)} ` +
            `(${l.yes + l.pending} af ${l.eligible} deltager: ${participationDetail(l)})`,
        ),
      },
    ],
    link: { path: `/sekretariat?periode=${o.periodId}&aar=${o.year}`, label: "Se overblikket" },
  });
}

export type FundingLine = {
  year: number;
  before: number;
  after: number;
  status: string;
  yes: number;
  pending: number;
  eligible: number;
  required: number;
};

/** To the office: what the municipalities together pay it changed (a reduced total, or kept again). */
export function officeFundingChangedMail(o: {
  officeName: string;
  officeId: string;
  cause: string;
  lines: FundingLine[];
  required: boolean;
}) {
  const label = (status: string) => STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? status;
  const lower = o.lines.every((l) => l.after < l.before);
  return composeMail({
    kind: "OFFICE_FUNDING_CHANGED",
    required: o.required,
    subject: `Kommunernes bidrag til ${o.officeName} er ${lower ? "reduceret" : "ændret"}`,
    greeting: `Kære ${o.officeName}`,
    blocks: [
      { text: `Kommunernes samlede bidrag til kontoret er ændret. ${o.cause}` },
      {
        list: o.lines.map(
          (l) =>
            `${l.year}: ${formatKroner(l.before)} → ${formatKroner(l.after)} – ${label(l.status)} ` +
            `(${l.yes + l.pending} af ${l.eligible} deltager: ${participationDetail(l)})`,
        ),
      },
      ...(o.lines.some((l) => l.status === "REDUCED")
        ? [
            {
              text:
                "Når færre kommuner end kravet deltager, reduceres totalen, og kontorets opgaver genforhandles med " +
                "KKR-sekretariatet.",
            },
          ]
        : []),
    ],
    link: { path: `/klyngekontorer/${o.officeId}`, label: "Se kontorets finansiering" },
  });
}
