import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    id: string;
    role: string;
    municipalityId: string | null;
    officeId: string | null;
    regionId: string | null;
    sessionVersion?: number;
  }
  interface Session {
    user: {
      id: string;
      name: string;
      email: string;
      role: string;
      municipalityId: string | null;
      officeId: string | null;
      regionId: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: string;
    municipalityId: string | null;
    officeId: string | null;
    /** A secretariat user's KKR region. */
    regionId: string | null;
    /** The user's session version at sign-in (User.sessionVersion): a later bump ends this session. */
    sv: number;
    /** Seconds since the epoch: the session ends SESSION_HOURS later (lib/auth/session-lifetime.ts). */
    signedInAt: number;
  }
}
