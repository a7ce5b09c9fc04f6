/**
 * Organisation sign-in with OpenID Connect, beside the password (docs/decisions/0012-trust-part-two.md).
 * Configured by environment (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET; optional OIDC_MATCH_CLAIM and
 * OIDC_LABEL). A person signed in at their organisation is matched by the claim (default `email`) to an EXISTING,
 * ACTIVE user: nobody is created and nobody is given a role by signing in. Everything else is refused in Danish on
 * the sign-in page.
 */
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import type { Database } from "../db/create-client";
import type { SignedInUser } from "./authenticate";
import { recordAuditEvent } from "../audit/record-audit-event";
import { auditSignInFailure } from "./audit-sign-in-failure";

export const OIDC_PROVIDER_ID = "oidc";
const DEFAULT_LABEL = "Log ind med din organisation";

export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; claim: string; label: string };

/** The settings, or null when organisation sign-in is not configured. */
export function oidcSettings(env: Record<string, string | undefined> = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    claim: env.OIDC_MATCH_CLAIM?.trim() || "email",
    label: env.OIDC_LABEL?.trim() || DEFAULT_LABEL,
  };
}

export type OidcRefusal = "OidcUnknown" | "OidcInactive";
/** What the provider's profile step hands on: our user, or why there is none. */
export type OidcProfile = SignedInUser & { refusal?: OidcRefusal };

export async function matchOidcUser(options: {
  db: Database;
  claims: Record<string, unknown>;
  claim: string;
}): Promise<{ user: SignedInUser } | { refusal: OidcRefusal; tried: string | null }> {
  const { db, claims, claim } = options;
  const raw = claims[claim];
  const value = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  // An e-mail the identity provider says it has NOT verified identifies nobody.
  if (!value || value.length > 254 || (claim === "email" && claims.email_verified === false))
    return { refusal: "OidcUnknown", tried: value || null };
  const user = await db.user.findUnique({ where: { email: value } });
  if (!user) return { refusal: "OidcUnknown", tried: value };
  if (!user.active) return { refusal: "OidcInactive", tried: value };
  const { id, name, email, role, municipalityId, officeId, regionId, sessionVersion } = user;
  return { user: { id, name, email, role, municipalityId, officeId, regionId, sessionVersion } };
}

export function oidcProvider(settings: OidcSettings, db: Database): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.label,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // The ID token is verified (signature, issuer, audience, nonce); the claims come from it and from userinfo.
    userinfo: {
      async request({ tokens, client }) {
        const tokenSet = tokens as TokenSet; // what the verified callback returned (next-auth types it loosely)
        const info = await client.userinfo(tokenSet).catch(() => ({}));
        return { ...tokenSet.claims(), ...info };
      },
    },
    async profile(claims): Promise<OidcProfile> {
      const match = await matchOidcUser({ db, claims, claim: settings.claim });
      if ("user" in match) {
        await recordAuditEvent(db, {
          actorId: match.user.id,
          action: "auth.sign_in",
          entityType: "User",
          entityId: match.user.id,
          after: { method: "oidc", claim: settings.claim },
        });
        return match.user;
      }
      await auditSignInFailure({
        db,
        email: match.tried ?? `(${settings.claim} mangler)`,
        action: "auth.sign_in_failed",
        after: {
          method: "oidc",
          reason: match.refusal === "OidcInactive" ? "inactive" : "unknown",
          claim: settings.claim,
        },
      });
      const sub = typeof claims.sub === "string" ? claims.sub : "unknown";
      const none = {
        name: "",
        email: "",
        role: "",
        municipalityId: null,
        officeId: null,
        regionId: null,
        sessionVersion: -1,
      };
      return { id: `refused:${sub}`, ...none, refusal: match.refusal };
    },
  };
}
