/**
 * THE authorization table: every page, route handler and server action of the app, and which persona may use it.
 * e2e/authorization-matrix.spec.ts fails if the app has a route or action that is not listed here.
 * Personas: contactIn/officeIn own the resources below (Lejre Kommune, Food & Bio Cluster Denmark);
 * contactOut/officeOut are another municipality (Solrød, no decision yet) and another office (Life Science);
 * contactNo is a municipality (Holbæk) whose council said "Nej" to Food & Bio from 2021.
 * secretariatOther/contactOther/officeOther belong to a second KKR (Hovedstaden, test data from
 * prisma/seed/second-kkr.ts): they must see nothing of Sjælland — pages, downloads and actions alike.
 */
export const PERSONAS = [
  "anonymous",
  "secretariat",
  "admin",
  "contactIn",
  "contactOut",
  "contactNo",
  "officeIn",
  "officeOut",
  "secretariatOther",
  "contactOther",
  "officeOther",
] as const;
export type Persona = (typeof PERSONAS)[number];
export const PERSONA_USERS: Record<Exclude<Persona, "anonymous">, string> = {
  secretariat: "sekretariat",
  admin: "admin",
  contactIn: "lejre",
  contactOut: "solroed",
  contactNo: "holbaek",
  officeIn: "food-bio-cluster",
  officeOut: "life-science-cluster",
  secretariatOther: "sekretariat-hovedstaden",
  contactOther: "ballerup",
  officeOther: "testklynge-hovedstaden",
};

export type Ctx = {
  code: string;
  officeId: string;
  year: number;
  minutesId: string;
  /** Minutes of Solrød's decision: a child of another municipality. */
  otherMinutesId: string;
  evaluationFileId: string;
  /** A file of Life Science's 2021 evaluation: a child of another office. */
  otherEvaluationFileId: string;
  reportId: string;
  agreementId: string;
  lifeScienceId: string;
  /** The two lead municipalities of Life Science (Kalundborg, Guldborgsund): their ids. */
  leadMunicipalityIds: string[];
  cleanId: string;
  otherUserId: string;
  adminUserId: string;
  /** A user deactivated longer than ANONYMISE_AFTER_DAYS (set up by the fuzz test); else otherUserId (active). */
  anonymiseUserId?: string;
  /** A user whose password the fuzz test may set again and again (set up by it); else otherUserId. */
  passwordUserId?: string;
  /** The second KKR's (Hovedstaden) test period and office: where the fuzz test closes years (issue 11). */
  otherAgreementId: string;
  otherOfficeId: string;
  officeIds: string[];
  versions: Record<string, number>;
  reportVersion: number;
  /** The version of the next year's evaluation (the fuzz test submits it again and again). */
  nextReportVersion?: number;
  /** A message in the outbox (queued by a decision above) and its number of attempts. */
  outboxMessageId: string;
  outboxAttempts: number;
};

const SECRETARIAT: Persona[] = ["secretariat", "admin"];
const SIGNED_IN: Persona[] = PERSONAS.filter((p) => p !== "anonymous");

export type RouteRule = {
  pattern: string;
  url: (c: Ctx) => string;
  allowed: Persona[] | "public";
  /** Text that only insiders may see: these allowed personas must get the page WITHOUT it. */
  withheld?: { from: Persona[]; texts: string[] };
};

/** An APPROVED evaluation is read by municipalities that co-finance the office that year (Lejre Ja, Solrød pending). */
const EVALUATION_READERS: Persona[] = [...SECRETARIAT, "officeIn", "contactIn", "contactOut"];

