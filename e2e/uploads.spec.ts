/**
 * Uploads over 10 MB (issue 14, finding 5) and download names (finding 6), against the production build. Every
 * upload over 10 MB used to fail with a bare 500 (Next cut the body off at its proxy's 10 MB default): now a
 * 15 MB PDF is stored, a 25 MB one is refused with the 20 MB rule's Danish message, and a body over the request
 * limit (30 MB) is refused early with a Danish 413 — nothing parsed, nothing stored.
 */
import http from "node:http";
import { expect, signIn, test } from "./fixtures";
import { fillDecisionForm, previewDecision, saveDecision } from "./decision-form";
import { builtActions, callAction } from "./server-actions";
import { countRows, fingerprint, queryRows, sjaellandPeriodId } from "./db";
import { BASE_URL } from "../playwright.config";

const MB = 1024 * 1024;
const CODE = "0360"; // Lolland
const TOO_LARGE = "Forsendelsen er for stor, og intet er gemt. Hver fil må højst fylde 20 MB, og det hele højst 30 MB.";
const pdf = (name: string, size: number) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(size - 9, 0x20)]),
});
const versions = () =>
  queryRows<{ id: string; v: number }>(
    'SELECT p."officeId" AS id, p.version AS v FROM "Participation" p JOIN "Municipality" m ' +
      'ON m.id = p."municipalityId" WHERE m.code = ?',
    CODE,
  );
const decision = (minutes: ReturnType<typeof pdf>, meetingDate = "2021-04-01") => ({
  intent: "save",
  officeIds: versions().map((p) => p.id),
  decision: "YES",
  effectiveFromYear: "2021",
  councilBody: "Kommunalbestyrelsen",
  meetingDate,
  caseReference: "Punkt 4",
  minutes,
  ...Object.fromEntries(versions().map((p) => [`version:${p.id}`, String(p.v)])),
});

test.describe.serial("uploads over 10 MB", () => {
  test("a 15 MB PDF of council minutes is accepted and stored", async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, "lolland");
    await page.goto(`/kommuner/${CODE}/beslutninger/ny`);
    await fillDecisionForm(page, {
      decision: "Ja",
      date: "2021-03-18",
      reference: "Punkt 9",
      minutes: pdf("referat-15mb.pdf", 15 * MB),
    });
    await previewDecision(page, 30_000);
    await saveDecision(page, 30_000);
    await expect(page).toHaveURL(new RegExp(`/kommuner/${CODE}\\?periode=[^&]+$`));
    expect(
      countRows(
        'SELECT COUNT(*) AS n FROM "Attachment" WHERE "fileName" = ? AND "sizeBytes" = ?',
        "referat-15mb.pdf",
        15 * MB,
      ),
    ).toBe(1);
  });

  test("a 25 MB PDF is refused with the 20 MB rule in Danish — in the browser and on the server — and nothing is stored", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, "lolland");
    await page.goto(`/kommuner/${CODE}/beslutninger/ny`);
    await fillDecisionForm(page, {
      decision: "Ja",
      date: "2021-03-19",
      reference: "Punkt 9",
      minutes: pdf("referat-25mb.pdf", 25 * MB),
    });
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    await expect(page.getByText("Filen er for stor. Den må højst fylde 20 MB.")).toBeVisible();

    // Past the browser's check, straight to the server action.
    const before = fingerprint();
    const result = await callAction(page.context().request, {
      page: `/kommuner/${CODE}/beslutninger/ny`,
      name: "submitDecision",
      args: [CODE, sjaellandPeriodId()],
      fields: decision(pdf("referat-25mb.pdf", 25 * MB)),
    });
    expect(result.status).toBe(200);
    expect(result.outcome).toBe("refused");
    expect(result.text).toContain("Filen er for stor. Den må højst fylde 20 MB.");
    expect(fingerprint()).toBe(before);
  });

  test("a body over 30 MB is refused early with a Danish 413, whether its length is declared or not", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, "lolland");
    const before = fingerprint();
    const declared = await callAction(page.context().request, {
      page: `/kommuner/${CODE}/beslutninger/ny`,
      name: "submitDecision",
      args: [CODE, sjaellandPeriodId()],
      fields: decision(pdf("referat-35mb.pdf", 35 * MB)),
    });
    expect(declared.status).toBe(413);
    expect(declared.text).toBe(TOO_LARGE);

    // Sent in chunks with no Content-Length: counted as it arrives, refused once past the limit.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const streamed = await postChunked(`${BASE_URL}/kommuner/${CODE}/beslutninger/ny`, 35 * MB, {
      cookie,
      "Next-Action": builtActions().find((a) => a.name === "submitDecision")!.id,
      "Content-Type": "multipart/form-data; boundary=grænse",
    });
    expect(streamed).toEqual({ status: 413, body: TOO_LARGE });
    expect(fingerprint()).toBe(before);
  });
});

test("a PDF uploaded as rapport.html downloads as rapport.pdf, and the download is audited", async ({ page }) => {
  await signIn(page, "lolland");
  const saved = await callAction(page.context().request, {
    page: `/kommuner/${CODE}/beslutninger/ny`,
    name: "submitDecision",
    args: [CODE, sjaellandPeriodId()],
    fields: decision(pdf("rapport.html", 2048), "2021-04-02"),
  });
  expect(saved.outcome).toBe("done");
  const { id } = queryRows<{ id: string }>('SELECT id FROM "Attachment" WHERE "fileName" = ?', "rapport.html")[0]!;
  const downloads = () =>
    countRows(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = 'attachment.downloaded' AND "entityId" = ?`, id);
  expect(downloads()).toBe(0);
  const response = await page.request.get(`/kommuner/${CODE}/referater/${id}`);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="rapport\.pdf"/);
  expect(downloads()).toBe(1);
});

/** A POST of `size` bytes with Transfer-Encoding: chunked; stops sending once the server has answered. */
function postChunked(url: string, size: number, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    let answered = false;
    const request = http.request(url, { method: "POST", headers: { ...headers, "Transfer-Encoding": "chunked" } });
    request.on("response", (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(MB, 0x20);
    let sent = 0;
    const pump = () => {
      while (!answered && sent < size) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}
