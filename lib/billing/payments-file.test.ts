import { describe, expect, it } from "vitest";
import { parseDanishDate, parsePaymentsFile, parseWholeKroner } from "./payments-file";

/** The day of the import: payments after it are refused. */
const TODAY = "2026-12-07";
const HEADER = "Kommunekode;Klyngekontor;År;Fakturanummer;Fakturadato;Forfaldsdato;Betalt beløb;Betalingsdato";
const file = (lines: string[], { bom = true, eol = "\r\n" } = {}) =>
  new TextEncoder().encode((bom ? "\uFEFF" : "") + lines.join(eol) + eol);

/** The same file as Excel on Danish Windows saves it: Windows-1252, so "År" and "beløb" are single bytes. */
function windows1252(text: string) {
  return Uint8Array.from([...text].map((c) => ({ Å: 0xc5, ø: 0xf8, æ: 0xe6 })[c] ?? c.charCodeAt(0)));
}

describe("the payments file", () => {
  it("reads a finance system's export: invoices with and without payments, part payments, Danish formats", () => {
    const result = parsePaymentsFile(
      file([
        HEADER,
        "0320;clean;2021;F-2021-17;15-03-2021;15-04-2021;24.512,00;10-04-2021",
        "320;CLEAN – Danmarks Miljøteknologiklynge;2021;F-2021-18;15.03.2021;15.04.2021;;",
        "0253;we-build-denmark;2021;F-2021-19;2021-03-15;2021-04-15;10000;2021-04-01",
        "0253;we-build-denmark;2021;F-2021-19;2021-03-15;2021-04-15;23.408;2021-05-02",
      ]),
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          municipalityCode: "0320",
          office: "clean",
          year: 2021,
          reference: "F-2021-17",
          invoiceDate: "2021-03-15",
          dueDate: "2021-04-15",
          payment: { amount: 24_512, paidDate: "2021-04-10" },
        },
        expect.objectContaining({ line: 3, municipalityCode: "0320", payment: null, invoiceDate: "2021-03-15" }),
        expect.objectContaining({ line: 4, payment: { amount: 10_000, paidDate: "2021-04-01" } }),
        expect.objectContaining({ line: 5, payment: { amount: 23_408, paidDate: "2021-05-02" } }),
      ],
    });
  });

  it("reads the same file saved as Windows-1252 with LF line ends", () => {
    const text = [HEADER, "0320;clean;2021;F-1;15-03-2021;15-04-2021;100;10-04-2021"].join("\n") + "\n";
    const result = parsePaymentsFile(windows1252(text), TODAY);
    expect(result.ok && result.rows[0]?.payment).toEqual({ amount: 100, paidDate: "2021-04-10" });
  });

  it("refuses a file with bad rows with one Danish line per row, naming the line", () => {
    const result = parsePaymentsFile(
      file([
        HEADER,
        "0320;clean;2021;F-1;15-03-2021;15-04-2021;24.512;10-04-2021",
        "ABC;clean;2021;F-2;31-02-2021;15-04-2021;1.234,50;",
        "0320;;20x1;;15-03-2021;01-03-2021;;10-04-2021",
        "0320;clean;2021;F-1;15-03-2021;15-04-2021;24.512;10-04-2021",
      ]),
      TODAY,
    );
    expect(result).toMatchObject({
      ok: false,
      problems: [
        "Linje 3: kommunekoden «ABC» skal være 3 eller 4 cifre; fakturadatoen «31-02-2021» er ikke en dato; beløbet «1.234,50» er ikke et beløb i hele kroner; beløbet står der, men betalingsdatoen mangler.",
        "Linje 4: klyngekontoret mangler; året «20x1» er ikke et årstal; fakturanummeret mangler; forfaldsdatoen ligger før fakturadatoen; betalingsdatoen står der, men beløbet mangler.",
        "Linje 5: samme række som linje 2.",
      ],
    });
    // The good row is handed on, so the import can check it against the period in the same round.
    expect(!result.ok && result.rows?.map((row) => row.line)).toEqual([2]);
  });

  it("refuses a payment dated after the day of the import, and takes one dated that day", () => {
    const result = parsePaymentsFile(
      file([
        HEADER,
        "0320;clean;2026;F-1;15-11-2026;15-12-2026;24.512;07-12-2026",
        "0253;clean;2026;F-2;15-11-2026;15-12-2026;10.000;15-12-2026",
      ]),
      TODAY,
    );
    expect(result).toMatchObject({
      ok: false,
      problems: ["Linje 3: betalingsdatoen «15-12-2026» ligger i fremtiden."],
    });
    expect(!result.ok && result.rows?.map((row) => row.line)).toEqual([2]);
  });

  it("refuses a row with invisible characters (a right-to-left override turned the invoice number around)", () => {
    const result = parsePaymentsFile(file([HEADER, "0320;clean;2021;F-\u202E2021-1;15-03-2021;15-04-2021;;"]), TODAY);
    expect(result).toMatchObject({
      ok: false,
      problems: ["Linje 2: rækken indeholder usynlige tegn, der ikke kan gemmes."],
    });
  });

  it("names the missing columns and refuses an empty file", () => {
    expect(parsePaymentsFile(file(["Kommunekode;År;Beløb", "0320;2021;100"]), TODAY)).toEqual({
      ok: false,
      problems: [
        "Linje 1: overskriften mangler «Klyngekontor», «Fakturanummer», «Fakturadato», «Forfaldsdato», «Betalt beløb», «Betalingsdato». Forventet: Kommunekode;Klyngekontor;År;Fakturanummer;Fakturadato;Forfaldsdato;Betalt beløb;Betalingsdato.",
      ],
    });
    expect(parsePaymentsFile(new Uint8Array(), TODAY)).toEqual({ ok: false, problems: ["Filen er tom."] });
    expect(parsePaymentsFile(file([HEADER]), TODAY)).toEqual({
      ok: false,
      problems: ["Filen har ingen rækker under overskriften."],
    });
  });

  it("reads dates and amounts as people write them, and nothing else", () => {
    expect(parseDanishDate("1-4-2021")).toBe("2021-04-01");
    expect(parseDanishDate("29.02.2024")).toBe("2024-02-29");
    expect(parseDanishDate("29.02.2023")).toBeUndefined();
    expect(parseDanishDate("2021/04/01")).toBeUndefined();
    expect(parseWholeKroner("1.234.567")).toBe(1_234_567);
    expect(parseWholeKroner("1234567,00")).toBe(1_234_567);
    expect(parseWholeKroner("24.512 kr.")).toBe(24_512);
    expect(parseWholeKroner("1.234,5")).toBeUndefined();
    expect(parseWholeKroner("12.34")).toBeUndefined();
    expect(parseWholeKroner("-100")).toBeUndefined();
  });
});
