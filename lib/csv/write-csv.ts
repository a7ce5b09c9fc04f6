/**
 * CSV for Danish Excel and finance systems: semicolon-separated, UTF-8 with BOM, CRLF; a cell with a semicolon,
 * quote or line break is quoted. Amounts go in as whole numbers (no thousands separator, so Excel reads numbers).
 */
function cell(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(lines: readonly (readonly (string | number)[])[]): string {
  return "\uFEFF" + lines.map((line) => line.map(cell).join(";")).join("\r\n") + "\r\n";
}
