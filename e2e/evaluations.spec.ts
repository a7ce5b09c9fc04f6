import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { attachmentIdByName, countRows, evaluationsOf } from "./db";
import { fillEvaluationForm, pdfFile } from "./evaluation-form";

test.describe.serial("the yearly evaluation", () => {
  let cleanOffice = "";

  test("a cluster office sees its obligations: overdue after the due date, not before", async ({ page }) => {
    await signIn(page, "clean");
    cleanOffice = new URL(page.url()).pathname;
    const row = (year: number) =>
      page.locator(`[data-testid$="-${year}"]`).filter({ has: page.getByTestId("evaluation-status") });
    await expect(row(2023).getByTestId("evaluation-status")).toHaveText("⚠Forsinket");
    await expect(row(2024).getByTestId("evaluation-status")).toHaveText("○Ikke afleveret");
    await expectAccessible(page);
    // «foreløbig» means what it means on the overview and the municipality's page: in a year not settled (Greve, among
    // others, has not decided), every amount may change — Faxe's too, who said Ja, not only those that wait.
    const financing = page.getByRole("table", { name: /^Kommunernes bidrag til CLEAN/ });
    const faxe = financing.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Faxe", exact: true }) });
    const greve = financing
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Greve", exact: true }) });
    await expect(faxe.getByRole("cell").first()).toContainText("(foreløbig)");
    await expect(greve.getByRole("cell").first()).toContainText("(foreløbig)");
  });

  test("bad uploads and bad figures are refused in Danish and store nothing", async ({ page }) => {
    await signIn(page, "clean");
    await page.goto(`${cleanOffice}/evalueringer/2024`);
    const before = evaluationsOf("clean");
    await fillEvaluationForm(page, {
      figures: {
        "Antal virksomheder engageret": "-3",
        "Antal arrangementer": "fjorten",
        "Heraf SMV'er": "95",
      },
    });
    await page.getByLabel(/Evalueringsrapport/).setInputFiles({
      name: "rapport.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("MZ\x90\x00 a renamed program"),
    });
    await page
      .getByLabel(/Bilag \(valgfrit/)
      .setInputFiles({ name: "noter.docx", mimeType: "application/octet-stream", buffer: Buffer.from("bare tekst") });
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(page.getByText("«Antal virksomheder engageret» kan ikke være under 0.")).toBeVisible();
    await expect(page.getByText("«Antal arrangementer» skal være et helt tal.")).toBeVisible();
    // The report is an evaluation report, not council minutes ("referat"): the message names it (issue 15).
    await expect(page.getByText("Filen er ikke en PDF. Vælg evalueringsrapporten som PDF-fil.")).toBeVisible();
    await expect(page.getByText("noter.docx: Bilag skal være PDF, Word (DOCX) eller Excel (XLSX).")).toBeVisible();
    await fillEvaluationForm(page, {
      figures: { "Antal virksomheder engageret": "50", "Heraf SMV'er": "60" },
    });
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(page.getByText("Antallet af SMV'er kan ikke være større end antallet af virksomheder.")).toBeVisible();
    expect(evaluationsOf("clean")).toBe(before);
    await expectAccessible(page);
  });

  test("submit → the secretariat returns it with a comment → the office resubmits → approved", async ({
    page,
    browser,
  }) => {
    await signIn(page, "clean");
    await page.goto(`${cleanOffice}/evalueringer/2024`);
    await fillEvaluationForm(page);
    await page.getByLabel(/Evalueringsrapport/).setInputFiles(pdfFile("evaluering-2024-v1.pdf", "version 1"));
    await page.getByLabel(/Bilag \(valgfrit/).setInputFiles(pdfFile("deltagere-2024.pdf", "deltagerliste"));
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(page.getByTestId("notice")).toContainText("Evalueringen er afleveret");
    await page.reload();
    await expect(page.getByTestId("evaluation-status")).toContainText("Afleveret");

    await signIn(page, "sekretariat");
    await page.goto(`${cleanOffice}/evalueringer/2024`);
    await expect(page.getByRole("link", { name: "← Alle evalueringer" })).toHaveAttribute(
      "href",
      /^\/sekretariat\/evalueringer\?periode=/,
    );
    await page.getByLabel("Send retur med bemærkninger").check();
    await page.getByRole("button", { name: "Gem behandling" }).click();
    await expect(page.getByText("Skriv, hvad klyngekontoret skal rette.")).toBeVisible();
    await page.getByLabel("Bemærkninger til klyngekontoret").fill("Tilføj deltagertal pr. arrangement.");
    await page.getByRole("button", { name: "Gem behandling" }).click();
    await expect(page.getByTestId("notice")).toContainText("sendt retur");

    // A co-financing municipality cannot read a returned evaluation or its files.
    await signIn(page, "greve");
    expect((await page.goto(`${cleanOffice}/evalueringer/2024`))?.status()).toBe(404);

    await signIn(page, "clean");
    await page.goto(`${cleanOffice}/evalueringer/2024`);
    await expect(page.getByTestId("return-comment")).toContainText("Tilføj deltagertal pr. arrangement.");
    await expect(page.getByLabel("Deltagere i arrangementer")).toHaveValue("860"); // the last version's figures to start from
    await page.getByLabel("Deltagere i arrangementer").fill("900");
    // The files of version 1 go with the new version unless unticked: nothing is lost by handing in again.
    const kept = page.getByTestId("kept-files");
    await expect(kept.getByLabel("Rapporten: evaluering-2024-v1.pdf")).toBeChecked();
    await expect(kept.getByLabel("Bilag: deltagere-2024.pdf")).toBeChecked();
    // Without the report and without a new one: asked for one, nothing handed in.
    await kept.getByLabel("Rapporten: evaluering-2024-v1.pdf").uncheck();
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(page.getByText("Vælg evalueringsrapporten som PDF-fil.")).toBeVisible();
    await expect(page.getByLabel(/Evalueringsrapport/)).toBeFocused();
    expect(evaluationsOf("clean")).toBe(1);
    // A new report replaces the old; the appendix goes along as it is (stored once).
    await page.getByLabel(/Evalueringsrapport/).setInputFiles(pdfFile("evaluering-2024-v2.pdf", "version 2"));
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(page.getByTestId("notice")).toContainText("Evalueringen er afleveret");
    expect(evaluationsOf("clean")).toBe(2);
    await expect(page.getByRole("link", { name: "Hent rapporten: evaluering-2024-v2.pdf" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Hent bilag: deltagere-2024.pdf" })).toBeVisible();
    expect(countRows('SELECT COUNT(*) AS n FROM "Attachment" WHERE "fileName" = ?', "deltagere-2024.pdf")).toBe(1);

    await signIn(page, "sekretariat");
    await page.goto(`${cleanOffice}/evalueringer/2024`);
    await expect(page.getByTestId("timeline").getByRole("listitem")).toHaveCount(3);
    await page.getByLabel("Godkend").check();
    // Meanwhile the office hands in version 3 (the same files and figures, a corrected summary).
    const office = await browser.newContext();
    const officePage = await office.newPage();
    await signIn(officePage, "clean");
    await officePage.goto(`${cleanOffice}/evalueringer/2024`);
    await officePage.getByLabel(/Kort opsummering/).fill("Rettet opsummering.");
    await officePage.getByRole("button", { name: "Aflever evaluering" }).click();
    await expect(officePage.getByTestId("notice")).toContainText("Evalueringen er afleveret");
    await office.close();
    // The secretariat's approval of what it read is refused, and the page shows the new version at once.
    await page.getByRole("button", { name: "Gem behandling" }).click();
    await expect(page.getByTestId("form-error")).toContainText(
      "Der er netop afleveret en ny version. Siden viser den nu: læs den, før du behandler evalueringen.",
    );
    await expect(page.getByTestId("timeline").getByRole("listitem")).toHaveCount(4);
    await page.getByLabel("Godkend").check();
    await page.getByRole("button", { name: "Gem behandling" }).click();
    await expect(page.getByTestId("notice")).toContainText("Evalueringen er godkendt");
    await page.reload();
    await expect(page.getByTestId("timeline")).toContainText("Version 3: Godkendt");
    await expectAccessible(page);
  });

  test("a co-financing municipality downloads the approved report, but not the returned version", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto(`${cleanOffice}/evalueringer/2024`);
    const links = page.getByRole("link", { name: /Hent rapporten/ });
    const approvedHref = await links.first().getAttribute("href");
    await signIn(page, "greve");
    await page.getByRole("link", { name: "CLEAN – Danmarks Miljøteknologiklynge: evaluering 2024" }).click();
    await expect(page.getByText("Nøgletal (version 3)")).toBeVisible();
    await expect(page.getByTestId("timeline")).toHaveCount(0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /Hent rapporten: evaluering-2024-v2.pdf/ }).click();
    expect((await download).suggestedFilename()).toBe("evaluering-2024-v2.pdf");
    expect(approvedHref).toContain("/filer/");
    const returnedVersionFile = `${cleanOffice}/evalueringer/2024/filer/${attachmentIdByName("evaluering-2024-v1.pdf")}`;
    expect((await page.request.get(returnedVersionFile)).status()).toBe(404);
    expect((await page.request.get(approvedHref!)).status()).toBe(200);
    await expectAccessible(page);
    await signIn(page, "sekretariat");
    expect((await page.request.get(returnedVersionFile)).status()).toBe(200); // the secretariat keeps every version
  });

  test("the secretariat's overview shows statuses, overdue, key figures and a chart; exports work", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/evalueringer");
    await expect(page.getByRole("status").filter({ hasText: "evalueringer er forsinkede" })).toBeVisible();
    await expect(page.getByTestId("kpi-table")).toContainText("CLEAN – Danmarks Miljøteknologiklynge 2024");
    await expect(page.getByTestId("kpi-table")).toContainText("2.400.000");
    await expect(
      page.getByRole("img", { name: /Antal virksomheder engageret: CLEAN – Danmarks Miljøteknologiklynge 2024 120/ }),
    ).toBeVisible();
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Hent som CSV" }).click();
    const csv = await (await download).createReadStream().then(async (stream) => {
      let s = "";
      for await (const c of stream) s += c;
      return s;
    });
    expect(csv).toContain(
      "CLEAN – Danmarks Miljøteknologiklynge;2024;1. marts 2025;Godkendt;3;120;95;14;900;6;2400000",
    );
  });

  test("the evaluation pages are reachable with the keyboard", async ({ page }) => {
    await signIn(page, "food-bio-cluster");
    await tabTo(page, page.getByRole("link", { name: /Åbn evaluering 2024/ }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: /Evaluering 2024: Food & Bio/ })).toBeVisible();
    await tabTo(page, page.getByLabel("Antal virksomheder engageret"));
  });

  test("another office and a contact cannot open or submit for CLEAN", async ({ page }) => {
    await signIn(page, "we-build-denmark");
    expect((await page.goto(cleanOffice))?.status()).toBe(404);
    expect((await page.goto(`${cleanOffice}/evalueringer/2023`))?.status()).toBe(404);
    await signIn(page, "faxe");
    expect((await page.goto(`${cleanOffice}/evalueringer/2023`))?.status()).toBe(404);
    expect((await page.goto("/sekretariat/evalueringer"))?.status()).toBe(404);
  });
});
