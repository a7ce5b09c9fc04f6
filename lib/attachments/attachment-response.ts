/**
 * Serves an uploaded file to a user who passed its scoped loader: the bytes, a download name whose extension
 * comes from the type detected at upload (never the uploader's: a "rapport.html" is served as a .pdf), and an
 * audit row of the read (Datatilsynet's logging catalogue: reads of documents that may hold personal data).
 */
import "server-only";
import path from "node:path";
import { db } from "../db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fileResponse } from "../files/file-response";
import { readUpload } from "../files/upload-store";
import { notFound } from "next/navigation";

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

/** "rapport.html" stored as a PDF → "rapport.pdf"; an empty or odd stem → "dokument.pdf". */
export function downloadName(fileName: string, contentType: string): string {
  const extension = EXTENSIONS[contentType] ?? "bin";
  const stem = path
    .basename(fileName)
    .replace(/\.[^.]*$/, "")
    .replace(/[\u0000-\u001f\u007f"\\/]/g, "")
    .trim();
  return `${stem.slice(0, 150) || "dokument"}.${extension}`;
}

export async function attachmentResponse(options: {
  user: { id: string };
  attachment: { id: string; storageKey: string; contentType: string; fileName: string; kind: string };
}) {
  const { user, attachment } = options;
  const bytes = await readUpload(attachment.storageKey).catch(() => null);
  if (!bytes) notFound();
  await recordAuditEvent(db, {
    actorId: user.id,
    action: "attachment.downloaded",
    entityType: "Attachment",
    entityId: attachment.id,
    after: { kind: attachment.kind },
  });
  return fileResponse(bytes, attachment.contentType, downloadName(attachment.fileName, attachment.contentType));
}
