import { describe, expect, it } from "vitest";
import { downloadName } from "./download-name";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("download names (issue 14, finding 6)", () => {
  it("take the extension from the type detected at upload, never the uploader's", () => {
    expect(downloadName("rapport.html", "application/pdf")).toBe("rapport.pdf");
    expect(downloadName("evil.exe", DOCX)).toBe("evil.docx");
    expect(downloadName("referat.pdf", "application/pdf")).toBe("referat.pdf");
  });
  it("keep no path, quotes or control characters, and never end up empty", () => {
    expect(downloadName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(downloadName('a"b\u0000c.pdf', "application/pdf")).toBe("abc.pdf");
    expect(downloadName(".html", "application/pdf")).toBe("dokument.pdf");
  });
});
