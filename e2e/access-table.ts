/**
 * THE authorization table (issue 7): every page, route handler and server action of the app, and which persona
 * may use it. e2e/authorization-matrix.spec.ts fails if the app has a route or action that is not listed here.
 * Personas: contactIn/officeIn own the resources below (Lejre Kommune, Food & Bio Cluster Denmark);
 * contactOut/officeOut are another municipality (Solrød) and another office (Life Science).
 */
export const PERSONAS = [
  "anonymous",
  "secretariat",
  "admin",
  "contactIn",
  "contactOut",
  "officeIn",
  "officeOut",
] as const;
export type Persona = (typeof PERSONAS)[number];
export const PERSONA_USERS: Record<Exclude<Persona, "anonymous">, string> = {
  secretariat: "sekretariat",
  admin: "admin",
  contactIn: "lejre",
  contactOut: "solroed",
  officeIn: "food-bio-cluster",
  officeOut: "life-science-cluster",
};

export type Ctx = {
  code: string;
  officeId: string;
  year: number;
  minutesId: string;
  evaluationFileId: string;
  reportId: string;
  agreementId: string;
  lifeScienceId: string;
  leadIds: string[];
  cleanId: string;
  otherUserId: string;
  officeIds: string[];
  versions: Record<string, number>;
  reportVersion: number;
};

const SECRETARIAT: Persona[] = ["secretariat", "admin"];
const SIGNED_IN: Persona[] = PERSONAS.filter((p) => p !== "anonymous");

export type RouteRule = { pattern: string; url: (c: Ctx) => string; allowed: Persona[] | "public" };

export const ROUTES: RouteRule[] = [
  { pattern: "/", url: () => "/", allowed: SIGNED_IN },
  { pattern: "/login", url: () => "/login", allowed: "public" },
  { pattern: "/om", url: () => "/om", allowed: "public" },
  { pattern: "/api/auth/[...nextauth]", url: () => "/api/auth/session", allowed: "public" },
  // For load balancers: no session, no data (docs/decisions/0009-backup-and-health.md).
  { pattern: "/api/health", url: () => "/api/health", allowed: "public" },
  ...["", "/beslutninger/ny", "/historik", "/opgoerelse"].map((tail) => ({
    pattern: `/kommuner/[code]${tail}`,
    url: (c: Ctx) => `/kommuner/${c.code}${tail}`,
    allowed: [...SECRETARIAT, "contactIn"] as Persona[],
  })),
  {
    pattern: "/kommuner/[code]/referater/[attachmentId]",
    url: (c) => `/kommuner/${c.code}/referater/${c.minutesId}`,
    allowed: [...SECRETARIAT, "contactIn"],
  },
  {
    pattern: "/klyngekontorer/[officeId]",
    url: (c) => `/klyngekontorer/${c.officeId}`,
    allowed: [...SECRETARIAT, "officeIn"],
  },
  // An APPROVED evaluation: municipalities that co-finance the office that year may read it (Lejre said Ja, Solrød is pending).
  {
    pattern: "/klyngekontorer/[officeId]/evalueringer/[year]",
    url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}`,
    allowed: [...SECRETARIAT, "officeIn", "contactIn", "contactOut"],
  },
  {
    pattern: "/klyngekontorer/[officeId]/evalueringer/[year]/filer/[attachmentId]",
    url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}/filer/${c.evaluationFileId}`,
    allowed: [...SECRETARIAT, "officeIn", "contactIn", "contactOut"],
  },
  ...[
    "",
    "/hvad-hvis",
    "/bilag",
    "/bilag/xlsx",
    "/bilag/csv",
    "/fordelingslog",
    "/opfoelgning",
    "/evalueringer",
    "/evalueringer/xlsx",
    "/evalueringer/csv",
    "/indstillinger",
    "/brugere",
  ].map((tail) => ({
    pattern: `/sekretariat${tail}`,
    url: () => `/sekretariat${tail}`,
    allowed: SECRETARIAT,
  })),
];

type Fields = Record<string, string | string[] | { name: string; mimeType: string; buffer: Buffer }>;
export type ActionRule = {
  name: string;
  page: (c: Ctx) => string;
  args: (c: Ctx) => unknown[];
  /** Valid input that WOULD change something if the caller were allowed (ids of another scope for the others). */
  valid: (c: Ctx) => Fields;
  /** Invalid input: an allowed caller must get a Danish refusal and nothing stored. */
  invalid: (c: Ctx) => Fields;
  allowed: Persona[];
};

