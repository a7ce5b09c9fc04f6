/**
 * Uploaded files are checked by their content, never by their name or the browser's claimed type.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const SIGNATURES = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // "%PDF-"
  // DOCX and XLSX are ZIP containers ("PK\x03\x04"); told apart by their content (the part names inside).
  zip: [0x50, 0x4b, 0x03, 0x04],
} as const;

export type UploadCheck = { ok: true; contentType: string; extension: string } | { ok: false; message: string };

function startsWith(head: Uint8Array, bytes: readonly number[]) {
  return bytes.every((byte, index) => head[index] === byte);
}

/** `what` names the document in the refusal: "Vælg referatet som PDF-fil." */
export function checkPdf(head: Uint8Array, size: number, what = "filen"): UploadCheck {
  if (size === 0) return { ok: false, message: "Filen er tom." };
  if (size > MAX_UPLOAD_BYTES) return { ok: false, message: "Filen er for stor. Den må højst fylde 20 MB." };
  if (!startsWith(head, SIGNATURES.pdf))
    return { ok: false, message: `Filen er ikke en PDF. Vælg ${what} som PDF-fil.` };
  return { ok: true, contentType: "application/pdf", extension: "pdf" };
}

/** Appendices: PDF, or an Office Open XML document (a ZIP holding word/document.xml or xl/workbook.xml). */
export function checkAppendix(bytes: Uint8Array, size: number): UploadCheck {
  if (size === 0) return { ok: false, message: "Bilaget er tomt." };
  if (size > MAX_UPLOAD_BYTES) return { ok: false, message: "Bilaget er for stort. Det må højst fylde 20 MB." };
  if (startsWith(bytes, SIGNATURES.pdf)) return { ok: true, contentType: "application/pdf", extension: "pdf" };
  if (startsWith(bytes, SIGNATURES.zip)) {
    const text = new TextDecoder("latin1").decode(bytes); // works in the browser and on the server
    if (text.includes("word/document.xml")) {
      return {
        ok: true,
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        extension: "docx",
      };
    }
    if (text.includes("xl/workbook.xml")) {
      return {
        ok: true,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        extension: "xlsx",
      };
    }
  }
  return { ok: false, message: "Bilag skal være PDF, Word (DOCX) eller Excel (XLSX)." };
}
