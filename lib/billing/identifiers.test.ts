import { describe, expect, it } from "vitest";
import { cvrField, eanField, isValidCvr, isValidEan } from "./identifiers";

describe("CVR numbers", () => {
  it("accepts numbers of the form Danish municipalities have", () => {
    // 2·2 + 9·7 + 1·6 + 8·5 + 8·4 + 9·3 + 5·2 + 5·1 = 187 = 17·11
    expect(isValidCvr("29188955")).toBe(true);
    // 2·2 + 9·7 + 1·6 + 8·5 + 9·4 + 4·3 + 0·2 + 4·1 = 165 = 15·11
    expect(isValidCvr("29189404")).toBe(true);
    expect(cvrField.parse(" 29 18 89 55 ")).toBe("29188955");
    expect(cvrField.parse("")).toBeNull();
  });

  it("refuses a typo, a swap of two digits, a wrong length and letters — in Danish", () => {
    expect(isValidCvr("29188956")).toBe(false); // last digit mistyped
    expect(isValidCvr("29189855")).toBe(false); // two digits swapped
    expect(isValidCvr("01234567")).toBe(false); // never starts with 0
    const message = (value: string) => cvrField.safeParse(value).error?.issues[0]?.message;
    expect(message("29188956")).toBe("CVR-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl.");
    expect(message("2918895")).toBe("CVR-nummeret skal være 8 cifre.");
    expect(message("DK29188955")).toBe("CVR-nummeret skal være 8 cifre.");
  });
});

describe("EAN numbers", () => {
  it("accepts GS1's check digit", () => {
    // 4·1 + 0·3 + 0·1 + 6·3 + 3·1 + 8·3 + 1·1 + 3·3 + 3·1 + 3·3 + 9·1 + 3·3 = 89 → check digit 1
    expect(isValidEan("4006381333931")).toBe(true);
    // a public-sector location number as the Danish EAN register has them (5798…)
    expect(isValidEan("5798007882006")).toBe(true);
    expect(eanField.parse("5798-0078-82006")).toBe("5798007882006");
  });

  it("refuses a wrong check digit and a wrong length — in Danish", () => {
    expect(isValidEan("4006381333932")).toBe(false);
    expect(isValidEan("5798007882060")).toBe(false); // the last two digits swapped
    const message = (value: string) => eanField.safeParse(value).error?.issues[0]?.message;
    expect(message("5798007882007")).toBe(
      "EAN-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl.",
    );
    expect(message("579800788200")).toBe("EAN-nummeret skal være 13 cifre.");
  });
});