const pdf = (text: string) => ({
  name: "dokument.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n${text}\n`),
});
const KPIS = {
  companiesEngaged: "10",
  smesEngaged: "5",
  eventsHeld: "2",
  eventParticipants: "40",
  collaborationProjects: "1",
  externalFundingKr: "0",
  summary: "Forfalsket",
};

/** Actions that take no input and act only on the caller's own session: checked separately (they end the session). */
export const SELF_ACTIONS = ["signOutAction"];

export const ACTIONS: ActionRule[] = [
  {
    name: "submitDecision",
    page: (c) => `/kommuner/${c.code}/beslutninger/ny`,
    args: (c) => [c.code, { status: "idle" }],
    allowed: [...SECRETARIAT, "contactIn"],
    valid: (c) => ({
      intent: "save",
      officeIds: c.officeIds,
      decision: "NO",
      effectiveFromYear: "2021",
      councilBody: "Byrådet",
      meetingDate: "2021-05-01",
      caseReference: "Forfalsket",
      ...Object.fromEntries(c.officeIds.map((id) => [`version:${id}`, String(c.versions[id])])),
    }),
    invalid: () => ({ intent: "save", decision: "MAYBE" }),
  },
  {
    name: "saveLeadAmounts",
    page: () => "/sekretariat/indstillinger",
    args: () => [{ ok: false }],
    allowed: SECRETARIAT,
    valid: (c) => ({
      officeId: c.lifeScienceId,
      [`lead:${c.leadIds[0]}`]: "250000",
      [`lead:${c.leadIds[1]}`]: "250000",
    }),
    invalid: (c) => ({
      officeId: c.lifeScienceId,
      [`lead:${c.leadIds[0]}`]: "mange penge",
      [`lead:${c.leadIds[1]}`]: "1",
    }),
  },
  {
    name: "savePoolOverride",
    page: () => "/sekretariat/indstillinger",
    args: () => [{ ok: false }],
    allowed: SECRETARIAT,
    valid: (c) => ({ officeId: c.cleanId, year: "2021", amount: "400000", reason: "Forfalsket" }),
    invalid: (c) => ({ officeId: c.cleanId, year: "2021", amount: "-5", reason: "" }),
  },
  {
    name: "saveDecisionDueDate",
    page: () => "/sekretariat/indstillinger",
    args: () => [{ ok: false }],
    allowed: SECRETARIAT,
    valid: (c) => ({ agreementId: c.agreementId, dueDate: "2021-06-30" }),
    invalid: (c) => ({ agreementId: c.agreementId, dueDate: "i går" }),
  },
  {
    name: "createUserAction",
    page: () => "/sekretariat/brugere",
    args: () => [{ ok: false }],
    allowed: SECRETARIAT,
    valid: () => ({
      name: "Indtrænger",
      email: "indtraenger@example.dk",
      role: "SECRETARIAT",
      password: "en-meget-lang-adgangskode",
    }),
    invalid: () => ({ name: "", email: "ikke-en-mail", role: "KONGE", password: "kort" }),
  },
  {
    name: "setUserActiveAction",
    page: () => "/sekretariat/brugere",
    args: () => [{ ok: false }],
    allowed: SECRETARIAT,
    valid: (c) => ({ userId: c.otherUserId, active: "false" }),
    invalid: () => ({ userId: "findes-ikke", active: "false" }),
  },
  {
    name: "submitEvaluationAction",
    page: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year + 1}`,
    args: (c) => [c.officeId, c.year + 1, { ok: false }],
    allowed: ["officeIn"],
    valid: () => ({ ...KPIS, version: "0", report: pdf("forfalsket") }),
    invalid: () => ({ ...KPIS, companiesEngaged: "-1", version: "0", report: pdf("x") }),
  },
  {
    name: "reviewEvaluationAction",
    page: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}`,
    args: (c) => [c.reportId, { ok: false }],
    allowed: SECRETARIAT,
    valid: (c) => ({ outcome: "RETURNED", comment: "Forfalsket", version: String(c.reportVersion) }),
    invalid: (c) => ({ outcome: "MÅSKE", version: String(c.reportVersion) }),
  },
  {
    name: "evaluationDueDateAction",
    page: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}`,
    args: (c) => [c.reportId, { ok: false }],
    allowed: SECRETARIAT,
    valid: () => ({ dueDate: "2030-01-01" }),
    invalid: () => ({ dueDate: "aldrig" }),
  },
];
