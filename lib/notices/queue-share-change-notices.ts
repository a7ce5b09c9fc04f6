/**
 * The notices of one amount change, written in its transaction (called by writeShareSnapshots):
 * - SHARE_CHANGED to the contacts of every municipality whose amount moved — one message per change and
 *   municipality, every office-year with before → after and the cause. The municipality whose own decision it was
 *   is not told its share changed: it just decided (the secretariat's recording on its behalf is told separately).
 * - OFFICE_YEAR_AT_RISK to the secretariat, when an office-year's status became AT_RISK or REDUCED.
 * - OFFICE_FUNDING_CHANGED to the office's users, when what the municipalities pay it together moved.
 */
import { settlementsOfChange, type ClosedYearSettlement } from "../billing/closed-year-effects";
import type { DbClient } from "../db/types";
import { formatDate, formatDecisionYears, formatKroner } from "../format";
import type { OfficeYearEffect, ShareChangeCause } from "../shares/share-effects";
import { findNoticeRecipients } from "./find-notice-recipients";
import { queueNotices, type NoticeDraft } from "./queue-notices";
import {
  officeFundingChangedMail,
  officeYearAtRiskMail,
  shareChangedMail,
  type ShareLine,
} from "./templates/share-notices";

export type QueueShareChangeNoticesOptions = {
  db: DbClient;
  effects: OfficeYearEffect[];
  cause: ShareChangeCause;
  /** Unique per change (the first snapshot's id): part of every notice's key. */
  changeId: string;
  municipalityIds: Map<string, string>;
  /** The closed office-years the change reaches, with each payer's settlement: said on the year's line. */
  settlements?: readonly ClosedYearSettlement[];
};

/**
 * A municipality's own amounts that a change moved, one line per office-year, with the settlement when the year is
 * closed and invoiced — for its share-change mail, and for the mail about its own decision recorded on its behalf.
 */
export function shareLinesFor(
  code: string,
  effects: readonly OfficeYearEffect[],
  settlements: readonly ClosedYearSettlement[],
  officeName: (officeId: string) => string,
): ShareLine[] {
  return effects.flatMap((effect) =>
    effect.lines
      .filter((line) => line.code === code && line.amount !== line.previousAmount)
      .map((line) => {
        const settlement = settlements
          .find((s) => s.officeId === effect.officeId && s.year === effect.year)
          ?.lines.find((l) => l.code === code)?.settlement;
        return {
          officeName: officeName(effect.officeId),
          year: effect.year,
          before: line.previousAmount,
          after: line.amount,
          provisional: line.provisional,
          // A payer at 0 kr. (its own «Nej») is not paying a reduced share.
          reduced: effect.after.allocation.status === "REDUCED" && line.amount > 0,
          ...(settlement === undefined ? {} : { settlement }),
        };
      }),
  );
}

const AT_RISK_OR_REDUCED = ["AT_RISK", "REDUCED"];

/** How many take part, as the mails say it («13 af 16 deltager: 0 har sagt ja, 13 afventer; krav 14»). */
const participationOf = ({ yes, pending, eligible, required }: OfficeYearEffect["after"]["allocation"]) => ({
  yes,
  pending,
  eligible,
  required,
});

