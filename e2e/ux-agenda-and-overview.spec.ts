/**
 * Issue 16, as each user meets it: the contact's agenda packet (PDF text = the page's amounts; the appendix XLSX adds
 * up), the overview that opens on this year with statuses or amounts and honest gauges, sign-in that lands on the
 * start page from the server, the municipality page at 390 px, settings that say what they did, deactivation that
 * asks first, and the accessibility statement on every page. Its 2024 changes (an agreed pool, Nej/Ja) stay out of
 * the years the closing journey (yearly-closing.spec.ts, after it) closes: 2021–2023.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Download, Page } from "@playwright/test";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { callAction } from "./server-actions";
import { countRows, idOf } from "./db";
import { pdfText } from "../lib/testing/pdf-text";

const OFFICES = ["we-build-denmark", "clean", "food-bio-cluster", "life-science-cluster"];
const kroner = (text: string) => /\d{1,3}(?:\.\d{3})* kr\./.exec(text)?.[0] ?? "";
const bytesOf = async (download: Download) => fs.readFileSync((await download.path())!);

async function download(page: Page, click: () => Promise<void>) {
  const waiting = page.waitForEvent("download");
  await click();
  return waiting;
}

test.describe.serial("issue 16: what each user sees", () => {
  test("a contact takes the agenda packet to the council: the PDF says the page's amounts, the appendix adds up", async ({
    page,
  }, testInfo) => {
    await signIn(page, "soroe");
    await expect(page).toHaveURL(/\/kommuner\/0340$/);
    // What the page says, per office and year, and the totals.
    const onPage: Record<string, string> = {};
    for (const slug of OFFICES)
      for (const year of [2021, 2022, 2023, 2024])
        onPage[`${slug}-${year}`] = kroner(await page.getByTestId(`amount-${slug}-${year}`).innerText());
    const totals = await Promise.all(
      [2021, 2022, 2023, 2024].map(async (year) => kroner(await page.getByTestId(`total-${year}`).innerText())),
    );
    expect(Object.values(onPage).every(Boolean)).toBe(true);

    const pdfLink = page.getByRole("link", { name: /^Dagsordensbilag .* \(PDF\)$/ });
    await tabTo(page, pdfLink, 120);
    const pdfDownload = await download(page, () => page.keyboard.press("Enter"));
    expect(pdfDownload.suggestedFilename()).toBe("dagsordensbilag-soroe-2021-2024.pdf");
    const pdfBytes = await bytesOf(pdfDownload);
    const pdf = await pdfText(pdfBytes);
    expect(pdf.title).toBe("Sorø Kommunes medfinansiering af de regionale klyngekontorer 2021–2024");
    expect(pdf.language).toBe("da-DK");
    expect(pdf.sizes[0]).toEqual([595, 842]); // A4
    const lines = pdf.text.split("\n");
    const officeNames = await page
      .locator('[data-testid^="office-row-"] th[scope="row"] > span.font-medium')
      .allInnerTexts();
    expect(officeNames).toHaveLength(4);
    for (const [index, slug] of OFFICES.entries()) {
      const start = lines.indexOf(officeNames[index]!);
      expect(start, `${officeNames[index]} in the PDF`).toBeGreaterThan(0);
      for (const year of [2021, 2022, 2023, 2024]) {
        const line = lines.slice(start).find((l) => l.startsWith(`${year} `));
        expect(kroner(line ?? ""), `${slug} ${year}`).toBe(onPage[`${slug}-${year}`]);
      }
    }
    for (const [index, year] of [2021, 2022, 2023, 2024].entries()) {
      const line = lines.find((l) => l.startsWith(`${year} `))!; // the summary table comes first
      expect(kroner(line), `total ${year}`).toBe(totals[index]);
    }
    // One page as a person sees it: rendered by poppler (Debian's pdftoppm), kept with the test's results.
    const pdfFile = testInfo.outputPath("dagsordensbilag.pdf");
    fs.writeFileSync(pdfFile, pdfBytes);
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", pdfFile, testInfo.outputPath("side")]);
    const png = fs.readdirSync(testInfo.outputPath()).find((f) => /^side-0*1\.png$/.test(f))!;
    expect(fs.statSync(testInfo.outputPath(png)).size).toBeGreaterThan(20_000);
    await testInfo.attach("dagsordensbilag side 1", { path: testInfo.outputPath(png), contentType: "image/png" });

    // KKR's appendix for this year (2024: the clock stands in 2025, after the period): every sheet adds up.
    const xlsxDownload = await download(page, () =>
      page.getByRole("link", { name: "KKR's bilag for 2024 (Excel)" }).click(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsxDownload)) as never);
    const summary = workbook.getWorksheet("Oversigt")!.getSheetValues().filter(Boolean) as unknown[][];
    const officeTotals = (summary.find((r) => r[1] === "I alt")!.slice(2, 6) as { result: number }[]).map(
      (c) => c.result,
    );
    for (const [index, sheet] of workbook.worksheets.slice(1).entries()) {
      const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
      const amounts = rows.filter((r) => typeof r[1] === "string" && /^\d{4}$/.test(r[1] as string));
      const sum = amounts.reduce((total, r) => total + (r[5] as number), 0);
      expect(sum, sheet.name).toBe((rows.find((r) => r[2] === "I alt inkl. lead")![5] as { result: number }).result);
      expect(sum, sheet.name).toBe(officeTotals[index]);
    }
    const soroe = summary.find((r) => r[1] === "Sorø")!;
    expect(`${(soroe[6] as number).toLocaleString("da-DK")} kr.`).toBe(totals[3]);

    // The statement page offers the same papers, and the municipality's amounts across all years as CSV.
    await page.getByRole("link", { name: "Opgørelse til byrådet" }).click();
    await expect(page.getByRole("link", { name: /^Dagsordensbilag .* \(PDF\)$/ })).toBeVisible();
    const csvDownload = await download(page, () =>
      page.getByRole("link", { name: "Kommunens beløb for alle år (CSV)" }).click(),
    );
    const csv = (await bytesOf(csvDownload)).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const csvLines = csv.slice(1).trimEnd().split("\r\n");
    expect(csvLines[0]).toBe(
      "Periode;År;Klyngekontor;Beslutning;Beløb (kr.);Foreløbig;Højst (kr.);Bevilling (kr.);Kontorets status",
    );
    const csvTotal = (year: number) =>
      csvLines.filter((l) => l.split(";")[1] === String(year)).reduce((sum, l) => sum + Number(l.split(";")[4]), 0);
    expect(`${csvTotal(2024).toLocaleString("da-DK")} kr.`).toBe(totals[3]);
    await expectAccessible(page);
  });

  test("the secretariat downloads the same packet from the municipality's page", async ({ page }) => {
    await signIn(page, "sekretariat");
    await page.goto("/kommuner/0340");
    const response = await page.request.get(
      (await page.getByRole("link", { name: /^Dagsordensbilag .* \(PDF\)$/ }).getAttribute("href"))!,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await pdfText(await response.body())).text).toContain("Sorø Kommunes medfinansiering");
  });

  test("sign-in: the server sends the user straight to the start page — no empty page at /", async ({ page }) => {
    const documents: { url: string; status: number; location?: string }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "document")
        documents.push({
          url: new URL(response.url()).pathname,
          status: response.status(),
          location: response.headers()["location"],
        });
    });
    await signIn(page, "faxe");
    await expect(page).toHaveURL(/\/kommuner\/0320$/);
    const root = documents.filter((d) => d.url === "/");
    expect(root).toEqual([{ url: "/", status: 307, location: "/kommuner/0320" }]);
    // Signed in, the sign-in page itself sends the user on, on the server.
    const again = await page.request.get("/login", { maxRedirects: 0 });
    expect([again.status(), again.headers()["location"]]).toEqual([307, "/kommuner/0320"]);
  });

  test("the overview opens on this year, keeps the year in the URL, and shows amounts on request", async ({
    page,
    browser,
  }) => {
    await signIn(page, "sekretariat");
    await expect(page).toHaveURL(/\/sekretariat$/);
    // The clock stands at 20 February 2025; the period is 2021–2024: the nearest year to today, not the oldest.
    await expect(page.getByRole("heading", { name: "Klyngekontorer 2024" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Vælg år" }).getByRole("link", { name: "2024" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await page.getByRole("navigation", { name: "Vælg år" }).getByRole("link", { name: "2022" }).click();
    await expect(page).toHaveURL(/aar=2022/);
    await expect(page.getByRole("heading", { name: "Klyngekontorer 2022" })).toBeVisible();

    const amountsLink = page.getByRole("navigation", { name: "Vis i tabellen" }).getByRole("link", { name: "Beløb" });
    await tabTo(page, amountsLink, 80);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/visning=beloeb/);
    await expect(page).toHaveURL(/aar=2022/);
    await expect(page.getByRole("heading", { name: "Kommunernes beløb 2022" })).toBeVisible();
    const matrix = page.getByTestId("matrix-beloeb");
    // Each office's column adds up to the total on its card, and each row to its "I alt".
    const offices = page.locator('[data-testid^="office-card-"]');
    for (let i = 0; i < (await offices.count()); i++) {
      const card = offices.nth(i);
      const id = (await card.getAttribute("data-testid"))!.replace("office-card-", "");
      const cardTotal = /i alt ([\d.]+ kr\.)/.exec(await card.innerText())![1];
      await expect(matrix.getByTestId(`office-total-${id}`)).toHaveText(cardTotal!);
    }
    const faxe = matrix.getByRole("row").filter({ hasText: "Faxe" });
    const cells = await faxe.locator("td").allInnerTexts();
    const sum = cells.slice(1, 5).reduce((total, text) => total + Number(kroner(text).replace(/\D/g, "")), 0);
    await expect(matrix.getByTestId("row-total-0320")).toHaveText(`${sum.toLocaleString("da-DK")} kr.`);
    await expectAccessible(page);

    // The choice is a plain link: it works without JavaScript too.
    const noScript = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const plain = await noScript.newPage();
    await plain.goto(page.url().replace(/visning=beloeb&?/, ""));
    await expect(plain.getByTestId("matrix-status")).toBeVisible();
    await plain.getByRole("navigation", { name: "Vis i tabellen" }).getByRole("link", { name: "Beløb" }).click();
    await expect(plain.getByTestId("matrix-beloeb")).toBeVisible();
    await expect(plain.getByRole("heading", { name: "Kommunernes beløb 2022" })).toBeVisible();
    await noScript.close();
  });

  test("each gauge marks the threshold and takes its status's colour", async ({ page }) => {
    await signIn(page, "sekretariat");
    const seen = new Set<string>();
    for (const year of [2021, 2024]) {
      await page.goto(`/sekretariat?aar=${year}`);
      const cards = page.locator('[data-testid^="office-card-"]');
      for (let i = 0; i < (await cards.count()); i++) {
        const card = cards.nth(i);
        const text = await card.innerText();
        const [, , eligible, required] = /(\d+) af (\d+) deltager — krav (\d+)/.exec(text)!.map(Number);
        const gauge = card.getByTestId("gauge").getByRole("img");
        const bar = (await gauge.boundingBox())!;
        const mark = (await card.getByTestId("gauge-threshold").boundingBox())!;
        // The mark stands at required / eligible of the bar (within 2 px).
        expect(Math.abs(mark.x + mark.width / 2 - (bar.x + (bar.width * required!) / eligible!))).toBeLessThan(3);
        await expect(card.getByTestId("gauge")).toContainText(`krav ${required}`);
        // The bar's colour is the status's: green only for Fastholdt; amber for I risiko; red for Reduceret.
        const status = ["Fastholdt", "I risiko", "Reduceret"].find((s) => text.includes(s))!;
        seen.add(status);
        const [r, g] = await card
          .locator(".gauge-yes")
          .evaluate((el) => getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number));
        if (status === "Fastholdt") expect(g, `${status}: green`).toBeGreaterThan(r!);
        else expect(r, `${status}: not green`).toBeGreaterThan(g!);
        await expect(gauge).toHaveAttribute("aria-label", new RegExp(`krav ${required}; status ${status}$`));
      }
    }
    expect(seen.has("I risiko")).toBe(true);
  });

  test("on a 390 px phone: the office column stays, this year comes first, and the scroll is hinted", async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "soroe");
    await expect(page.getByTestId("scroll-hint").first()).toContainText("stryg til siden");
    const region = page.getByRole("region", { name: "Beslutning og beløb pr. klyngekontor pr. år" });
    // Earlier journeys leave Sorø's page with more above the table (changes since the last visit): bring its top to
    // the top of the window — the page scrolls, the table's own horizontal scroll is left as it opened.
    await region.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY));
    const box = (await region.boundingBox())!;
    const header = (name: string) => region.getByRole("columnheader", { name, exact: true });
    // This year (2024) is in view at once, right after the office column.
    await expect(header("2024")).toBeInViewport({ ratio: 0.98 });
    await testInfo.attach("390 px", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    const current = (await header("2024").boundingBox())!;
    expect(current.x).toBeGreaterThanOrEqual(box.x);
    expect(current.x + current.width).toBeLessThanOrEqual(box.x + box.width + 1);
    const office = region.getByRole("rowheader").filter({ hasText: "We Build Denmark" });
    const before = (await office.boundingBox())!;
    // Scrolled to the other end: the office names have not moved.
    await region.evaluate((el) => (el.scrollLeft = 0));
    await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = (await office.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(after.x).toBeGreaterThanOrEqual(box.x);
    await expect(office).toBeInViewport();
    await expectAccessible(page);
  });

  test("on a 390 px phone no secretariat or municipality page scrolls sideways: wide tables scroll in their own box (WCAG 1.4.10)", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "sekretariat");
    for (const path of [
      "/sekretariat",
      "/sekretariat?visning=beloeb",
      "/sekretariat/hvad-hvis",
      "/sekretariat/bilag",
      "/sekretariat/fordelingslog",
      "/sekretariat/opfoelgning",
      "/sekretariat/opkraevning",
      "/sekretariat/betalinger",
      "/sekretariat/evalueringer",
      "/sekretariat/indstillinger",
      "/sekretariat/perioder",
      "/sekretariat/befolkning",
      "/sekretariat/brugere",
      "/kommuner/0320",
      "/kommuner/0320/historik",
      "/kommuner/0320/opgoerelse",
    ]) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      // What sticks out, to say in the message: the outermost elements whose right edge is past the window.
      const wide = await page.evaluate(() =>
        [...document.body.querySelectorAll<HTMLElement>("*")]
          .filter((e) => {
            if (e.getBoundingClientRect().right <= 391) return false;
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
              if (getComputedStyle(a).overflowX !== "visible") return false;
            return true;
          })
          .slice(-3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 80)),
      );
      expect(width, `${path} is ${width} px wide: ${wide.join(" | ")}`).toBeLessThanOrEqual(391);
    }
    // The page starts near the top: the header takes two lines, the secretariat's twelve pages one line that opens
    // (they took some 440 px before the heading).
    await page.goto("/sekretariat/opkraevning");
    expect((await page.getByRole("heading", { level: 1 }).boundingBox())!.y).toBeLessThan(250);
    const nav = page.getByRole("navigation", { name: "Sekretariatet" });
    await expect(nav.getByRole("link")).toHaveCount(0);
    await nav.getByText("Sekretariatets sider: Opkrævning").focus();
    await page.keyboard.press("Enter");
    await expect(nav.getByRole("link")).toHaveCount(12);
    await expect(nav.getByRole("link", { name: "Opkrævning" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Betalinger" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Betalinger");
    await expectAccessible(page);
  });

  test("settings: every problem at once; the ledger says what was agreed; a pool that stops applying says when and why", async ({
    page,
  }) => {
    await signIn(page, "sekretariat");
    const agreementId = idOf("Agreement", '"regionId" = (SELECT id FROM "Region" WHERE code = ?)', "1085");
    const wbd = idOf("ClusterOffice", 'slug = ? AND "agreementId" = ?', "we-build-denmark", agreementId);
    const decide = async (code: string, decision: "YES" | "NO", meetingDate: string) => {
      const version = countRows(
        'SELECT p.version AS n FROM "Participation" p JOIN "Municipality" m ON m.id = p."municipalityId" WHERE m.code = ? AND p."officeId" = ?',
        code,
        wbd,
      );
      const result = await callAction(page.context().request, {
        page: `/kommuner/${code}/beslutninger/ny`,
        name: "submitDecision",
        args: [code, agreementId],
        fields: {
          intent: "save",
          officeIds: [wbd],
          decision,
          effectiveFromYear: "2024",
          councilBody: "Byrådet",
          meetingDate,
          caseReference: "Punkt 12",
          [`version:${wbd}`]: String(version),
        },
      });
      expect(result.outcome, result.text.slice(-300)).toBe("done");
    };
    // We Build Denmark 2024 as the earlier journeys left it: who takes part. Make it reduced with one participant fewer
    // than required, so that one council joining again ends the reduction.
    await page.goto("/sekretariat?aar=2024");
    const card = page.locator('[data-testid^="office-card-"]').filter({ hasText: "We Build Denmark" });
    const [, eligible, required] = /\d+ af (\d+) deltager — krav (\d+)/.exec(await card.innerText())!.map(Number);
    const matrix = page.getByTestId("matrix-status");
    const column = (await matrix.getByRole("columnheader").allInnerTexts()).indexOf("We Build Denmark");
    const states: { code: string; name: string; state: string }[] = [];
    for (const row of await matrix.locator("tbody tr").all()) {
      const link = row.getByRole("rowheader").getByRole("link");
      const code = /\/kommuner\/(\d{4})/.exec((await link.getAttribute("href"))!)![1]!;
      const cell = await row.locator("th, td").nth(column).innerText();
      states.push({ code, name: await link.innerText(), state: /^\W*(Ja|Nej|Afventer|Lead)/.exec(cell)![1]! });
    }
    const taking = states.filter((m) => m.state === "Ja" || m.state === "Afventer");
    const target = required! - 1;
    const leaving = taking.slice(0, Math.max(0, taking.length - target));
    const returning = states.filter((m) => m.state === "Nej").slice(0, Math.max(0, target - taking.length));
    for (const m of leaving) await decide(m.code, "NO", "2024-11-30");
    for (const m of returning) await decide(m.code, "YES", "2024-11-30");
    await page.goto("/sekretariat?aar=2024");
    await expect(card).toContainText(`${target} af ${eligible} deltager`);
    await expect(card).toContainText("Reduceret");
    await page.goto("/sekretariat/indstillinger");
    const form = page.getByRole("form", { name: "Aftalt pulje for We Build Denmark 2024" });
    await form.getByLabel(/Aftalt pulje 2024/).fill("600.000");
    await form.getByRole("button", { name: "Gem aftalt pulje" }).click();
    // Both problems in one round: the amount and the missing reason.
    await expect(
      form.getByText("Den aftalte pulje kan ikke være større end den fulde pulje på 500.000 kr."),
    ).toBeVisible();
    await expect(form.getByText("Skriv begrundelsen for den aftalte pulje.")).toBeVisible();
    await expectAccessible(page);
    await form.getByLabel(/Aftalt pulje 2024/).fill("450.000");
    await form.getByLabel(/Begrundelse/).fill("Dialogmøde med We Build Denmark 4. december 2023");
    await form.getByRole("button", { name: "Gem aftalt pulje" }).click();
    await expect(form.getByTestId("notice")).toContainText("Den aftalte pulje er gemt");

    await page.goto("/sekretariat/fordelingslog");
    await expect(page.getByTestId("ledger-entry").first()).toContainText(
      "Ændring af indstillinger: Aftalt reduceret pulje 450.000 kr. for 2024, begrundelse: Dialogmøde med We Build Denmark 4. december 2023",
    );

    // One council joins again: no longer reduced, so the agreed pool stops applying — said, with date and cause.
    const rejoining = leaving[0] ?? states.find((m) => m.state === "Nej" && !returning.includes(m))!;
    await decide(rejoining.code, "YES", "2024-12-20");
    await page.goto("/sekretariat/fordelingslog");
    await expect(page.getByTestId("ledger-note").first()).toContainText(
      "Den aftalte reducerede pulje på 450.000 kr. for 2024 gælder ikke længere",
    );
    await page.goto("/sekretariat/indstillinger");
    const lapsed = page.getByTestId("lapsed-pools");
    await expect(lapsed).toContainText("We Build Denmark, 2024: aftalt pulje 450.000 kr. gælder ikke siden");
    await expect(lapsed).toContainText(`Årsag: ${rejoining.name} Kommune: Ja fra 2024 (møde 20. december 2024)`);
    await expectAccessible(page);
    await page.goto("/sekretariat?aar=2024");
    await expect(page.getByTestId("lapsed-pool")).toContainText("450.000 kr. gælder ikke i 2024");
    await page.goto(`/kommuner/${rejoining.code}/historik`);
    await expect(page.getByTestId("share-change-row").first()).toContainText(
      "Den aftalte reducerede pulje på 450.000 kr. for 2024 gælder ikke længere",
    );
    // For the specs after this one: the others that left take part again.
    for (const m of leaving.slice(1)) await decide(m.code, "YES", "2024-12-20");
  });

  test("deactivating a user asks first, says what it does, and ends that user's session at once", async ({
    page,
    browser,
  }) => {
    const other = await browser.newContext();
    const stevns = await other.newPage();
    await signIn(stevns, "stevns");
    await expect(stevns).toHaveURL(/\/kommuner\/0336$/);

    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/brugere");
    const row = page.getByTestId("user-row").filter({ hasText: "stevns@demo.klyngeportalen.dk" });
    const open = row.getByRole("button", { name: "Deaktivér …" });
    await tabTo(page, open, 200);
    await page.keyboard.press("Enter");
    const question = row.getByTestId("deactivate-confirmation");
    await expect(question).toContainText("Brugeren bliver logget ud med det samme");
    await expect(question).toBeFocused();
    await expectAccessible(page);
    await question.getByRole("button", { name: "Fortryd" }).click();
    await expect(open).toBeFocused();
    await expect(row).toContainText("Aktiv");
    await stevns.reload();
    await expect(stevns).toHaveURL(/\/kommuner\/0336$/);

    await open.click();
    await row.getByRole("button", { name: "Ja, deaktivér Kontaktperson, Stevns Kommune" }).click();
    await expect(row.getByTestId("notice")).toHaveText("Brugeren er deaktiveret.");
    await expect(row).toContainText("Deaktiveret");
    await stevns.reload();
    await expect(stevns).toHaveURL(/\/login$/);

    await row.getByRole("button", { name: "Aktivér" }).click();
    await expect(row.getByTestId("notice")).toHaveText("Brugeren er aktiveret igen.");
    await other.close();
  });

  test("every page links to the accessibility statement; the app says whom to write to", async ({ page }) => {
    await page.goto("/login");
    const statement = page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" });
    await expect(statement).toHaveAttribute("href", "https://www.was.digst.dk/klyngeportalen-test");
    const help = page.getByRole("contentinfo").getByRole("link", { name: "Problemer med tilgængeligheden?" });
    await tabTo(page, help, 40);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/tilgaengelighed$/);
    await expect(page.getByRole("heading", { name: "Tilgængelighed", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "tilgaengelighed@kkr-test.dk" })).toHaveAttribute(
      "href",
      "mailto:tilgaengelighed@kkr-test.dk",
    );
    await expectAccessible(page);
    await signIn(page, "sekretariat");
    for (const path of ["/sekretariat", "/sekretariat/brugere", "/kommuner/0340/opgoerelse"]) {
      await page.goto(path);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" })).toBeVisible();
    }
  });
});
