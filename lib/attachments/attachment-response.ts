/**
 * Serves an uploaded file to a user who passed its scoped loader: the bytes, a download name whose extension
 * comes from the type detected at upload (never the uploader's: a "rapport.html" is served as a .pdf), and an
 * audit row of the read (Datatilsynet's logging catalogue: reads of documents that may hold personal data).
 */
import "server-only";
import { db } from "../db";
import { recordAuditEvent } from "../audit/record-audit-event";
import { fileResponse } from "../files/file-response";
import { readUpload } from "../files/upload-store";
import { downloadName } from "../files/download-name";
import { notFound } from "next/navigation";

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
