/**
 * Bytes → numbered lines of semicolon-separated cells. Statistics Denmark delivers UTF-8 with a BOM; the same
 * file saved again in Excel on Danish Windows is Windows-1252. Both must give the same Ø, æ and å.
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Windows-1252 bytes 0x80–0x9F. Node 20.18.3+ decodes "windows-1252" as Latin-1, which turns these into C1
 * control characters (nodejs/node#56542, #60888); the WHATWG table is applied here so € – " " come out right.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("windows-1252")
      .decode(body)
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
  }
}

/**
 * One line's cells, trimmed. A cell may be quoted ("…", with "" for a quote inside), as a spreadsheet writes it
 * when a value contains a semicolon. Statistics Denmark's own files are not quoted.
 */
export function splitSemicolonLine(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = "";
    while (text[i] === " " || text[i] === "\t") i++;
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        cell += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < text.length && text[i] !== ";") cell += text[i++];
    cells.push(cell.trim());
    if (i >= text.length) return cells;
    i++;
  }
}

export type SemicolonLine = { line: number; text: string; cells: string[] };

/** The non-blank lines (CRLF, LF or CR), numbered from 1 as an editor shows them. */
export function readSemicolonLines(bytes: Uint8Array): SemicolonLine[] {
  return decodeText(bytes)
    .split(/\r\n|\n|\r/)
    .map((text, index) => ({ line: index + 1, text: text.trim(), cells: splitSemicolonLine(text) }))
    .filter((l) => l.text !== "");
}
