import { routeHandler } from "@/lib/http/route-handler";
import { requireEvaluationFile } from "@/lib/attachments/require-attachment";
import { attachmentResponse } from "@/lib/attachments/attachment-response";

/** Evaluation files. Municipal contacts get only the approved version's files, never earlier (returned) ones. */
export const GET = routeHandler(
  async (
    _request: Request,
    { params }: { params: Promise<{ officeId: string; year: string; attachmentId: string }> },
  ) => {
    const { user, attachment } = await requireEvaluationFile(await params);
    return attachmentResponse({ user, attachment });
  },
);
