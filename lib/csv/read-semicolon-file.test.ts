import { describe, expect, it } from "vitest";
import { decodeText, readSemicolonLines, splitSemicolonLine } from "./read-semicolon-file";

describe("decodeText", () => {
  it("drops a UTF-8 BOM and reads UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFKøge;Ærø"))).toBe("Køge;Ærø");
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8, including € – and curly quotes", () => {
    const bytes = new Uint8Array([0x4b, 0xf8, 0x67, 0x65, 0x20, 0x80, 0x96, 0x93, 0x94, 0xc5]);
    expect(decodeText(bytes)).toBe("Køge €–“”Å");
  });
});

describe("splitSemicolonLine", () => {
  it.each([
    ["Faxe;2025K1;37000", ["Faxe", "2025K1", "37000"]],
    [' "Faxe" ; "2025K1";37000 ', ["Faxe", "2025K1", "37000"]],
    ['"Faxe; Kommune";"sagt ""ja""";', ["Faxe; Kommune", 'sagt "ja"', ""]],
    ["", [""]],
  ])("splits %j", (line, cells) => {
    expect(splitSemicolonLine(line)).toEqual(cells);
  });
});

describe("readSemicolonLines", () => {
  it("numbers lines as an editor does, whatever the line ends, and leaves out blank lines", () => {
    const lines = readSemicolonLines(new TextEncoder().encode("a;b\r\n\r\nc;d\ne;f\rg;h\n"));
    expect(lines.map((l) => [l.line, l.cells])).toEqual([
      [1, ["a", "b"]],
      [3, ["c", "d"]],
      [4, ["e", "f"]],
      [5, ["g", "h"]],
    ]);
  });
});
