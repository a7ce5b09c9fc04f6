import { describe, expect, it } from "vitest";
import { beforeBucket, daysUntil, isoWeek, overdueBucket } from "./reminder-buckets";

const due = new Date("2025-03-01T00:00:00Z"); // due dates are stored as midnight UTC of the day
const at = (iso: string) => new Date(iso);

describe("reminder buckets", () => {
  it("counts Danish calendar days to the due date", () => {
    expect(daysUntil(due, at("2025-01-30T08:00:00+01:00"))).toBe(30);
    expect(daysUntil(due, at("2025-03-01T23:30:00+01:00"))).toBe(0);
    expect(daysUntil(due, at("2025-03-01T23:30:00Z"))).toBe(-1); // 00:30 on 2 March in Denmark
    expect(daysUntil(new Date("2025-04-01T00:00:00Z"), at("2025-03-29T12:00:00+01:00"))).toBe(3); // across DST
  });

  it("sends 60, 30 and 7 days before — only the newest threshold reached", () => {
    const thresholds = [60, 30, 7];
    expect([61, 60, 45, 31, 30, 9, 8, 7, 1, 0, -1].map((d) => beforeBucket(d, thresholds))).toEqual([
      null,
      "d60",
      "d60",
      "d60",
      "d30",
      "d30",
      "d30",
      "d7",
      "d7",
      "d7",
      null,
    ]);
  });

  it("is overdue once on the first day late, then once a week", () => {
    expect([0, -1, -7, -8, -14, -15, -100].map(overdueBucket)).toEqual([
      null,
      "overdue-w0",
      "overdue-w0",
      "overdue-w1",
      "overdue-w1",
      "overdue-w2",
      "overdue-w14",
    ]);
  });

  it("names ISO weeks in Danish time (the weekly digest's bucket)", () => {
    expect(isoWeek(at("2025-02-20T09:00:00+01:00"))).toBe("2025-W08");
    expect(isoWeek(at("2025-02-23T23:30:00Z"))).toBe("2025-W09"); // Monday 00:30 in Denmark
    expect(isoWeek(at("2024-12-30T12:00:00Z"))).toBe("2025-W01");
    expect(isoWeek(at("2021-01-03T12:00:00Z"))).toBe("2020-W53");
  });
});
