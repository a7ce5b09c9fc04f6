/**
 * Demo data that looks like a year in real use (issue 12), recorded through the app's own operations so the ledger,
 * the audit trail and the files are what real use leaves behind:
 * - 2021–2024 fully decided: almost every council said Ja to every office at its spring 2021 meeting, a few said
 *   Nej, Vordingborg's Ja was first registered as a Nej and corrected; evaluations 2021–2023 approved, 2024 submitted;
 * - 2025–2028 made from it, with its population basis reused from 2021 and labelled so (not official 2025 figures);
 *   most councils have decided, some have not, and Life Science is at risk; the 2025 evaluations are in.
 * Only on a region without decisions yet: run twice, it adds nothing.
 */
import type { Database } from "../../lib/db/create-client";
import { recordDecisions } from "../../lib/decisions/record-decisions";
import { submitEvaluation } from "../../lib/evaluations/submit-evaluation";
import { reviewEvaluation } from "../../lib/evaluations/review-evaluation";
import { createPeriod } from "../../lib/periods/create-period";
import type { DecisionFormInput } from "../../lib/decisions/decision-schema";

export const DEMO_POPULATION_NOTE = "Demodata: befolkningstal pr. 1.1.2021 genbrugt — importér FOLK1A for perioden";

const OFFICES = ["we-build-denmark", "clean", "food-bio-cluster", "life-science-cluster"] as const;
type Slug = (typeof OFFICES)[number];

/** The councils that said Nej, and from when (2021–2024); everyone else said Ja to every office. */
const NO_2021: { code: string; office: Slug; from: number; meeting: string; note: string }[] = [
  { code: "0360", office: "life-science-cluster", from: 2021, meeting: "2021-03-23", note: "Prioriteret anderledes" },
  { code: "0336", office: "food-bio-cluster", from: 2021, meeting: "2021-02-25", note: "Ingen fødevareklynge lokalt" },
  { code: "0306", office: "clean", from: 2023, meeting: "2022-09-29", note: "Udtræder fra 2023 (budget 2023)" },
];

function pdf(text: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
}

async function versionsOf(db: Database, municipalityId: string) {
  const rows = await db.participation.findMany({ where: { municipalityId } });
  return Object.fromEntries(rows.map((p) => [p.officeId, p.version]));
}