export const ROUTES: RouteRule[] = [
  { pattern: "/", url: () => "/", allowed: SIGNED_IN },
  { pattern: "/login", url: () => "/login", allowed: "public" },
  { pattern: "/om", url: () => "/om", allowed: "public" },
  { pattern: "/tilgaengelighed", url: () => "/tilgaengelighed", allowed: "public" },
  { pattern: "/api/auth/[...nextauth]", url: () => "/api/auth/session", allowed: "public" },
  // One's own account: every signed-in user (issue 14: the password change that ends the other sessions).
  { pattern: "/konto", url: () => "/konto", allowed: SIGNED_IN },
  // The benchmark's signed-in floor (issue 17): the layout and the session check, nothing else.
  { pattern: "/tom", url: () => "/tom", allowed: SIGNED_IN },
  // For load balancers: no session, no data (docs/decisions/0011-backup-and-health.md).
  { pattern: "/api/health", url: () => "/api/health", allowed: "public" },
  // The council's papers (issue 16): the agenda attachment, KKR's appendix of a year, the statement of all years.
  ...[
    "",
    "/beslutninger/ny",
    "/historik",
    "/opgoerelse",
    "/opgoerelse/xlsx",
    "/opgoerelse/csv",
    "/dagsordensbilag/pdf",
    "/bilag/xlsx",
  ].map((tail) => ({
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
  {
    pattern: "/klyngekontorer/[officeId]/evalueringer/[year]",
    url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}`,
    allowed: EVALUATION_READERS,
    // The process (versions, comments, review) stays between the office and the secretariat.
    withheld: { from: ["contactIn", "contactOut"], texts: ["Forløb", "Sekretariatets behandling", "Aflever", "retur"] },
  },
  {
    pattern: "/klyngekontorer/[officeId]/evalueringer/[year]/filer/[attachmentId]",
    url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}/filer/${c.evaluationFileId}`,
    allowed: EVALUATION_READERS,
  },
  // Every secretariat may open these — and sees its own region only: never a word of another KKR's.
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
    "/perioder",
    "/befolkning",
    "/opkraevning",
    "/opkraevning/csv",
    "/opkraevning/xlsx",
    "/opkraevning/fakturadata",
    "/betalinger",
  ].map((tail) => ({
    pattern: `/sekretariat${tail}`,
    url: () => `/sekretariat${tail}`,
    allowed: [...SECRETARIAT, "secretariatOther"] as Persona[],
    withheld: {
      from: ["secretariatOther"] as Persona[],
      texts: ["Sjælland", "Lejre", "Faxe", "Næstved", "Life Science"],
    },
  })),
  // Everyone's own notice switches; the outgoing mail is the installation administrator's (docs/decisions/0013).
  { pattern: "/notifikationer", url: () => "/notifikationer", allowed: SIGNED_IN },
  { pattern: "/drift/udgaaende-post", url: () => "/drift/udgaaende-post", allowed: ["admin"] },
  { pattern: "/drift/demopostkasse", url: () => "/drift/demopostkasse", allowed: ["admin"] },
];

/**
 * URLs that name a real child under the wrong parent, or a malformed id: a 404 for EVERY persona (a redirect to
 * the sign-in page for the anonymous), whatever their rights on the parent.
 */
export const FORGED_URLS: { name: string; url: (c: Ctx) => string }[] = [
  { name: "Solrød's minutes under Lejre", url: (c) => `/kommuner/${c.code}/referater/${c.otherMinutesId}` },
  {
    name: "Life Science's evaluation file under Food & Bio",
    url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}/filer/${c.otherEvaluationFileId}`,
  },
  { name: "year 'abc'", url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/abc` },
  { name: "year '2021.5'", url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/2021.5` },
  { name: "year 99999", url: (c) => `/klyngekontorer/${c.officeId}/evalueringer/99999` },
  { name: "municipality code 'abc'", url: () => "/kommuner/abc" },
  { name: "a period that is not one", url: (c) => `/kommuner/${c.code}/dagsordensbilag/pdf?periode=abc` },
  { name: "the agenda attachment of code '0350x'", url: () => "/kommuner/0350x/dagsordensbilag/pdf" },
  { name: "municipality code '0350x'", url: () => "/kommuner/0350x/historik" },
  { name: "office id with a slash-like", url: () => "/klyngekontorer/..%2Fsekretariat" },
  // A year in the query that is not one of the agreement's: not found, never silently another year.
  { name: "year query 'abc'", url: () => "/sekretariat?aar=abc" },
  { name: "year query '2021.5' on an export", url: () => "/sekretariat/bilag/csv?aar=2021.5" },
  { name: "year query 'abc' on the invoicing file", url: () => "/sekretariat/opkraevning/xlsx?aar=abc" },
  // A query name given twice: no page or form sends one; a page would get an array where it reads text (proxy.ts).
  { name: "the year given twice", url: () => "/sekretariat?aar=2022&aar=2022" },
  { name: "the year given twice on a municipality", url: (c) => `/kommuner/${c.code}?aar=2022&aar=2023` },
  { name: "an office filter given twice", url: () => "/sekretariat/fordelingslog?kontor=a&kontor=b" },
  { name: "a scenario given twice", url: () => "/sekretariat/hvad-hvis?scenarie=a&scenarie=b" },
];

type Fields = Record<string, string | string[] | { name: string; mimeType: string; buffer: Buffer }>;
export type ActionRule = {
  name: string;
  page: (c: Ctx) => string;
  /** The arguments the page binds (`action.bind(null, …)`), before the form state. */
  args: (c: Ctx) => unknown[];
  /** Valid input that WOULD change something if the caller were allowed (the others get a 404). */
  valid: (c: Ctx) => Fields;
  /** Invalid input: an allowed caller must get a Danish refusal and nothing stored. */
  invalid: (c: Ctx) => Fields;
  allowed: Persona[];
  /** Valid input that a rule WITHIN an allowed role refuses (e.g. the secretariat targeting an administrator). */
  refusedWithinRole?: { persona: Persona; args?: (c: Ctx) => unknown[]; fields: (c: Ctx) => Fields }[];
};

/** A payments file from a finance system: one invoice with a payment (test data). */
const PAYMENTS_FILE =
  "Kommunekode;Klyngekontor;År;Fakturanummer;Fakturadato;Forfaldsdato;Betalt beløb;Betalingsdato\r\n" +
  "0350;food-bio-cluster;2021;F-2021-0350;15-03-2021;15-04-2021;1.000;01-04-2021\r\n";

/** A complete two-column population file for Region Sjælland (test data): a valid import. */
const POPULATION_2030 =
  "kode;indbyggere\r\n" +
  [
    "0253",
    "0259",
    "0265",
    "0269",
    "0306",
    "0316",
    "0320",
    "0326",
    "0329",
    "0330",
    "0336",
    "0340",
    "0350",
    "0360",
    "0370",
    "0376",
    "0390",
  ]
    .map((code, i) => `${code};${30_000 + i * 1_000}`)
    .join("\r\n") +
  "\r\n";

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
    args: (c) => [c.code, c.agreementId],
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
    name: "saveLeadSplit",
    page: () => "/sekretariat/indstillinger",
    args: (c) => [c.lifeScienceId],
    allowed: SECRETARIAT,
    valid: (c) => ({
      fromYear: "2024",
      [`lead:${c.leadMunicipalityIds[0]}`]: "250000",
      [`lead:${c.leadMunicipalityIds[1]}`]: "250000",
    }),
    invalid: (c) => ({
      fromYear: "2024",
      [`lead:${c.leadMunicipalityIds[0]}`]: "mange penge",
      [`lead:${c.leadMunicipalityIds[1]}`]: "1",
    }),
  },
  {
    name: "savePoolOverride",
    page: () => "/sekretariat/indstillinger",
    args: (c) => [c.cleanId, 2021],
    allowed: SECRETARIAT,
    valid: () => ({ amount: "400000", reason: "Forfalsket" }),
    invalid: () => ({ amount: "-5", reason: "" }),
  },
  {
    name: "saveDecisionDueDate",
    page: () => "/sekretariat/indstillinger",
    args: (c) => [c.agreementId],
    allowed: SECRETARIAT,
    // The office's own deadline left empty (the period's applies): a forged save changes no office's deadline.
    // A deadline that has passed is saved only with the box ticked (the municipalities missing a decision are told).
    valid: (c) => ({ dueDate: "2021-06-30", "office.0.id": c.officeId, "office.0.dueDate": "", confirmPast: "on" }),
    invalid: (c) => ({ dueDate: "i går", "office.0.id": c.officeId, "office.0.dueDate": "2021-02-30" }),
  },
  {
    name: "createUserAction",
    page: () => "/sekretariat/brugere",
    args: () => ["1085"],
    allowed: SECRETARIAT,
    valid: () => ({
      name: "Indtrænger",
      email: "indtraenger@example.dk",
      role: "SECRETARIAT",
      password: "en-meget-lang-adgangskode",
    }),
    invalid: () => ({ name: "", email: "ikke-en-mail", role: "KONGE", password: "kort" }),
    refusedWithinRole: [
      {
        persona: "secretariat",
        fields: () => ({
          name: "Ny administrator",
          email: "ny-admin@example.dk",
          role: "ADMIN",
          password: "en-meget-lang-adgangskode",
        }),
      },
    ],
  },
  {
    name: "setUserActiveAction",
    page: () => "/sekretariat/brugere",
    args: (c) => [c.otherUserId],
    allowed: SECRETARIAT,
    valid: () => ({ active: "false" }),
    invalid: () => ({ active: "måske" }),
    refusedWithinRole: [{ persona: "secretariat", args: (c) => [c.adminUserId], fields: () => ({ active: "false" }) }],
  },
  {
    name: "setUserPasswordAction",
    page: () => "/sekretariat/brugere",
    args: (c) => [c.passwordUserId ?? c.otherUserId],
    allowed: SECRETARIAT,
    valid: () => ({ confirm: "ja" }),
    invalid: () => ({ confirm: "måske" }),
    // The secretariat does not give an administrator a new password.
    refusedWithinRole: [{ persona: "secretariat", args: (c) => [c.adminUserId], fields: () => ({ confirm: "ja" }) }],
  },
  {
    // The installation's administrator only; a secretariat that manages the user may not (docs/decisions/0018-…).
    name: "anonymiseUserAction",
    page: () => "/sekretariat/brugere",
    args: (c) => [c.anonymiseUserId ?? c.otherUserId],
    allowed: ["admin"],
    valid: () => ({ confirm: "ja" }),
    invalid: () => ({ confirm: "måske" }),
    // An active user is never anonymised, not even by an administrator.
    refusedWithinRole: [{ persona: "admin", args: (c) => [c.otherUserId], fields: () => ({ confirm: "ja" }) }],
  },
  {
    name: "createPeriodAction",
    page: () => "/sekretariat/perioder",
    args: (c) => ["1085", c.agreementId],
    allowed: SECRETARIAT,
    valid: (c) => ({
      intent: "save",
      name: "Forfalsket periode",
      firstYear: "2029",
      lastYear: "2030",
      thresholdPercent: "85",
      populationBasisDate: "2021-01-01",
      "office.0.keep": "on",
      "office.0.name": "Forfalsket kontor",
      "office.0.leadContribution": "500000",
      "office.0.nonLeadPool": "500000",
      "office.0.lead.0.municipalityId": c.leadMunicipalityIds[0]!,
      "office.0.lead.0.amount": "500000",
    }),
    invalid: () => ({ intent: "save", name: "", firstYear: "tyve", lastYear: "2020", thresholdPercent: "101" }),
  },
  {
    name: "importPopulationAction",
    page: () => "/sekretariat/befolkning",
    args: () => ["1085"],
    allowed: SECRETARIAT,
    valid: () => ({
      intent: "save",
      basisDate: "2030-01-01",
      file: { name: "folk1a.csv", mimeType: "text/csv", buffer: Buffer.from(POPULATION_2030) },
    }),
    invalid: () => ({
      intent: "save",
      basisDate: "2030-02-30",
      file: {
        name: "tom.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("OMRÅDE;TID;INDHOLD\r\nNordfynn;2030K1;12\r\n"),
      },
    }),
  },
  {
    name: "submitEvaluationAction",
    page: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year + 1}`,
    args: (c) => [c.officeId, c.year + 1],
    allowed: ["officeIn"],
    valid: () => ({ ...KPIS, version: "0", report: pdf("forfalsket") }),
    invalid: () => ({ ...KPIS, companiesEngaged: "-1", version: "0", report: pdf("x") }),
  },
  {
    name: "reviewEvaluationAction",
    page: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}`,
    args: (c) => [c.reportId],
    allowed: SECRETARIAT,
    valid: (c) => ({ outcome: "RETURNED", comment: "Forfalsket", version: String(c.reportVersion) }),
    invalid: (c) => ({ outcome: "MÅSKE", version: String(c.reportVersion) }),
  },
  {
    name: "evaluationDueDateAction",
    page: (c) => `/klyngekontorer/${c.officeId}/evalueringer/${c.year}`,
    args: (c) => [c.reportId],
    allowed: SECRETARIAT,
    valid: () => ({ dueDate: "2025-03-01" }),
    invalid: () => ({ dueDate: "aldrig" }),
  },
  {
    name: "changePasswordAction",
    page: () => "/konto",
    args: () => [],
    allowed: SIGNED_IN,
    valid: () => ({
      currentPassword: "Klynge-2026",
      newPassword: "Forfalsket-kode-2026",
      confirmPassword: "Forfalsket-kode-2026",
    }),
    invalid: () => ({ currentPassword: "", newPassword: "kort", confirmPassword: "noget andet" }),
    // Everything right but the current password.
    refusedWithinRole: [
      {
        persona: "contactOut",
        fields: () => ({
          currentPassword: "forkert-kode",
          newPassword: "en-meget-lang-adgangskode",
          confirmPassword: "en-meget-lang-adgangskode",
        }),
      },
    ],
  },
  // Closing a year, settlements, payments, billing data (issue 11).
  {
    name: "closeYearAction",
    page: () => "/sekretariat/opkraevning",
    args: (c) => [c.agreementId, 2021],
    allowed: SECRETARIAT,
    valid: (c) => ({ officeIds: [c.officeId], reason: "Forfalsket lukning" }),
    invalid: () => ({ reason: "x".repeat(501) }),
  },
  {
    name: "invoiceSettlementsAction",
    page: () => "/sekretariat/opkraevning",
    args: (c) => [c.agreementId, 2021],
    allowed: SECRETARIAT,
    // Nothing is closed when the matrix runs: the allowed get "no open settlements", nothing is stored.
    valid: () => ({}),
    invalid: () => ({}),
  },
  {
    name: "reopenOfficeYearAction",
    page: () => "/sekretariat/opkraevning",
    args: (c) => [c.officeId, 2021],
    allowed: ["admin"],
    valid: () => ({ reason: "Forfalsket genåbning" }),
    invalid: () => ({ reason: "" }),
  },
  {
    name: "saveBillingDataAction",
    page: () => "/sekretariat/opkraevning/fakturadata",
    args: () => ["1085"],
    allowed: SECRETARIAT,
    valid: (c) => ({
      "municipality.0.id": c.leadMunicipalityIds[0]!,
      "municipality.0.stamp": "2020-01-01T00:00:00.000Z",
      "municipality.0.cvr": "29188955",
      "municipality.0.ean": "5798007882006",
    }),
    invalid: (c) => ({
      "municipality.0.id": c.leadMunicipalityIds[0]!,
      "municipality.0.stamp": "2020-01-01T00:00:00.000Z",
      "municipality.0.cvr": "29188956",
      "municipality.0.ean": "123",
    }),
  },
  {
    name: "importPaymentsAction",
    page: () => "/sekretariat/betalinger",
    args: (c) => [c.agreementId],
    allowed: SECRETARIAT,
    valid: () => ({
      intent: "save",
      file: { name: "betalinger.csv", mimeType: "text/csv", buffer: Buffer.from(PAYMENTS_FILE) },
    }),
    invalid: () => ({
      intent: "save",
      file: { name: "forkert.csv", mimeType: "text/csv", buffer: Buffer.from("Kommune;Beløb\r\nLejre;100\r\n") },
    }),
  },
  {
    name: "recordPaymentAction",
    page: () => "/sekretariat/betalinger",
    args: (c) => [c.agreementId, 2021],
    allowed: SECRETARIAT,
    valid: () => ({
      municipalityCode: "0350",
      office: "food-bio-cluster",
      reference: "F-FORFALSKET",
      invoiceDate: "2021-03-15",
      dueDate: "2021-04-15",
      amount: "1000",
      paidDate: "2021-04-01",
    }),
    invalid: () => ({ municipalityCode: "", reference: "", invoiceDate: "2021-02-30", dueDate: "i morgen" }),
  },
  // Taking back a payment or an invoice (the ids need not exist: the scope is checked first; e2e/yearly-closing.spec.ts
  // takes real ones back).
  {
    name: "deletePaymentAction",
    page: () => "/sekretariat/betalinger",
    args: (c) => [c.agreementId, "ingen-betaling"],
    allowed: SECRETARIAT,
    valid: () => ({ confirm: "ja" }),
    invalid: () => ({ confirm: "måske" }),
  },
  {
    name: "deleteInvoiceAction",
    page: () => "/sekretariat/betalinger",
    args: (c) => [c.agreementId, "ingen-faktura"],
    allowed: SECRETARIAT,
    valid: () => ({ confirm: "ja" }),
    invalid: () => ({ confirm: "måske" }),
  },
  {
    name: "saveNoticePreferences",
    page: () => "/notifikationer",
    args: () => [],
    allowed: SIGNED_IN,
    valid: () => ({ enabled: ["SHARE_CHANGED", "EVALUATION_SUBMITTED"] }),
    invalid: () => ({ enabled: ["SHARE_CHANGED", "ALT_MULIGT"] }),
  },
  {
    // Bound: the KKR region whose required kinds are set (Sjælland, 1085); another KKR's secretariat gets a 404.
    name: "saveRequiredNoticeKinds",
    page: () => "/sekretariat/indstillinger",
    args: () => ["1085"],
    allowed: SECRETARIAT,
    valid: () => ({ required: ["DECISION_REMINDER", "EVALUATION_REMINDER"] }),
    invalid: () => ({ required: "ALLE" }),
  },
  {
    name: "retryOutboxMessageAction",
    page: () => "/drift/udgaaende-post",
    args: (c) => [c.outboxMessageId],
    allowed: ["admin"],
    valid: (c) => ({ attempts: String(c.outboxAttempts) }),
    invalid: () => ({ attempts: "mange" }),
  },
];
