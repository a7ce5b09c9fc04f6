import path from "node:path";

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

/**
 * The name a download is served under: the uploader's stem with the extension of the type detected at upload
 * (lib/files/check-upload.ts), never the uploader's extension — "rapport.html" stored as a PDF → "rapport.pdf";
 * an empty or odd stem → "dokument.pdf".
 */
export function downloadName(fileName: string, contentType: string): string {
  const extension = EXTENSIONS[contentType] ?? "bin";
  const stem = path
    .basename(fileName)
    .replace(/\.[^.]*$/, "")
    .replace(/[\u0000-\u001f\u007f"\\/]/g, "")
    .trim();
  return `${stem.slice(0, 150) || "dokument"}.${extension}`;
}
