import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readUpload } from "@/lib/files/upload-store";

const notFound = () => new Response("Ikke fundet", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Council minutes: only for users who may see this municipality, and only minutes of its own decisions. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; attachmentId: string }> }) {
  const { code, attachmentId } = await params;
  const user = await getSessionUser();
  if (!user) return notFound();
  const municipality = await db.municipality.findUnique({ where: { code } });
  if (!municipality || !can(user, "municipality.view", { municipalityId: municipality.id })) return notFound();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, kind: "COUNCIL_MINUTES", decisions: { some: { municipalityId: municipality.id } } },
  });
  if (!attachment) return notFound();
  const bytes = await readUpload(attachment.storageKey).catch(() => null);
  if (!bytes) return notFound();
  const asciiName = attachment.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
