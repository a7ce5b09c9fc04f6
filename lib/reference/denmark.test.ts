import { describe, expect, it } from "vitest";
import {
  findMunicipalityByCode,
  findMunicipalityByName,
  findRegion,
  municipalities,
  municipalitiesOfRegion,
  municipalityNameKey,
  regions,
} from "./denmark";
import regionData from "../../prisma/seed/region-sjaelland-2021.json";

describe("the reference data", () => {
  it("has the 5 regions with their KKR and the 98 municipalities, 4-digit codes in code order", () => {
    expect(regions.map((r) => [r.code, r.kkrName])).toEqual([
      ["1081", "KKR Nordjylland"],
      ["1082", "KKR Midtjylland"],
      ["1083", "KKR Syddanmark"],
      ["1084", "KKR Hovedstaden"],
      ["1085", "KKR Sjælland"],
    ]);
    expect(municipalities).toHaveLength(98);
    expect(municipalities.every((m) => /^\d{4}$/.test(m.code) && findRegion(m.regionCode))).toBe(true);
    const codes = municipalities.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
    expect(municipalities[0]).toEqual({ code: "0101", name: "København", regionCode: "1084" });
    expect(findMunicipalityByCode("320")).toEqual({ code: "0320", name: "Faxe", regionCode: "1085" });
  });

  it("agrees with the seed's Region Sjælland: the same 17 codes and names", () => {
    const seeded = regionData.municipalities.map((m) => [m.code, m.name]).sort();
    expect(municipalitiesOfRegion("1085").map((m) => [m.code, m.name])).toEqual(seeded);
  });

  it("counts 29 + 17 + 22 + 19 + 11 municipalities per region (Hovedstaden … Nordjylland)", () => {
    expect(["1084", "1085", "1083", "1082", "1081"].map((code) => municipalitiesOfRegion(code).length)).toEqual([
      29, 17, 22, 19, 11,
    ]);
  });

  it("gives every municipality its own name key, so no spelling tolerance can confuse two of them", () => {
    const keys = new Set(municipalities.map((m) => municipalityNameKey(m.name)));
    expect(keys.size).toBe(98);
    for (const m of municipalities) expect(findMunicipalityByName(m.name)).toBe(m);
  });
});

describe("finding a municipality by name", () => {
  const cases: [string, string][] = [
    ["Nordfyns", "0480"],
    ["Nordfyn", "0480"],
    ["Nordfyn Kommune", "0480"],
    ["Vesthimmerlands", "0820"],
    ["Vesthimmerland", "0820"],
    ["Aarhus", "0751"],
    ["Århus", "0751"],
    ["ÅRHUS KOMMUNE", "0751"],
    ["København", "0101"],
    ["Københavns Kommune", "0101"],
    ["  københavn  ", "0101"],
    ["Høje-Taastrup", "0169"],
    ["Høje Taastrup", "0169"],
    ["Høje-Tåstrup", "0169"],
    ["Lyngby-Taarbæk", "0173"],
    ["Ringkøbing-Skjern", "0760"],
    ["Ikast-Brande", "0756"],
    ["Faaborg-Midtfyn", "0430"],
    ["Fåborg-Midtfyn", "0430"],
    ["Brønderslev", "0810"],
    ["Brønderslev-Dronninglund", "0810"],
    ["Bornholm", "0400"],
    ["Bornholms Regionskommune", "0400"],
    ["Frederiksberg", "0147"],
    ["Aabenraa", "0580"],
    ["Ærø", "0492"],
  ];
  it.each(cases)("finds «%s» as %s", (name, code) => {
    expect(findMunicipalityByName(name)?.code).toBe(code);
  });

  it.each(["Nordfynn", "Christiansø", "Hele landet", "Region Sjælland", "Kommune", "", "Frederiks"])(
    "knows no municipality called «%s»",
    (name) => {
      expect(findMunicipalityByName(name)).toBeUndefined();
    },
  );

  it("takes codes with or without the leading zero, and nothing else", () => {
    expect(findMunicipalityByCode("101")?.name).toBe("København");
    expect(findMunicipalityByCode("0101")?.name).toBe("København");
    expect(findMunicipalityByCode("411")).toBeUndefined(); // Christiansø: outside the municipal division
    expect(findMunicipalityByCode("85")).toBeUndefined();
    expect(findMunicipalityByCode("10 1")).toBeUndefined();
    expect(findMunicipalityByCode("00101")).toBeUndefined();
  });
});
