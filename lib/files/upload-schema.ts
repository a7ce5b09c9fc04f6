/**
 * Uploads as zod fields, so a form's files are checked by the same schema on the client (before sending) and on
 * the server, by content (lib/files/check-upload.ts). The parsed value is the file's bytes and detected type.
 */
import { z } from "../validation/zod";
import { checkAppendix, checkPdf, type UploadCheck } from "./check-upload";

export type UploadedFile = { fileName: string; bytes: Uint8Array; contentType: string; extension: string };

function checkedFile(check: (bytes: Uint8Array, file: File) => UploadCheck, missing: string) {
  return z.instanceof(File, { error: missing }).transform(async (file, ctx): Promise<UploadedFile> => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = check(bytes, file);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return { fileName: file.name, bytes, contentType: result.contentType, extension: result.extension };
  });
}

/** A PDF; `what` names it in messages ("referatet", "evalueringsrapporten"). */
export const pdfUpload = (what: string) =>
  checkedFile((bytes) => checkPdf(bytes.subarray(0, 8), bytes.byteLength, what), `Vælg ${what} som PDF-fil.`);

/** A PDF, DOCX or XLSX appendix; the message names the file. */
export const appendixUpload = () =>
  checkedFile((bytes, file) => {
    const result = checkAppendix(bytes, bytes.byteLength);
    return result.ok ? result : { ok: false, message: `${file.name}: ${result.message}` };
  }, "Vælg et bilag.");
