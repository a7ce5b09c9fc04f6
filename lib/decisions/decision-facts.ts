/** What a council decided, as the pages and the mails say it: Ja or Nej, the years it covers, and the meeting. */
export type DecisionFacts = {
  decision: "YES" | "NO";
  effectiveFromYear: number;
  effectiveToYear: number | null;
  meetingDate: Date;
  councilBody: string;
  caseReference: string;
};
