import { afterEach, describe, expect, it } from "vitest";
import { composeMail } from "./mail-layout";
import { evaluationReviewedMail } from "./templates/evaluation-notices";

const NEXTAUTH_URL = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = NEXTAUTH_URL;
});

describe("the mail layout", () => {
  it("links to the exact page, says why, and how to switch it off", () => {
    process.env.NEXTAUTH_URL = "https://klynge.kkr.dk/";
    const mail = composeMail({
      kind: "EVALUATION_SUBMITTED",
      required: false,
      subject: "Evaluering afleveret",
      greeting: "Kære KKR-sekretariat",
      blocks: [{ text: "CLEAN har afleveret." }, { list: ["a", "b"] }],
      link: { path: "/klyngekontorer/x/evalueringer/2024", label: "Behandl evalueringen" },
    });
    expect(mail.text).toContain("Behandl evalueringen:\nhttps://klynge.kkr.dk/klyngekontorer/x/evalueringer/2024");
    expect(mail.text).toContain("- a\n- b");
    expect(mail.text).toContain("Du får denne mail, fordi du er i KKR-sekretariatet");
    expect(mail.text).toContain("https://klynge.kkr.dk/notifikationer");
    expect(mail.html).toContain('<a href="https://klynge.kkr.dk/klyngekontorer/x/evalueringer/2024">');
    expect(mail.html).toContain('<html lang="da">');
  });

  it("escapes what people typed in the HTML part, and keeps it as typed in the text part", () => {
    const mail = evaluationReviewedMail({
      officeId: "x",
      officeName: "Food & Bio",
      year: 2024,
      outcome: "RETURNED",
      comment: 'Se <script>alert("x")</script> & ret',
      required: true,
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ret");
    expect(mail.text).toContain('> Se <script>alert("x")</script> & ret');
    // Required: no way to switch it off is offered.
    expect(mail.text).toContain("kan ikke slås fra");
    expect(mail.text).not.toContain("/notifikationer");
  });
});