export async function seedLivingDemo(db: Database, regionCode = "1085") {
  const region = await db.region.findUniqueOrThrow({ where: { code: regionCode } });
  if (await db.councilDecision.count({ where: { municipality: { regionId: region.id } } })) return false;
  const first = await db.agreement.findFirstOrThrow({ where: { regionId: region.id }, orderBy: { firstYear: "asc" } });
  const municipalities = await db.municipality.findMany({ where: { regionId: region.id }, orderBy: { code: "asc" } });
  const contactOf = async (municipalityId: string) =>
    db.user.findFirstOrThrow({ where: { municipalityId, role: "MUNICIPAL_CONTACT" } });
  const secretariat = await db.user.findFirstOrThrow({ where: { role: "SECRETARIAT", regionId: region.id } });

  const record = async (o: {
    agreementId: string;
    municipalityId: string;
    officeIds: string[];
    decision: DecisionFormInput;
  }) => {
    const actor = await contactOf(o.municipalityId);
    return recordDecisions({
      db,
      actor,
      municipalityId: o.municipalityId,
      agreementId: o.agreementId,
      input: o.decision,
      expectedVersions: await versionsOf(db, o.municipalityId),
      minutes: { fileName: `referat-${o.decision.meetingDate}.pdf`, bytes: pdf(`Referat ${o.decision.caseReference}`) },
    });
  };
  const base = (o: Partial<DecisionFormInput> & Pick<DecisionFormInput, "officeIds" | "decision" | "meetingDate">) =>
    ({
      effectiveFromYear: 2021,
      councilBody: "Byrådet",
      caseReference: `Punkt ${8 + (o.meetingDate.charCodeAt(9) % 9)}, medfinansiering af klyngekontorer`,
      isCorrection: false,
      ...o,
    }) as DecisionFormInput;

  // 2021–2024: the spring 2021 council meetings.
  const offices2021 = await db.clusterOffice.findMany({
    where: { agreementId: first.id },
    orderBy: { position: "asc" },
  });
  const idOf = (slug: Slug, list = offices2021) => list.find((o) => o.slug === slug)!.id;
  for (const [index, m] of municipalities.entries()) {
    const meetingDate = `2021-0${2 + (index % 3)}-${String(10 + index).padStart(2, "0")}`;
    const saidNo = NO_2021.filter((no) => no.code === m.code && no.from === 2021).map((no) => no.office);
    const yes = OFFICES.filter((slug) => !saidNo.includes(slug));
    if (m.code === "0390") {
      // Vordingborg: a Nej registered by mistake for We Build Denmark, corrected to the council's Ja.
      const {
        decisionIds: [mistaken],
      } = await record({
        agreementId: first.id,
        municipalityId: m.id,
        officeIds: [idOf("we-build-denmark")],
        decision: base({ officeIds: [idOf("we-build-denmark")], decision: "NO", meetingDate }),
      });
      await record({
        agreementId: first.id,
        municipalityId: m.id,
        officeIds: [idOf("we-build-denmark")],
        decision: base({
          officeIds: [idOf("we-build-denmark")],
          decision: "YES",
          meetingDate,
          isCorrection: true,
          correctionReason: "Fejlregistrering: byrådet sagde ja til We Build Denmark",
          correctsId: mistaken,
        }),
      });
      const others = yes.filter((slug) => slug !== "we-build-denmark").map((slug) => idOf(slug));
      await record({
        agreementId: first.id,
        municipalityId: m.id,
        officeIds: others,
        decision: base({ officeIds: others, decision: "YES", meetingDate }),
      });
      continue;
    }
    const yesIds = yes.map((slug) => idOf(slug));
    await record({
      agreementId: first.id,
      municipalityId: m.id,
      officeIds: yesIds,
      decision: base({ officeIds: yesIds, decision: "YES", meetingDate }),
    });
    for (const no of saidNo) {
      const detail = NO_2021.find((n) => n.code === m.code && n.office === no)!;
      await record({
        agreementId: first.id,
        municipalityId: m.id,
        officeIds: [idOf(no)],
        decision: base({ officeIds: [idOf(no)], decision: "NO", meetingDate, note: detail.note }),
      });
    }
  }
  for (const later of NO_2021.filter((no) => no.from > 2021)) {
    const m = municipalities.find((x) => x.code === later.code)!;
    await record({
      agreementId: first.id,
      municipalityId: m.id,
      officeIds: [idOf(later.office)],
      decision: base({
        officeIds: [idOf(later.office)],
        decision: "NO",
        meetingDate: later.meeting,
        effectiveFromYear: later.from,
        note: later.note,
      }),
    });
  }
  await db.agreement.update({ where: { id: first.id }, data: { decisionDueDate: new Date("2021-06-30T00:00:00Z") } });

  // Evaluations: 2021–2023 approved, 2024 submitted and waiting for the secretariat.
  for (const office of offices2021) {
    const officeUser = await db.user.findFirstOrThrow({ where: { officeId: office.id } });
    for (let year = first.firstYear; year <= first.lastYear; year++) {
      await submitDemoEvaluation(db, { officeUser, officeId: office.id, year, name: office.name });
      if (year < 2024) await approve(db, secretariat, office.id, year);
    }
  }

  // 2025–2028, made from 2021–2024 by the secretariat.
  const period = await createPeriod({
    db,
    actor: secretariat,
    regionId: region.id,
    sourceAgreementId: first.id,
    input: {
      name: "Regionale klyngekontorer 2025-2028",
      firstYear: 2025,
      lastYear: 2028,
      thresholdPercent: first.thresholdBasisPoints,
      populationBasisDate: first.populationBasisDate,
      populationNote: DEMO_POPULATION_NOTE,
      office: await Promise.all(
        offices2021.map(async (office) => ({
          sourceId: office.id,
          keep: true,
          name: office.name,
          field: office.field,
          city: office.city,
          leadContribution: office.leadContribution ?? first.leadContribution,
          nonLeadPool: office.nonLeadPool ?? first.nonLeadPool,
          decisionDueDate: new Date("2025-03-31T00:00:00Z"),
          lead: (await db.officeLead.findMany({ where: { officeId: office.id } })).map((lead) => ({
            municipalityId: lead.municipalityId,
            amount: lead.yearlyAmount,
            fromYear: null,
            toYear: null,
          })),
        })),
      ),
    },
  });
  const offices2025 = await db.clusterOffice.findMany({
    where: { agreementId: period.id },
    orderBy: { position: "asc" },
  });
  const id2025 = (slug: Slug) => idOf(slug, offices2025);
  // Decided at the winter 2024/25 meetings — but not all: some councils are still to decide (pending), and Life
  // Science has two Nej and two pending of 15: at risk.
  const pending: Record<string, Slug[]> = {
    "0253": ["clean"],
    "0350": ["clean", "life-science-cluster"],
    "0340": ["life-science-cluster"],
  };
  const nej2025: Record<string, Slug[]> = { "0360": ["life-science-cluster"], "0329": ["life-science-cluster"] };
  for (const [index, m] of municipalities.entries()) {
    const meetingDate = `${index % 2 ? "2025-01" : "2024-12"}-${String(10 + index).padStart(2, "0")}`;
    const skip = [...(pending[m.code] ?? []), ...(nej2025[m.code] ?? [])];
    const yes = OFFICES.filter((slug) => !skip.includes(slug)).map(id2025);
    if (yes.length) {
      await record({
        agreementId: period.id,
        municipalityId: m.id,
        officeIds: yes,
        decision: base({ officeIds: yes, decision: "YES", meetingDate, effectiveFromYear: 2025 }),
      });
    }
    const no = (nej2025[m.code] ?? []).map(id2025);
    if (no.length) {
      await record({
        agreementId: period.id,
        municipalityId: m.id,
        officeIds: no,
        decision: base({ officeIds: no, decision: "NO", meetingDate, effectiveFromYear: 2025 }),
      });
    }
  }
  // The 2025 evaluations: in for every office; two approved, one waiting, one returned with a comment.
  for (const [index, office] of offices2025.entries()) {
    // The office's user works in every period of its office (lib/offices/office-family.ts).
    const officeUser = await db.user.findFirstOrThrow({ where: { officeId: office.predecessorId! } });
    await submitDemoEvaluation(db, { officeUser, officeId: office.id, year: 2025, name: office.name });
    if (index < 2) await approve(db, secretariat, office.id, 2025);
    if (index === 3) await returnEvaluation(db, secretariat, office.id, 2025);
  }
  return true;
}

