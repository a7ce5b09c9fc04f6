/** Route handlers answer 404 (never a redirect or 403) to anyone without the permission and scope. */
import "server-only";
import { can, type Permission, type Scope } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export async function userForRoute(permission: Permission, scope: Scope = {}): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && can(user, permission, scope) ? user : null;
}

export const notFoundResponse = () =>
  new Response("Ikke fundet", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function fileResponse(body: Uint8Array | string, contentType: string, fileName: string): Response {
  const asciiName = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
