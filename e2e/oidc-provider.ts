/**
 * A REAL OpenID Connect provider on loopback for the organisation sign-in tests: `oidc-provider` (v9) with its
 * development login pages (any login name, any password; the login name becomes the e-mail claim). Its development
 * keys and in-memory store are fine for a test, and for nothing else.
 */
import type { Server } from "node:http";
import { BASE_URL } from "../playwright.config";

export const OIDC_CLIENT = { id: "klyngeportalen-e2e", secret: "e2e-only-oidc-client-secret-0123456789" };

export async function startOidcProvider(options: { port: number }) {
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(`http://127.0.0.1:${options.port}`, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${BASE_URL}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_context: unknown, id: string) {
      return {
        accountId: id,
        async claims() {
          return { sub: `sub-${id}`, email: id, email_verified: true, name: id };
        },
      };
    },
  });
  const server: Server = provider.listen(options.port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