async function submitDemoEvaluation(
  db: Database,
  o: {
    officeUser: { id: string; name: string; role: string; officeId: string | null };
    officeId: string;
    year: number;
    name: string;
  },
) {
  const report = await db.evaluationReport.findUniqueOrThrow({
    where: { officeId_year: { officeId: o.officeId, year: o.year } },
  });
  const seed = o.name.length * 7 + o.year;
  await submitEvaluation({
    db,
    actor: o.officeUser,
    officeId: o.officeId,
    year: o.year,
    expectedVersion: report.version,
    input: {
      companiesEngaged: 60 + (seed % 70),
      smesEngaged: 40 + (seed % 25),
      eventsHeld: 6 + (seed % 9),
      eventParticipants: 180 + (seed % 300),
      collaborationProjects: 2 + (seed % 6),
      externalFundingKr: 250_000 * (1 + (seed % 8)),
      summary: `${o.name} ${o.year}: aktiviteter med virksomheder i regionen, projekter og arrangementer.`,
    },
    report: {
      fileName: `evaluering-${o.year}.pdf`,
      bytes: pdf(`Evaluering ${o.name} ${o.year}`),
      contentType: "application/pdf",
      extension: "pdf",
    },
  });
}

async function approve(
  db: Database,
  secretariat: { id: string; name: string; role: string },
  officeId: string,
  year: number,
) {
  const report = await db.evaluationReport.findUniqueOrThrow({ where: { officeId_year: { officeId, year } } });
  await reviewEvaluation({
    db,
    actor: secretariat,
    reportId: report.id,
    outcome: "APPROVED",
    expectedVersion: report.version,
  });
}

async function returnEvaluation(
  db: Database,
  secretariat: { id: string; name: string; role: string },
  officeId: string,
  year: number,
) {
  const report = await db.evaluationReport.findUniqueOrThrow({ where: { officeId_year: { officeId, year } } });
  await reviewEvaluation({
    db,
    actor: secretariat,
    reportId: report.id,
    outcome: "RETURNED",
    comment: "Tilføj antal deltagere pr. arrangement og de vigtigste resultater for kommunerne.",
    expectedVersion: report.version,
  });
}
