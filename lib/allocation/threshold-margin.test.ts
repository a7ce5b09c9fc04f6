import { describe, expect, it } from "vitest";
import { noMargin } from "./threshold-margin";

describe("noMargin", () => {
  it("counts the Nej an office can still absorb", () => {
    expect(noMargin({ yes: 16, pending: 0, required: 14 })).toBe(2);
    expect(noMargin({ yes: 10, pending: 4, required: 14 })).toBe(0); // one more Nej reduces the total
    expect(noMargin({ yes: 13, pending: 0, required: 14 })).toBe(-1); // already reduced
  });
});
