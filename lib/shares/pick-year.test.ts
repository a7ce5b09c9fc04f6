import { describe, expect, it } from "vitest";
import { pickYear } from "./pick-year";

const years = [2021, 2022, 2023, 2024];
const notFound = (requested: string) => {
  try {
    pickYear(years, requested);
    return "shown";
  } catch (error) {
    return String((error as { digest?: string }).digest).startsWith("NEXT_HTTP_ERROR_FALLBACK;404") ? "404" : "error";
  }
};

describe("the year a page shows", () => {
  it("is the one asked for, or without ?aar= the current year (else the first)", () => {
    expect(pickYear(years, "2022")).toBe(2022);
    expect(pickYear(years, undefined, new Date("2023-06-01"))).toBe(2023);
    expect(pickYear(years, "", new Date("2030-06-01"))).toBe(2021);
  });
  it("is never silently another year: a malformed or unknown ?aar= is a 404", () => {
    expect(["abc", "2021.5", "2030", "0x7E5", " 2022 "].map(notFound)).toEqual(["404", "404", "404", "404", "shown"]);
  });
});