export async function queueShareChangeNotices({
  db,
  effects,
  cause,
  changeId,
  municipalityIds,
  settlements: given,
}: QueueShareChangeNoticesOptions) {
  const moved = effects.flatMap((effect) =>
    effect.lines
      .filter((line) => line.amount !== line.previousAmount)
      .filter((line) => cause.kind !== "DECISION" || line.code !== cause.decidedBy.code),
  );
  const statusChanges = effects.filter(
    (e) =>
      e.before.allocation.status !== e.after.allocation.status &&
      AT_RISK_OR_REDUCED.includes(e.after.allocation.status),
  );
  // What the municipalities pay the office together: it moves without any other payer's line when a year is reduced
  // (each keeps its full share, so only the decider's own line moves, and the status stays).
  const totalChanges = effects.filter((e) => e.before.allocation.total !== e.after.allocation.total);
  if (moved.length === 0 && statusChanges.length === 0 && totalChanges.length === 0) return;

  const officeIds = [...new Set(effects.map((e) => e.officeId))];
  const [offices, municipalities] = await Promise.all([
    db.clusterOffice.findMany({
      where: { id: { in: officeIds } },
      select: { id: true, name: true, agreementId: true, agreement: { select: { regionId: true } } },
    }),
    db.municipality.findMany({
      where: { id: { in: [...new Set(moved.map((line) => municipalityIds.get(line.code)!))] } },
      select: { id: true, code: true, name: true },
    }),
  ]);
  const officeName = (id: string) => offices.find((o) => o.id === id)?.name ?? "";
  const regionId = offices[0]!.agreement.regionId; // one change is within one agreement
  const periodId = offices[0]!.agreementId;
  const { sentence, short } = describeCause(cause, officeIds.map(officeName));
  // A decision's save has read them already; a change of the settings (a lead, a pool) reads them here.
  const settlements =
    given ??
    (await settlementsOfChange({ db, agreementId: periodId, effects, names: new Map(), officeNames: new Map() }));
  const notices: NoticeDraft[] = [];

  const contacts = await findNoticeRecipients({
    db,
    kind: "SHARE_CHANGED",
    regionId,
    municipalityIds: municipalities.map((m) => m.id),
    exceptUserId: cause.actorId,
  });
  for (const contact of contacts) {
    const municipality = municipalities.find((m) => m.id === contact.municipalityId)!;
    const lines = shareLinesFor(municipality.code, effects, settlements, officeName);
    notices.push({
      kind: "SHARE_CHANGED",
      recipient: contact,
      key: `change:${changeId}`,
      mail: shareChangedMail({
        municipality,
        cause: sentence,
        shortCause: short,
        lines,
        periodId,
        required: contact.required,
      }),
    });
  }

  if (statusChanges.length) {
    const secretariat = await findNoticeRecipients({
      db,
      kind: "OFFICE_YEAR_AT_RISK",
      regionId,
      exceptUserId: cause.actorId,
    });
    const lines = statusChanges.map((e) => ({
      officeName: officeName(e.officeId),
      year: e.year,
      before: e.before.allocation.status,
      after: e.after.allocation.status,
      ...participationOf(e.after.allocation),
    }));
    for (const person of secretariat) {
      notices.push({
        kind: "OFFICE_YEAR_AT_RISK",
        recipient: person,
        key: `change:${changeId}`,
        mail: officeYearAtRiskMail({
          cause: sentence,
          lines,
          year: lines[0]!.year,
          periodId,
          required: person.required,
        }),
      });
    }
  }
  // The office is told when what the municipalities pay it together moved (reduced, kept again, an agreed pool).
  for (const officeId of new Set(totalChanges.map((e) => e.officeId))) {
    const people = await findNoticeRecipients({
      db,
      kind: "OFFICE_FUNDING_CHANGED",
      regionId,
      officeId,
      exceptUserId: cause.actorId,
    });
    const lines = totalChanges
      .filter((e) => e.officeId === officeId)
      .map((e) => ({
        year: e.year,
        before: e.before.allocation.total,
        after: e.after.allocation.total,
        status: e.after.allocation.status,
        ...participationOf(e.after.allocation),
      }));
    for (const person of people) {
      notices.push({
        kind: "OFFICE_FUNDING_CHANGED",
        recipient: person,
        key: `change:${changeId}`,
        mail: officeFundingChangedMail({
          officeName: officeName(officeId),
          officeId,
          cause: sentence,
          lines,
          required: person.required,
        }),
      });
    }
  }
  await queueNotices({ db, notices });
}

/** The cause in one sentence (for the body) and a few words (for the subject). */
export function describeCause(cause: ShareChangeCause, officeNames: string[]): { sentence: string; short: string } {
  const offices = officeNames.join(", ");
  switch (cause.kind) {
    case "DECISION": {
      const years = formatDecisionYears(cause.effectiveFromYear, cause.effectiveToYear);
      const value = cause.decision === "YES" ? "Ja" : "Nej";
      return {
        sentence:
          // «er registreret», not «har registreret»: the secretariat may have recorded it on the council's behalf.
          `Årsag: ${cause.decidedBy.name} Kommunes beslutning er registreret: «${value}» ` +
          `til ${offices} ${years} (møde ${formatDate(cause.meetingDate)})` +
          (cause.correction
            ? ", som retter en tidligere registrering."
            : cause.backdated
              ? ", med tilbagevirkende kraft."
              : "."),
        short: `${cause.decidedBy.name} Kommunes beslutning («${value}»)`,
      };
    }
    case "LEAD_AMOUNTS":
      return {
        sentence: `Årsag: KKR-sekretariatet har ændret fordelingen af leadbidraget for ${offices}.`,
        short: "ændret leadbidrag",
      };
    case "POOL_OVERRIDE":
      return {
        sentence:
          `Årsag: KKR-sekretariatet har registreret en aftalt reduceret pulje på ${formatKroner(cause.amount)} ` +
          `for ${offices}. Begrundelse: ${cause.reason}`,
        short: "aftalt reduceret pulje",
      };
    case "POPULATION_CORRECTION":
      return {
        sentence:
          `Årsag: befolkningstallene pr. ${formatDate(cause.basisDate)}, ` + "som andelene fordeles efter, er rettet.",
        short: "rettede befolkningstal",
      };
  }
}
