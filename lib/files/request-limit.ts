/**
 * The largest request the app accepts: a form with files — each file at most MAX_UPLOAD_BYTES (20 MB,
 * lib/files/check-upload.ts), all of it together at most MAX_REQUEST_BYTES. proxy.ts refuses a larger body early,
 * from its declared length or, for a body sent without one, while it streams in, with a Danish message; nothing
 * is parsed or stored. next.config.js sets Next's own limits from the same number (a unit test keeps them equal).
 */
export const MAX_REQUEST_BYTES = 30 * 1024 * 1024;

export const REQUEST_TOO_LARGE =
  "Forsendelsen er for stor, og intet er gemt. Hver fil må højst fylde 20 MB, og det hele højst 30 MB.";

/** True when the body is larger than the limit: the declared length, or the bytes counted as they arrive. */
export async function bodyTooLarge(request: Request, limit = MAX_REQUEST_BYTES): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return !/^\d+$/.test(declared) || Number(declared) > limit;
  if (!request.body) return false;
  let seen = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      seen += value.byteLength;
      if (seen > limit) return true;
    }
  } finally {
    reader.releaseLock();
  }
}
