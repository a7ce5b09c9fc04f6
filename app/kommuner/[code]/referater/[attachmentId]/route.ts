import { routeHandler } from "@/lib/http/route-handler";
import { requireMinutes } from "@/lib/attachments/require-attachment";
import { attachmentResponse } from "@/lib/attachments/attachment-response";

/** Council minutes: only for users who may see this municipality, and only minutes of its own decisions. */
export const GET = routeHandler(
  async (_request: Request, { params }: { params: Promise<{ code: string; attachmentId: string }> }) => {
    const { user, attachment } = await requireMinutes(await params);
    return attachmentResponse({ user, attachment });
  },
);
