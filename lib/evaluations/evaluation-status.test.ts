import { describe, expect, it } from "vitest";
import { canReview, canSubmit, displayStatus, isOverdue } from "./evaluation-status";

const due = new Date("2025-03-01T00:00:00Z");
const at = (iso: string) => new Date(iso);

describe("evaluation status", () => {
  it("is overdue only after the due date has passed, in Danish time, and only when not delivered", () => {
    expect(displayStatus({ status: "NOT_SUBMITTED", dueDate: due }, at("2025-03-01T22:30:00Z"))).toBe("NOT_SUBMITTED"); // 23:30 on 1 March in Denmark
    expect(displayStatus({ status: "NOT_SUBMITTED", dueDate: due }, at("2025-03-01T23:30:00Z"))).toBe("OVERDUE"); // 00:30 on 2 March
    // Returned and past the due date: late (the reminders go on), but shown as "Returneret" (issue 13).
    expect(isOverdue({ status: "RETURNED", dueDate: due }, at("2025-04-01T12:00:00Z"))).toBe(true);
    expect(displayStatus({ status: "RETURNED", dueDate: due }, at("2025-04-01T12:00:00Z"))).toBe("RETURNED");
    expect(isOverdue({ status: "SUBMITTED", dueDate: due }, at("2025-04-01T12:00:00Z"))).toBe(false);
    expect(displayStatus({ status: "SUBMITTED", dueDate: due }, at("2025-04-01T12:00:00Z"))).toBe("SUBMITTED");
    expect(displayStatus({ status: "APPROVED", dueDate: due }, at("2026-01-01T12:00:00Z"))).toBe("APPROVED");
  });
  it("allows submitting until approved, and reviewing only what was submitted", () => {
    expect(["NOT_SUBMITTED", "SUBMITTED", "RETURNED", "APPROVED"].map((s) => canSubmit(s as never))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(["NOT_SUBMITTED", "SUBMITTED", "RETURNED", "APPROVED"].map((s) => canReview(s as never))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });
});
