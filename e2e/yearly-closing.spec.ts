import type { Browser, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import regionData from "../prisma/seed/region-sjaelland-2021.json";
import { expect, expectAccessible, signIn, test } from "./fixtures";
import { fillDecisionForm, recordDecision, type DecisionFormValues } from "./decision-form";
import { countRows, queryRows } from "./db";
import { BASE_URL } from "../playwright.config";

/** As the app writes an amount (da-DK, «1.234.567 kr.»), the separators written here rather than by Intl. */
const kroner = (amount: number) => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} kr.`;

/**
 * Issue 11 in the browser: the secretariat closes 2021–2023; a contact's later decision that changes 2022 is refused
 * with an explanation; the secretariat records it with a reason; the Opkrævning page, the statement and the
 * invoicing file show the same settlements, which sum to the change of the office's total; settlements are
 * invoiced with their cause; payments come from a finance system's CSV — refused whole for one bad row, then
 * accepted — and an unpaid invoice shows up as overdue. One office's 2024 is closed after its question: refused when
 * a colleague's save moved its amounts meanwhile, closed as shown when a save changed only another office. Runs after
 * the other journeys (closed years stay closed).
 */
const WBD = "We Build Denmark";
const OTHERS = ["CLEAN – Danmarks Miljøteknologiklynge", "Food & Bio Cluster Denmark", "Life Science Cluster Denmark"];
const population = Object.fromEntries(regionData.municipalities.map((m) => [m.name, m.population]));
const kr = (text: string) => {
  const digits = Number(text.replace(/[^\d]/g, ""));
  return /[−-]/.test(text) ? -digits : digits;
};

/** Odsherred's council leaves We Build Denmark from 2022, a year that is closed and invoiced. */
const ODSHERRED_NEJ_FROM_2022: DecisionFormValues = {
  offices: [WBD],
  decision: "Nej",
  date: "2021-11-25",
  from: "2022",
  reference: "Punkt 14, budget 2022",
};

/** A colleague at the secretariat, in a browser of their own, records a council's Nej to one office from 2024. */
async function colleagueRecordsNejFrom2024(browser: Browser, code: string, office: string, caseReference: string) {
  const other = await browser.newContext({ baseURL: BASE_URL });
  const colleague = await other.newPage();
  await signIn(colleague, "sekretariat");
  await recordDecision(colleague, code, {
    offices: [office],
    decision: "Nej",
    // Met on the e2e server's today: newer than any decision earlier journeys recorded, so it is the one in force.
    date: "2025-02-20",
    from: "2024",
    reference: caseReference,
    correction: { reason: "Byrådet trådte ud med virkning fra 2024" },
  });
  await other.close();
}

async function officeRows(page: Page, slug: string) {
  const rows = page.getByTestId(`billing-${slug}`).locator("tbody tr");
  const result: { name: string; computed: number; invoiced: number; settlement: number }[] = [];
  for (const row of await rows.all()) {
    const cells = await row.locator("th, td").allInnerTexts();
    result.push({
      name: cells[0]!.replace(" (lead)", "").trim(),
      computed: kr(cells[1]!),
      invoiced: kr(cells[2]!),
      settlement: cells[3]!.includes("—") ? 0 : kr(cells[3]!),
    });
  }
  return result;
}

/** The invoicing CSV as a finance system reads it: BOM, semicolons, a header. */
async function invoicingFile(page: Page, year: number) {
  const response = await page.request.get(`/sekretariat/opkraevning/csv?aar=${year}`);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = await response.text();
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...lines] = text
    .slice(1)
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));
  expect(header).toEqual([
    "Kommunekode",
    "Kommune",
    "CVR",
    "EAN",
    "Klyngekontor",
    "Kontorkode",
    "År",
    "Beløb (kr.)",
    "Efterregulering (kr.)",
    "Heraf ikke faktureret (kr.)",
    "Seneste opkrævning (kr.)",
    "Seneste opkrævning, dato",
    "Tekst",
  ]);
  return lines.map((cells) => ({
    code: cells[0]!,
    name: cells[1]!,
    cvr: cells[2]!,
    ean: cells[3]!,
    officeCode: cells[5]!,
    amount: Number(cells[7]),
    settlement: Number(cells[8]),
    open: Number(cells[9]),
    latest: cells[10] === "" ? null : Number(cells[10]),
    latestDay: cells[11]!,
  }));
}

test.describe.serial("closing a year", () => {
  test("the secretariat fills in a CVR and an EAN number; a wrong check digit is refused", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/opkraevning");
    await page.getByRole("link", { name: "Kommunernes CVR og EAN" }).click();
    await expectAccessible(page);
    await page.getByLabel("CVR-nummer for Faxe").fill("29 18 89 55");
    await page.getByLabel("EAN-nummer for Faxe").fill("5798007882007");
    await page.getByLabel("CVR-nummer for Greve").fill("1234567");
    await page.getByRole("button", { name: "Gem CVR og EAN" }).click();
    await expect(
      page.getByText("EAN-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl."),
    ).toBeVisible();
    await expect(page.getByText("CVR-nummeret skal være 8 cifre.")).toBeVisible();
    expect(
      queryRows<{ cvr: string | null }>('SELECT cvr FROM "Municipality" WHERE code = ?', "0320")[0]!.cvr,
    ).toBeNull();
    await page.getByLabel("EAN-nummer for Faxe").fill("5798007882006");
    await page.getByLabel("CVR-nummer for Greve").fill("");
    await page.getByRole("button", { name: "Gem CVR og EAN" }).click();
    await expect(page.getByTestId("notice")).toContainText("CVR- og EAN-numre er gemt for 1 kommune.");
    expect(queryRows('SELECT cvr, ean FROM "Municipality" WHERE code = ?', "0320")[0]).toEqual({
      cvr: "29188955",
      ean: "5798007882006",
    });
  });

  test("closes 2021, 2022 and 2023 for every office: every payer invoiced, the sums checked", async ({ page }) => {
    // Three years' closings, each checked in the page, the workbook and the database.
    test.setTimeout(120_000);
    await signIn(page, "sekretariat");
    for (const year of [2021, 2022, 2023]) {
      await page.goto(`/sekretariat/opkraevning?aar=${year}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Opkrævning ${year}`);
      // Nothing closed yet: no file to offer (it would be a header and nothing else), and the file asked for anyway
      // says why it is empty instead of a sum that takes in its own cell.
      await expect(page.getByTestId("no-invoicing-file")).toHaveText(
        `Fakturafilen for ${year} kan hentes, når året er lukket for mindst ét klyngekontor.`,
      );
      await expect(page.getByRole("link", { name: `Fakturafil ${year} (Excel)` })).toHaveCount(0);
      const empty = new ExcelJS.Workbook();
      await empty.xlsx.load(
        (await (await page.request.get(`/sekretariat/opkraevning/xlsx?aar=${year}`)).body()) as never,
      );
      const cells: ExcelJS.Cell[] = [];
      empty.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(c)));
      expect(cells.filter((c) => c.formula)).toEqual([]);
      expect(cells.at(-1)!.text).toBe(`Ingen klyngekontorer er lukket for ${year}: der er intet at fakturere endnu.`);
      // What will be invoiced adds up to each office's total before anything is stored.
      for (const check of await page.getByTestId("billing-check").all())
        await expect(check).toContainText("stemmer med kontorets total");
      const expected = Object.fromEntries(
        await Promise.all(
          ["we-build-denmark", "clean", "food-bio-cluster", "life-science-cluster"].map(async (slug) => [
            slug,
            (await officeRows(page, slug)).reduce((sum, row) => sum + row.computed, 0),
          ]),
        ),
      );
      if (year === 2021) await expectAccessible(page);
      const all = page.getByRole("form", { name: `Luk ${year} for alle åbne klyngekontorer` });
      const reason = all.getByLabel("Begrundelse for at lukke, selv om året ikke er afklaret");
      // The button asks first, and says what closing will invoice.
      const open = all.getByRole("button", { name: `Luk ${year} for 4 klyngekontorer`, exact: true });
      const question = all.getByTestId("close-confirmation");
      const confirm = question.getByRole("button", { name: `Ja, luk ${year} for 4 klyngekontorer` });
      const total = Object.values(expected as Record<string, number>).reduce((sum, amount) => sum + amount, 0);
      if (year === 2021) {
        await open.click();
        await expect(question).toBeFocused();
        await expect(question).toContainText(
          `${kroner(total)} opkræves hos kommunerne. Det kommer i fakturafilen for 2021.`,
        );
        await expect(question).toContainText("kun en administrator kan genåbne året");
        await expectAccessible(page);
        // «Fortryd» (here Escape) closes nothing, and focus goes back to the button.
        await page.keyboard.press("Escape");
        await expect(question).toHaveCount(0);
        await expect(open).toBeFocused();
        expect(countRows('SELECT COUNT(*) AS n FROM "YearClosing" WHERE year = ?', year)).toBe(0);
      }
      if (await reason.count()) {
        // Not every council has decided: closing anyway needs a reason, and says so.
        await open.click();
        await confirm.click();
        await expect(all.getByText(/^Ikke afklaret: /).first()).toBeVisible();
        expect(countRows('SELECT COUNT(*) AS n FROM "YearClosing" WHERE year = ?', year)).toBe(0);
        await reason.fill("Opkræves efter KKR's beslutning; manglende beslutninger efterreguleres");
      }
      if (year === 2023) {
        // By keyboard only: from the reason field, Tab reaches the button, Enter asks, Tab and Enter close.
        await ((await reason.count()) ? reason : all.locator("input, textarea, button").first()).focus();
        const tabTo = async (target: typeof open) => {
          for (let i = 0; i < 5 && !(await target.evaluate((b) => b === document.activeElement)); i++)
            await page.keyboard.press("Tab");
          await expect(target).toBeFocused();
        };
        if (await open.count()) {
          await tabTo(open);
          await page.keyboard.press("Enter");
          await expect(question).toBeFocused();
        }
        await tabTo(confirm);
        await page.keyboard.press("Enter");
      } else {
        if (await open.count()) await open.click();
        await confirm.click();
      }
      await expect(page.getByTestId("notice")).toContainText(`4 klyngekontorer er lukket for ${year}`);
      const invoiced = queryRows<{ slug: string; s: number }>(
        'SELECT o.slug AS slug, SUM(l.amount) AS s FROM "InvoiceLine" l JOIN "YearClosing" c ON c.id = l."closingId" ' +
          'JOIN "ClusterOffice" o ON o.id = c."officeId" WHERE c.year = ? GROUP BY o.slug',
        year,
      );
      expect(Object.fromEntries(invoiced.map((row) => [row.slug, Number(row.s)]))).toEqual(expected);
    }
  });

  test("a contact's later decision that changes 2022 is refused, with whom to ask", async ({ page }) => {
    const decisions = countRows(
      'SELECT COUNT(*) AS n FROM "CouncilDecision" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.code = ?',
      "0306",
    );
    await signIn(page, "odsherred");
    await page.goto("/kommuner/0306/beslutninger/ny");
    await fillDecisionForm(page, ODSHERRED_NEJ_FROM_2022);
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    const message = page.getByTestId("form-error");
    await expect(message).toContainText("lukket og opkrævet (We Build Denmark 2022, We Build Denmark 2023)");
    await expect(message).toContainText("Kontakt sekretariatet (sekretariat@demo.klyngeportalen.dk)");
    await expectAccessible(page);
    expect(
      countRows(
        'SELECT COUNT(*) AS n FROM "CouncilDecision" d JOIN "Municipality" m ON m.id = d."municipalityId" WHERE m.code = ?',
        "0306",
      ),
    ).toBe(decisions);
  });

  test("the secretariat records it with a reason; the settlements agree everywhere and sum to the change", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/opkraevning?aar=2022");
    const before = await officeRows(page, "we-build-denmark");

    await page.goto("/kommuner/0306/beslutninger/ny");
    await fillDecisionForm(page, ODSHERRED_NEJ_FROM_2022);
    await page.getByRole("button", { name: "Se konsekvenser" }).click();
    const closed = page.getByTestId("closed-years");
    await expect(closed).toContainText("Ændrer lukkede år: efterregulering");
    await expect(closed.getByRole("table", { name: `${WBD} 2022` })).toBeVisible();
    const odsherredPaid = before.find((row) => row.name === "Odsherred")!.invoiced;
    await expect(
      closed.getByRole("table", { name: `${WBD} 2022` }).getByRole("row", { name: /Odsherred/ }),
    ).toContainText(`−${odsherredPaid.toLocaleString("da-DK")} kr.`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Gem beslutning" }).click();
    await expect(page.getByText("Skriv en begrundelse for efterreguleringen.").first()).toBeVisible();
    // Where the reason goes is said before it is written.
    await expect(page.getByLabel("Begrundelse for efterreguleringen")).toHaveAccessibleDescription(
      /Begrundelsen står i fakturateksten til hver kommune, hvis beløb ændres/,
    );
    await page.getByLabel("Begrundelse for efterreguleringen").fill("Referatet fra 25. november 2021 kom først nu");
    await page.getByRole("button", { name: "Gem beslutning" }).click();
    await expect(page.getByTestId("notice")).toContainText("Beslutningen er gemt");

    // The Opkrævning page: Odsherred credited what it paid; the others pay its share by population.
    await page.goto("/sekretariat/opkraevning?aar=2022");
    await expect(page.getByTestId("open-settlements")).toBeVisible();
    const after = await officeRows(page, "we-build-denmark");
    const odsherred = after.find((row) => row.name === "Odsherred")!;
    expect(odsherred).toMatchObject({ computed: 0, invoiced: odsherredPaid, settlement: -odsherredPaid });
    for (const row of after) expect(row.settlement).toBe(row.computed - row.invoiced);
    const invoicedTotal = after.reduce((sum, row) => sum + row.invoiced, 0);
    const computedTotal = after.reduce((sum, row) => sum + row.computed, 0);
    const settlementSum = after.reduce((sum, row) => sum + row.settlement, 0);
    expect(settlementSum).toBe(computedTotal - invoicedTotal);
    // The pool, independently: the non-lead payers split it by population, each within a krone, to the krone in all.
    const payers = after.filter((row) => row.computed > 0 && row.name !== "Næstved");
    const pool = payers.reduce((sum, row) => sum + row.computed, 0);
    const people = payers.reduce((sum, row) => sum + population[row.name]!, 0);
    for (const row of payers) expect(Math.abs(row.computed - (pool * population[row.name]!) / people)).toBeLessThan(1);
    await expectAccessible(page);

    // The statement and the invoicing file say the same, for every affected municipality.
    const faxe = after.find((row) => row.name === "Faxe")!;
    expect(faxe.settlement).toBeGreaterThan(0);
    await page.goto("/kommuner/0320/opgoerelse");
    const statementRow = page.getByTestId("statement-billing-2022").filter({ hasText: WBD });
    await expect(statementRow).toContainText(`+${faxe.settlement.toLocaleString("da-DK")} kr.`);
    await expectAccessible(page);
    const file = (await invoicingFile(page, 2022)).filter((line) => line.officeCode === "we-build-denmark");
    for (const row of after) {
      const line = file.find((l) => l.name === row.name)!;
      expect(line.settlement, row.name).toBe(row.settlement);
      expect(line.open, row.name).toBe(row.settlement);
    }
    expect(file.reduce((sum, line) => sum + line.settlement, 0)).toBe(computedTotal - invoicedTotal);
    expect(file.find((line) => line.code === "0320")).toMatchObject({ cvr: "29188955", ean: "5798007882006" });
    expect(file.find((line) => line.code === "0253")).toMatchObject({ cvr: "MANGLER" });
  });

  test("invoicing the settlements records them with their cause; nothing stays open", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/opkraevning?aar=2022");
    // The button asks first, with what will be charged and credited (the invoicing file's open settlements).
    const open = (await invoicingFile(page, 2022)).map((line) => line.open);
    const charged = open.filter((amount) => amount > 0).reduce((sum, amount) => sum + amount, 0);
    const credited = open.filter((amount) => amount < 0).reduce((sum, amount) => sum - amount, 0);
    expect(charged).toBeGreaterThan(0);
    expect(credited).toBeGreaterThan(0);
    const lines = countRows('SELECT COUNT(*) AS n FROM "InvoiceLine"');
    await page.getByRole("button", { name: /^Opkræv \d+ efterreguleringer$/ }).click();
    const question = page.getByTestId("settlements-confirmation");
    await expect(question).toContainText(
      `${kroner(charged)} opkræves ekstra hos kommunerne, og ${kroner(credited)} krediteres. Det kommer i fakturafilen for 2022.`,
    );
    await question.getByRole("button", { name: "Fortryd" }).click();
    await expect(question).toHaveCount(0);
    expect(countRows('SELECT COUNT(*) AS n FROM "InvoiceLine"')).toBe(lines);
    await page.getByRole("button", { name: /^Opkræv \d+ efterreguleringer$/ }).click();
    await question.getByRole("button", { name: /^Ja, opkræv \d+ efterreguleringer$/ }).click();
    await expect(page.getByTestId("notice")).toContainText(/efterreguleringer for 2022 er opkrævet/);
    await expect(page.getByTestId("open-settlements")).toHaveCount(0);
    const file = (await invoicingFile(page, 2022)).filter((line) => line.officeCode === "we-build-denmark");
    expect(file.every((line) => line.open === 0)).toBe(true);
    // What the finance system sends now is found by its day: each settlement is the line's latest, invoiced today.
    const today = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", dateStyle: "short" })
      .format(new Date())
      .replaceAll(".", "-");
    for (const line of file.filter((l) => l.settlement !== 0))
      expect([line.latest, line.latestDay], line.name).toEqual([line.settlement, today]);

    await page.goto("/kommuner/0320/historik");
    const settled = page.getByTestId("invoiced-settlement").first();
    await expect(settled).toContainText(
      `Efterregulering ${WBD} 2022: Odsherred Kommune: Nej fra 2022 (møde 25. november 2021) — Referatet fra 25. november 2021 kom først nu`,
    );
    await expect(settled).toContainText(/\d kr\. opkrævet — Efterregulering/);
    await expectAccessible(page);
    // Odsherred's is a credit, and says so: not «−… kr. opkrævet».
    await page.goto("/kommuner/0306/historik");
    await expect(page.getByTestId("invoiced-settlement").first()).toContainText(
      new RegExp(`\\d kr\\. krediteret — Efterregulering ${WBD} 2022`),
    );
    await page.goto("/sekretariat/fordelingslog");
    // The extra invoices and the credits apart, as on the billing page: their net («0 kr.») says nothing.
    const event = page.getByTestId("billing-event").first();
    await expect(event).toContainText(`Efterreguleringer for ${WBD} 2022 opkrævet: `);
    await expect(event).toContainText(
      `ekstra opkrævninger på i alt ${kroner(charged)} og 1 kreditering på i alt ${kroner(credited)}`,
    );
  });

  test("payments from the finance system: one bad row refuses the file, the fixed file is stored; unpaid is overdue", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    const wbd2021 = (await invoicingFile(page, 2021)).filter((line) => line.officeCode === "we-build-denmark");
    const rows = wbd2021.map(
      (line) =>
        `${line.code};we-build-denmark;2021;F-2021-${line.code};15-03-2021;15-04-2021;${line.amount.toLocaleString("da-DK")};10-04-2021`,
    );
    const csv = (body: string[]) =>
      Buffer.from(
        "\uFEFFKommunekode;Klyngekontor;År;Fakturanummer;Fakturadato;Forfaldsdato;Betalt beløb;Betalingsdato\r\n" +
          body.join("\r\n") +
          "\r\n",
      );
    // Faxe's CLEAN invoice: sent, never paid.
    const unpaid = "0320;clean;2021;F-2021-0320-C;15-03-2021;15-04-2021;;";
    const bad = [...rows];
    bad[3] = bad[3]!.replace("10-04-2021", "31-04-2021");
    const payments = countRows('SELECT COUNT(*) AS n FROM "Payment"');

    await page.goto("/sekretariat/betalinger?aar=2021");
    await expectAccessible(page);
    await page.getByLabel("Fil fra økonomisystemet (CSV med semikolon)").setInputFiles({
      name: "betalinger-2021.csv",
      mimeType: "text/csv",
      buffer: csv([...bad, unpaid]),
    });
    await page.getByRole("button", { name: "Kontrollér filen" }).click();
    await expect(page.getByTestId("payments-problems")).toHaveText(
      "Linje 5: betalingsdatoen «31-04-2021» er ikke en dato.",
    );
    // Said once at the top; the file field (with the focus) points to the list instead of repeating it.
    await expect(page.getByText("Filen kan ikke bruges. Intet er gemt:")).toHaveCount(1);
    await expect(page.getByTestId("field-error")).toHaveText("Fejlene i filen står herunder.");
    await expect(page.getByLabel("Fil fra økonomisystemet (CSV med semikolon)")).toBeFocused();
    // The focused field is described by the problems, so a screen reader reads them from there.
    await expect(page.getByLabel("Fil fra økonomisystemet (CSV med semikolon)")).toHaveAccessibleDescription(
      /Fejlene i filen står herunder\..*Linje 5: betalingsdatoen «31-04-2021» er ikke en dato\./,
    );
    await expect(page.getByRole("button", { name: /^Gem \d+ (nye rækker|ny række)$/ })).toHaveCount(0);
    expect(countRows('SELECT COUNT(*) AS n FROM "Payment"')).toBe(payments);

    await page.getByLabel("Fil fra økonomisystemet (CSV med semikolon)").setInputFiles({
      name: "betalinger-2021.csv",
      mimeType: "text/csv",
      buffer: csv([...rows, unpaid]),
    });
    await page.getByRole("button", { name: "Kontrollér filen" }).click();
    await expect(page.getByTestId("payments-preview")).toContainText(`${rows.length + 1} rækker er i orden`);
    // The payment dates as a Dane reads them, not as the file wrote them.
    await expect(page.getByTestId("payments-preview")).toContainText("(10. april 2021)");
    expect(countRows('SELECT COUNT(*) AS n FROM "Payment"')).toBe(payments);
    await page.getByRole("button", { name: `Gem ${rows.length + 1} nye rækker` }).click();
    await expect(page.getByTestId("notice")).toContainText(`${rows.length + 1} fakturaer og ${rows.length} betalinger`);
    expect(countRows('SELECT COUNT(*) AS n FROM "Payment"')).toBe(payments + rows.length);
    // The same file once more: every row known, said so, and nothing offered to save (it offered «Gem 6 rækker»).
    await page.getByLabel("Fil fra økonomisystemet (CSV med semikolon)").setInputFiles({
      name: "betalinger-2021.csv",
      mimeType: "text/csv",
      buffer: csv([...rows, unpaid]),
    });
    await page.getByRole("button", { name: "Kontrollér filen" }).click();
    await expect(page.getByTestId("payments-preview")).toContainText(
      `${rows.length + 1} rækker er i orden: 0 nye, ${rows.length + 1} allerede registreret`,
    );
    await expect(page.getByTestId("payments-preview")).toContainText("Der er intet nyt at gemme.");
    await expect(page.getByRole("button", { name: /^Gem \d+ (nye rækker|ny række)$/ })).toHaveCount(0);

    await page.reload();
    const faxeWbd = page.getByTestId("payment-row").filter({ hasText: "Faxe" }).filter({ hasText: WBD });
    await expect(faxeWbd).toContainText("Betalt");
    await expect(
      page.getByTestId("payment-row").filter({ hasText: "Faxe" }).filter({ hasText: "CLEAN" }),
    ).toContainText("Forfalden");
    await page.goto("/sekretariat/opfoelgning");
    await expect(page.getByTestId("overdue-payments")).toContainText(
      "Faxe, CLEAN – Danmarks Miljøteknologiklynge 2021",
    );
    await expect(page.getByTestId("overdue-payments")).toContainText("forfaldt 15. april 2021 (faktura F-2021-0320-C)");
    await expectAccessible(page);
    await page.goto("/kommuner/0320/opgoerelse");
    await expect(page.getByTestId("statement-billing-2021").filter({ hasText: WBD })).toContainText(
      "betalt 10. april 2021",
    );
  });

  test("a payment typed in wrong is taken back, asked first; the status is as before and the log keeps it", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/betalinger?aar=2021");
    const faxeClean = page.getByTestId("payment-row").filter({ hasText: "Faxe" }).filter({ hasText: "CLEAN" });
    await expect(faxeClean).toContainText("Forfalden");
    const payments = countRows('SELECT COUNT(*) AS n FROM "Payment"');
    // One digit too many: 9.999.999 kr. on the invoice of 24.292 kr.
    const form = page.getByRole("form", { name: "Registrér faktura eller betaling for 2021" });
    await form.getByLabel("Kommune").selectOption({ label: "Faxe" });
    await form.getByLabel("Klyngekontor").selectOption({ label: "CLEAN – Danmarks Miljøteknologiklynge" });
    await form.getByLabel("Fakturanummer").fill("F-2021-0320-C");
    // A year typed wrong as well: told at its field.
    await form.getByLabel("Fakturadato").fill("2012-03-15");
    await form.getByLabel("Forfaldsdato").fill("2021-04-15");
    await form.getByLabel("Betalt beløb (kr., valgfri)").fill("9.999.999");
    await form.getByLabel("Betalt den (valgfri)").fill("2021-04-20");
    await form.getByRole("button", { name: "Registrér" }).click();
    await expect(form.getByLabel("Fakturadato")).toHaveAccessibleDescription(
      /fakturadatoen 15\. marts 2012 ligger langt fra 2021; en faktura for 2021 er dateret mellem 1\. januar 2020 og/,
    );
    await form.getByLabel("Fakturadato").fill("2021-03-15");
    await form.getByRole("button", { name: "Registrér" }).click();
    // The amount is more than Faxe owes: asked first, at the amount, where focus is; nothing is stored yet.
    const amount = form.getByLabel("Betalt beløb (kr., valgfri)");
    await expect(amount).toHaveAccessibleDescription(
      /^Betalingen på 9\.999\.999 kr\. er mere, end Faxe skylder for CLEAN – Danmarks Miljøteknologiklynge 2021: opkrævet [\d.]+ kr\., betalt før 0 kr\. Ret beløbet, eller bekræft, at det er rigtigt\.$/,
    );
    await expect(amount).toBeFocused();
    expect(countRows('SELECT COUNT(*) AS n FROM "Payment"')).toBe(payments);
    await form.getByLabel("Ja, beløbet er rigtigt: registrér betalingen, selv om den er mere end det skyldige").check();
    await form.getByRole("button", { name: "Registrér" }).click();
    await expect(form.getByTestId("notice")).toContainText("1 betaling (9.999.999 kr.) er registreret");
    await page.reload();
    await expect(faxeClean).toContainText("Til gode");

    await page.getByText(/^Vis \d+ registrerede fakturaer for 2021$/).click();
    const entry = page.getByTestId("billing-entry").filter({ hasText: "Faktura F-2021-0320-C" });
    await entry.getByRole("button", { name: "Slet betalingen 9.999.999 kr. betalt 20. april 2021 …" }).click();
    const question = entry.getByRole("group", {
      name: "Bekræft: Slet betalingen 9.999.999 kr. betalt 20. april 2021",
    });
    await expect(question).toBeFocused();
    await question.getByRole("button", { name: "Ja, slet betalingen 9.999.999 kr. betalt 20. april 2021" }).click();
    const answer = page.getByTestId("billing-corrections").getByTestId("notice");
    await expect(answer).toHaveText(
      "Betalingen på 9.999.999 kr. (20. april 2021) af faktura F-2021-0320-C fra Faxe er slettet.",
    );
    await expect(answer).toBeFocused();
    await expect(entry).not.toContainText("9.999.999");
    await expect(faxeClean).toContainText("Forfalden");
    expect(countRows('SELECT COUNT(*) AS n FROM "Payment"')).toBe(payments);
    expect(countRows('SELECT COUNT(*) AS n FROM "AuditEvent" WHERE action = ?', "payment.deleted")).toBe(1);
    await expectAccessible(page);
    // The log a reader of the money follows says it too, beside the registration (it showed only that).
    await page.goto("/sekretariat/fordelingslog");
    const events = page.getByTestId("billing-event");
    await expect(events.filter({ hasText: "slettet" }).first()).toContainText(
      "Betalingen på 9.999.999 kr. (20. april 2021) af faktura F-2021-0320-C fra Faxe for CLEAN – Danmarks " +
        "Miljøteknologiklynge 2021 slettet",
    );
    await expect(
      events.filter({ hasText: /\d+ fakturaer? og 1 betaling \(9\.999\.999 kr\.\) registreret/ }),
    ).toHaveCount(1);
  });

  test("one office's year closes on its own after the question; amounts changed meanwhile are never closed unseen", async ({
    page,
    browser,
  }) => {
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/opkraevning?aar=2024");
    const form = page.getByRole("form", { name: `Luk ${WBD} 2024` });
    // A municipality that pays We Build Denmark in 2024 (not its lead, Næstved), whatever earlier journeys left.
    const payer = (await officeRows(page, "we-build-denmark")).find(
      (row) => row.computed > 0 && row.name !== "Næstved",
    )!;
    const code = regionData.municipalities.find((m) => m.name === payer.name)!.code;
    const amountOf = async (name: string) =>
      (await officeRows(page, "we-build-denmark")).find((row) => row.name === name)?.computed ?? 0;
    await form.getByRole("button", { name: `Luk ${WBD} 2024`, exact: true }).click();
    const question = form.getByTestId("close-confirmation");
    await expect(question).toBeFocused();
    const before = (await officeRows(page, "we-build-denmark")).reduce((sum, row) => sum + row.computed, 0);
    await expect(question).toContainText(
      `${kroner(before)} opkræves hos kommunerne. Det kommer i fakturafilen for 2024.`,
    );
    const reason = form.getByLabel("Begrundelse for at lukke, selv om året ikke er afklaret");
    if (await reason.count()) await reason.fill("Opkræves efter KKR's beslutning");

    // While the question is open, a colleague at the secretariat records that council's Nej from 2024.
    await colleagueRecordsNejFrom2024(browser, code, WBD, "Punkt 9, udtræden fra 2024");

    // «Ja» on the question as it was: refused, nothing closed, and the page shows the amounts as they are now.
    const confirm = question.getByRole("button", { name: `Ja, luk ${WBD} 2024` });
    await confirm.click();
    await expect(form.getByTestId("form-error")).toContainText(
      "Beløbene eller årets afklaring er ændret, siden siden blev vist — en anden har gemt noget i perioden imens. " +
        "Intet er lukket.",
    );
    expect(countRows('SELECT COUNT(*) AS n FROM "YearClosing" WHERE year = 2024')).toBe(0);
    await expect.poll(() => amountOf(payer.name)).toBe(0);
    const after = (await officeRows(page, "we-build-denmark")).reduce((sum, row) => sum + row.computed, 0);
    await expect(question).toContainText(`${kroner(after)} opkræves hos kommunerne.`);
    // Confirmed again, it closes what the page now shows; the answer stays on the page.
    await confirm.click();
    await expect(form.getByTestId("notice")).toHaveText(`${WBD} 2024 er lukket: ${kroner(after)} opkrævet.`);
    await expect(form.getByRole("button")).toHaveCount(0);
    // That office only: the others' 2024 is still open.
    expect(countRows('SELECT COUNT(*) AS n FROM "YearClosing" WHERE year = 2024')).toBe(1);
    for (const office of OTHERS)
      await expect(page.getByRole("form", { name: `Luk ${office} 2024` }).getByRole("button")).toHaveCount(1);
  });

  test("a save that leaves an office's year as the question showed it does not stop its closing", async ({
    page,
    browser,
  }) => {
    const [clean, food] = OTHERS as [string, string];
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/opkraevning?aar=2024");
    const form = page.getByRole("form", { name: `Luk ${clean} 2024` });
    const shown = await officeRows(page, "clean");
    const total = shown.reduce((sum, row) => sum + row.computed, 0);
    // A municipality that pays Food & Bio Cluster Denmark in 2024 (not its lead, Slagelse).
    const foodPayer = (await officeRows(page, "food-bio-cluster")).find(
      (row) => row.computed > 0 && row.name !== "Slagelse",
    )!;
    const code = regionData.municipalities.find((m) => m.name === foodPayer.name)!.code;
    await form.getByRole("button", { name: `Luk ${clean} 2024`, exact: true }).click();
    const question = form.getByTestId("close-confirmation");
    await expect(question).toContainText(`${kroner(total)} opkræves hos kommunerne.`);
    const reason = form.getByLabel("Begrundelse for at lukke, selv om året ikke er afklaret");
    if (await reason.count()) await reason.fill("Opkræves efter KKR's beslutning");

    // While the question is open, a colleague records that council's Nej to Food & Bio from 2024: the period
    // changes, CLEAN's 2024 does not.
    await colleagueRecordsNejFrom2024(browser, code, food, "Punkt 4, udtræden af Food & Bio fra 2024");

    // «Ja» closes what the question showed: every payer invoiced the amount the page showed it.
    await question.getByRole("button", { name: `Ja, luk ${clean} 2024` }).click();
    await expect(form.getByTestId("notice")).toHaveText(`${clean} 2024 er lukket: ${kroner(total)} opkrævet.`);
    expect(countRows('SELECT COUNT(*) AS n FROM "YearClosing" WHERE year = 2024')).toBe(2);
    await page.reload();
    const invoiced = await officeRows(page, "clean");
    for (const row of shown) expect(invoiced.find((r) => r.name === row.name)?.invoiced).toBe(row.computed);
    // The colleague's save did change the period: that council pays Food & Bio nothing in 2024 now.
    expect((await officeRows(page, "food-bio-cluster")).find((r) => r.name === foodPayer.name)?.computed ?? 0).toBe(0);
  });
});
