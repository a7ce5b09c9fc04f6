import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, tabTo, test } from "./fixtures";
import { recordDecision } from "./decision-form";
import { fillEvaluationForm, pdfFile } from "./evaluation-form";
import { countRows, idOf, queryRows, sjaellandPeriodId } from "./db";
import { callAction } from "./server-actions";
import { closedPort, kroner, runNotify, startInbox, type Inbox } from "./mail";
import { BASE_URL } from "../playwright.config";

/**
 * Issue 13: nobody has to chase anybody. The mails go through a REAL SMTP server the test starts (e2e/mail.ts), sent
 * by the worker run once against the e2e database (`npm run notify -- --once`) with the business clock of the day.
 */
const LIFE_SCIENCE = "Life Science Cluster Denmark";
const address = (slug: string) => `${slug}@demo.klyngeportalen.dk`;

/** A municipality's «Nej» to Life Science from 2021, recorded through the form by whoever is signed in. */
async function recordNoForLifeScience(page: Page, code: string) {
  await recordDecision(page, code, {
    offices: ["Life Science Cluster Denmark"],
    decision: "Nej",
    // From 2021 on purpose: after an earlier «Ja» the form proposes the year after the meeting (issue 10).
    from: "2021",
    date: "2021-04-29",
    reference: "Punkt 11",
  });
}

