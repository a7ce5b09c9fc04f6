import { db } from "@/lib/db";
import { fileResponse, notFoundResponse, userForRoute } from "@/lib/auth/route-access";
import { readUpload } from "@/lib/files/upload-store";

/** Council minutes: only for users who may see this municipality, and only minutes of its own decisions. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; attachmentId: string }> }) {
  const { code, attachmentId } = await params;
  const municipality = await db.municipality.findUnique({ where: { code } });
  if (!municipality || !(await userForRoute("municipality.view", { municipalityId: municipality.id })))
    return notFoundResponse();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, kind: "COUNCIL_MINUTES", decisions: { some: { municipalityId: municipality.id } } },
  });
  if (!attachment) return notFoundResponse();
  const bytes = await readUpload(attachment.storageKey).catch(() => null);
  if (!bytes) return notFoundResponse();
  return fileResponse(bytes, attachment.contentType, attachment.fileName);
}
