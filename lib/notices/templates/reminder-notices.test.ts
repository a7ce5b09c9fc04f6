import { describe, expect, it } from "vitest";
import { decisionReminderMail } from "./reminder-notices";

const base = {
  municipality: { name: "Greve", code: "0253" },
  deadline: new Date("2025-03-31T12:00:00Z"),
  periodId: "p1",
  required: false,
};

describe("the decision reminder", () => {
  it("names the office in the subject when one is undecided, and lists it with its years", () => {
    const mail = decisionReminderMail({ ...base, daysLeft: -3, offices: [{ name: "CLEAN", years: "2025–2028" }] });
    expect(mail.subject).toBe("Fristen for beslutningen om CLEAN er overskredet (31. marts 2025)");
    expect(mail.text).toContain("- CLEAN (2025–2028)");
  });

  it("counts the offices in the subject when more are undecided, and lists each", () => {
    const mail = decisionReminderMail({
      ...base,
      daysLeft: 7,
      offices: [
        { name: "CLEAN", years: "2025–2028" },
        { name: "We Build Denmark", years: "2026–2028" },
      ],
    });
    expect(mail.subject).toBe(
      "Påmindelse: beslutningen om 2 klyngekontorer skal registreres senest 31. marts 2025 (om 7 dage)",
    );
    expect(mail.text).toContain("- We Build Denmark (2026–2028)");
  });
});