test.describe.serial("mail: notices and reminders through a real SMTP server", () => {
  let inbox: Inbox;
  test.beforeAll(async () => {
    inbox = await startInbox();
  });
  test.afterAll(async () => {
    await inbox.close();
  });

  test("reminded 30 days ahead, submits → secretariat told, returns it → office told, «Returneret»", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const officeId = idOf("ClusterOffice", "slug = ?", "we-build-denmark");
    const link = `${BASE_URL}/klyngekontorer/${officeId}/evalueringer/2024`;
    const office = address("we-build-denmark");
    const reminders = () => inbox.to(office).filter((m) => m.subject?.includes("evaluering 2024"));

    // 30 days before 1 March 2025, in the morning: cron runs the worker once.
    await runNotify({ smtpUrl: inbox.url, clock: "2025-01-30T07:00:00+01:00" });
    expect(reminders().map((m) => m.subject)).toEqual([
      "Påmindelse: evaluering 2024 skal afleveres senest 1. marts 2025 (om 30 dage)",
    ]);
    expect(reminders()[0]!.text).toContain(link);
    expect(reminders()[0]!.text).toContain("Du får denne mail, fordi du afleverer klyngekontorets evalueringer");
    // The same day again (a second cron run): nothing is sent twice.
    await runNotify({ smtpUrl: inbox.url, clock: "2025-01-30T15:00:00+01:00" });
    expect(reminders()).toHaveLength(1);

    // The office follows the link and hands in: a clear confirmation, no second form.
    await signIn(page, "we-build-denmark");
    await page.goto(link);
    await fillEvaluationForm(page, {
      figures: {
        "Antal virksomheder engageret": "85",
        "Heraf SMV'er": "60",
        "Antal arrangementer": "9",
        "Deltagere i arrangementer": "410",
        "Igangsatte samarbejdsprojekter": "3",
        "Tiltrukket ekstern finansiering (kr.)": "1.200.000",
      },
      summary: "Byggeriets klynge i Region Sjælland 2024.",
      report: pdfFile("wbd-evaluering-2024.pdf"),
    });
    await page.getByRole("button", { name: "Aflever evaluering" }).click();
    // The confirmation has focus (the keyboard and screen reader land on it), and is said once: the address that
    // asked for it (?afleveret=1) is taken out of the address, so a reload shows the page, not the confirmation.
    await expect(page.getByTestId("notice")).toContainText("Evalueringen er afleveret som version 1");
    await expect(page.getByTestId("notice")).toBeFocused();
    await expect(page).not.toHaveURL(/afleveret/);
    await expect(page.getByRole("button", { name: "Aflever evaluering" })).toHaveCount(0);
    await expect(page.getByLabel(/Evalueringsrapport/)).toHaveCount(0);
    await expectAccessible(page);

    // The secretariat is told, with the link to the evaluation.
    await runNotify({ smtpUrl: inbox.url });
    const submitted = inbox
      .to(address("sekretariat"))
      .filter((m) => m.subject === "Evaluering afleveret: We Build Denmark 2024 (version 1)");
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.text).toContain(link);

    // The secretariat returns it with a comment; the office is told, with the comment.
    await signIn(page, "sekretariat");
    await page.goto(link);
    await page.getByLabel("Send retur med bemærkninger").check();
    await page.getByLabel("Bemærkninger til klyngekontoret").fill("Tilføj antal deltagere pr. arrangement.");
    await page.getByRole("button", { name: "Gem behandling" }).click();
    await expect(page.getByTestId("notice")).toContainText("sendt retur");
    await runNotify({ smtpUrl: inbox.url });
    const returned = inbox.to(office).filter((m) => m.subject === "Evaluering 2024 sendt retur: We Build Denmark");
    expect(returned).toHaveLength(1);
    expect(returned[0]!.text).toContain("> Tilføj antal deltagere pr. arrangement.");
    expect(returned[0]!.text).toContain(link);
    expect(returned[0]!.html).toContain(`href="${link}"`);

    // The office's list says «Returneret» (not «Forsinket»), the comment one click away.
    await signIn(page, "we-build-denmark");
    const row = page.getByTestId(`evaluation-${officeId}-2024`);
    await expect(row.getByTestId("evaluation-status")).toHaveText("↩Returneret");
    await expect(row.getByText("Tilføj antal deltagere pr. arrangement.")).toBeHidden();
    await row.getByText("Se bemærkningen").click();
    await expect(row.getByText("Tilføj antal deltagere pr. arrangement.")).toBeVisible();
    await expectAccessible(page);
    // … and so does the secretariat's.
    await signIn(page, "sekretariat");
    await page.goto("/sekretariat/evalueringer");
    await expect(page.getByTestId(`evaluation-${officeId}-2024`).getByTestId("evaluation-status")).toHaveText(
      "↩Returneret",
    );
  });

  test("a contact whose share changes because of another municipality's «Nej» receives the before → after", async ({
    page,
  }) => {
    await signIn(page, "odsherred");
    await recordNoForLifeScience(page, "0306");
    await runNotify({ smtpUrl: inbox.url });
    const mails = inbox
      .to(address("greve"))
      .filter((m) => m.subject === "Ændret andel for Greve Kommune: Odsherred Kommunes beslutning («Nej»)");
    expect(mails).toHaveLength(1);
    const lines = queryRows<{ year: number; before: number; after: number }>(
      'SELECT s.year, l."previousAmount" AS before, l.amount AS after FROM "ShareSnapshotLine" l ' +
        'JOIN "ShareSnapshot" s ON s.id = l."snapshotId" JOIN "Municipality" m ON m.id = l."municipalityId" ' +
        'JOIN "CouncilDecision" d ON d.id = s."causeDecisionId" JOIN "Municipality" dm ON dm.id = d."municipalityId" ' +
        'WHERE m.code = ? AND dm.code = ? AND d."recordedAt" = (SELECT MAX(d2."recordedAt") FROM "CouncilDecision" d2 ' +
        'WHERE d2."municipalityId" = dm.id) ORDER BY s.year',
      "0253",
      "0306",
    );
    expect(lines.map((l) => Number(l.year))).toEqual([2021, 2022, 2023, 2024]);
    for (const line of lines) {
      expect(Number(line.after)).toBeGreaterThan(Number(line.before));
      expect(mails[0]!.text).toContain(
        `${LIFE_SCIENCE} ${line.year}: ${kroner(Number(line.before))} → ${kroner(Number(line.after))}`,
      );
    }
    expect(mails[0]!.text).toContain("Odsherred Kommunes beslutning er registreret: «Nej» til Life Science");
    // The link opens the history of the period the change is in (2021–2024), whichever period is current.
    const period = sjaellandPeriodId();
    const history = `${BASE_URL}/kommuner/0253/historik?periode=${period}`;
    expect(mails[0]!.text).toContain(history);
    // The link explains the change on the municipality's history.
    await signIn(page, "greve");
    await page.goto(history);
    await expect(page.getByTestId("share-change-row").first()).toContainText("Odsherred Kommune: Nej");
    // Odsherred decided itself: it is not told its own share changed.
    expect(inbox.to(address("odsherred")).filter((m) => m.subject?.includes("Odsherred Kommunes beslutning"))).toEqual(
      [],
    );
  });

  test("«Mine notifikationer»: a contact switches share changes off and gets none; by keyboard, accessible", async ({
    page,
  }) => {
    await signIn(page, "greve");
    await tabTo(page, page.getByRole("link", { name: "Mine notifikationer" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Mine notifikationer" })).toBeVisible();
    await expectAccessible(page);
    const shares = page.getByLabel(/Kommunens andel er ændret/);
    await expect(shares).toBeChecked();
    // Deadline reminders are required (by default): they cannot be switched off.
    await expect(page.getByLabel(/Påmindelse om fristen/)).toBeDisabled();
    await tabTo(page, shares);
    await page.keyboard.press("Space");
    await expect(shares).not.toBeChecked();
    await tabTo(page, page.getByRole("button", { name: "Gem mine valg" }));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("notice")).toHaveText("Dine valg er gemt.");

    // The secretariat records Stevns' «Nej» on its behalf: Stevns is told; Faxe's share moves, Greve's too — but
    // Greve asked not to be told.
    const greveBefore = inbox.to(address("greve")).length;
    await signIn(page, "sekretariat");
    await recordNoForLifeScience(page, "0336");
    await runNotify({ smtpUrl: inbox.url });
    expect(inbox.to(address("greve"))).toHaveLength(greveBefore);
    expect(inbox.to(address("faxe")).map((m) => m.subject)).toContain(
      "Ændret andel for Faxe Kommune: Stevns Kommunes beslutning («Nej»)",
    );
    expect(inbox.to(address("stevns")).map((m) => m.subject)).toContain(
      "KKR-sekretariatet har registreret en beslutning for Stevns Kommune",
    );

    await signIn(page, "greve");
    await page.goto("/notifikationer");
    await page.getByLabel(/Kommunens andel er ændret/).check();
    await page.getByRole("button", { name: "Gem mine valg" }).click();
    await expect(page.getByTestId("notice")).toHaveText("Dine valg er gemt.");
  });

  test("server down: «Udgående post» shows the SMTP error, «Send igen» delivers; Demopostkasse shows it", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    // Ringsted's «Nej» queues notices while the mail server is down.
    await signIn(page, "ringsted");
    const lifeScience = idOf("ClusterOffice", "slug = ?", "life-science-cluster");
    const version = countRows(
      'SELECT p.version AS n FROM "Participation" p JOIN "Municipality" m ON m.id = p."municipalityId" ' +
        'WHERE m.code = ? AND p."officeId" = ?',
      "0329",
      lifeScience,
    );
    const saved = await callAction(page.request, {
      page: "/kommuner/0329/beslutninger/ny",
      name: "submitDecision",
      args: ["0329", sjaellandPeriodId()],
      fields: {
        intent: "save",
        officeIds: [lifeScience],
        decision: "NO",
        effectiveFromYear: "2021",
        councilBody: "Byrådet",
        meetingDate: "2021-05-06",
        caseReference: "Punkt 14",
        [`version:${lifeScience}`]: String(version),
      },
    });
    expect(saved.outcome).toBe("done");
    const output = await runNotify({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}` });
    expect(output).toContain("Mailserveren kunne ikke nås");

    await signIn(page, "admin");
    await page.goto("/sekretariat"); // a fresh load: the keyboard starts at the top of the page
    await tabTo(page, page.getByRole("link", { name: "Udgående post" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Udgående post" })).toBeVisible();
    await expectAccessible(page);
    const failed = page
      .getByRole("region", { name: "Kræver opmærksomhed" })
      .getByTestId("outbox-row")
      .filter({ has: page.getByTestId("smtp-error").filter({ hasText: "ECONNREFUSED" }) })
      .first();
    await expect(failed).toBeVisible();
    const subject = await failed.getByRole("rowheader").innerText();
    const recipient = await failed.locator("td").first().innerText();
    const retry = failed.getByRole("button", { name: "Send igen" });
    await tabTo(page, retry, 120);
    await page.keyboard.press("Enter");
    await expect(failed.getByTestId("notice")).toHaveText("Beskeden sendes igen ved udsendelsens næste kørsel.");

    // The server is back: the next run delivers it.
    await runNotify({ smtpUrl: inbox.url });
    expect(inbox.to(recipient).map((m) => m.subject)).toContain(subject);

    // The demo mailbox: what the catcher received, readable in the app.
    await page.goto("/drift/udgaaende-post");
    await tabTo(page, page.getByRole("navigation", { name: "Drift" }).getByRole("link", { name: "Demopostkasse" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Demopostkasse" })).toBeVisible();
    const mail = page
      .getByTestId("demo-mailbox")
      .getByRole("listitem")
      .filter({ hasText: subject })
      .filter({ hasText: recipient })
      .first();
    await mail.getByText(subject).click();
    await expect(mail).toContainText(`Til ${recipient}`);
    await expect(mail.locator("pre")).toContainText("Du får denne mail, fordi");
    await expectAccessible(page);
  });
});
