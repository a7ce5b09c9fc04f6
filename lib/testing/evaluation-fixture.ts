/** A filled-in yearly evaluation as an office submits it: the key figures and a small PDF report (tests). */
import { evaluationSchema } from "../evaluations/evaluation-schema";
import type { UploadedFile } from "../evaluations/submit-evaluation";

export const sampleReport: UploadedFile = {
  fileName: "evaluering-2022.pdf",
  bytes: new TextEncoder().encode("%PDF-1.7 evaluering"),
  contentType: "application/pdf",
  extension: "pdf",
};

export const sampleKpis = evaluationSchema.parse({
  companiesEngaged: "120",
  smesEngaged: "95",
  eventsHeld: "14",
  eventParticipants: "860",
  collaborationProjects: "6",
  externalFundingKr: "2.400.000",
  summary: "Et godt år.",
});
