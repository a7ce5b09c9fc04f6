/** Mails about evaluations: submitted (to the secretariat), returned or approved, due and overdue (to the office). */
import { formatDate } from "../../format";
import { composeMail, type MailBlock } from "../mail-layout";

type Evaluation = { officeId: string; officeName: string; year: number };
const pageOf = (e: Evaluation) => `/klyngekontorer/${e.officeId}/evalueringer/${e.year}`;
const days = (n: number) => (n === 1 ? "1 dag" : `${n} dage`);

export function evaluationSubmittedMail(e: Evaluation & { version: number; submittedBy: string; required: boolean }) {
  return composeMail({
    kind: "EVALUATION_SUBMITTED",
    required: e.required,
    subject: `Evaluering afleveret: ${e.officeName} ${e.year} (version ${e.version})`,
    greeting: "Kære KKR-sekretariat",
    blocks: [
      {
        text:
          `${e.officeName} har afleveret evalueringen for ${e.year} (version ${e.version}, afleveret af ` +
          `${e.submittedBy}). Den venter på jeres behandling: godkend den, eller send den retur med bemærkninger.`,
      },
    ],
    link: { path: pageOf(e), label: "Behandl evalueringen" },
  });
}

export function evaluationReviewedMail(
  e: Evaluation & { outcome: "APPROVED" | "RETURNED"; comment: string | null; required: boolean },
) {
  const returned = e.outcome === "RETURNED";
  const blocks: MailBlock[] = [
    {
      text: returned
        ? `KKR-sekretariatet har sendt evalueringen for ${e.year} retur med disse bemærkninger:`
        : `KKR-sekretariatet har godkendt evalueringen for ${e.year}. Tak for den.`,
    },
    ...(e.comment ? [{ quote: e.comment }] : []),
    ...(returned ? [{ text: "Ret evalueringen, og aflever en ny version." }] : []),
  ];
  return composeMail({
    kind: "EVALUATION_REVIEWED",
    required: e.required,
    subject: returned
      ? `Evaluering ${e.year} sendt retur: ${e.officeName}`
      : `Evaluering ${e.year} godkendt: ${e.officeName}`,
    greeting: `Kære ${e.officeName}`,
    blocks,
    link: { path: pageOf(e), label: returned ? "Se bemærkningerne og aflever igen" : "Se evalueringen" },
  });
}

export function evaluationReminderMail(
  e: Evaluation & { dueDate: Date; daysLeft: number; returned: boolean; required: boolean },
) {
  const overdue = e.daysLeft < 0;
  const due = formatDate(e.dueDate);
  return composeMail({
    kind: "EVALUATION_REMINDER",
    required: e.required,
    subject: overdue
      ? `Evaluering ${e.year} er forsinket: fristen var ${due}`
      : `Påmindelse: evaluering ${e.year} skal afleveres senest ${due} (om ${days(e.daysLeft)})`,
    greeting: `Kære ${e.officeName}`,
    blocks: [
      {
        text: overdue
          ? `Evalueringen for ${e.year} skulle have været afleveret senest ${due} (${days(-e.daysLeft)} siden). ` +
            "Aflever den snarest muligt. Du får en påmindelse hver uge, indtil den er afleveret."
          : `Evalueringen for ${e.year} skal afleveres senest ${due}, om ${days(e.daysLeft)}.`,
      },
      ...(e.returned
        ? [{ text: "Sekretariatet har sendt den retur med bemærkninger, så den skal afleveres igen." }]
        : []),
    ],
    link: { path: pageOf(e), label: "Aflever evalueringen" },
  });
}
