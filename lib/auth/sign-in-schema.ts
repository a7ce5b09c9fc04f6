import { z } from "../validation/zod";
import { formatCount } from "../format";

/** Shared by the sign-in form and the server. */
export const signInSchema = z.object({
  email: z
    .string({ error: "Skriv din e-mail-adresse." })
    .trim()
    .min(1, "Skriv din e-mail-adresse.")
    .max(254, "E-mail-adressen er for lang.")
    .email("Skriv en gyldig e-mail-adresse, fx navn@kommune.dk.")
    .transform((email) => email.toLowerCase()),
  password: z
    .string({ error: "Skriv din adgangskode." })
    .min(1, "Skriv din adgangskode.")
    .max(200, "Adgangskoden er for lang."),
});

export type SignInInput = z.infer<typeof signInSchema>;

const DEACTIVATED = "Din bruger i Klyngeportalen er deaktiveret. Kontakt KKR-sekretariatet.";

/** Error codes next-auth passes back to the form (never raw exception text). */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Forkert e-mail eller adgangskode.",
  InvalidInput: "Udfyld e-mail og adgangskode korrekt.",
  Busy: "Der er mange login-forsøg lige nu. Vent et øjeblik, og prøv igen.",
  Inactive: DEACTIVATED,
  // Organisation sign-in (OpenID Connect): the codes the sign-in page gets in ?error=.
  OidcUnknown: "Dit login fra organisationen passer ikke til nogen bruger i Klyngeportalen. Kontakt KKR-sekretariatet.",
  OidcInactive: DEACTIVATED,
  OAuthSignin: "Login via organisationen kunne ikke begynde. Prøv igen om lidt.",
  OAuthCallback: "Login via organisationen mislykkedes. Prøv igen.",
  Default: "Login mislykkedes. Prøv igen.",
} as const;

/** "RateLimited:42" — the limiter's refusal with the seconds to wait (lib/auth/sign-in-limiter.ts). */
export const rateLimitedCode = (seconds: number) => `RateLimited:${Math.max(1, Math.ceil(seconds))}`;

/** The Danish message for a sign-in error code; the time to try again in Danish local time. */
export function signInErrorMessage(code: string | null | undefined, now = new Date()): string | undefined {
  if (!code) return undefined;
  const limited = /^RateLimited:(\d{1,6})$/.exec(code);
  if (limited) {
    const seconds = Number(limited[1]);
    const at = new Intl.DateTimeFormat("da-DK", {
      timeZone: "Europe/Copenhagen",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).format(new Date(now.getTime() + seconds * 1000));
    const wait =
      seconds < 120
        ? formatCount(seconds, "sekund", "sekunder")
        : formatCount(Math.ceil(seconds / 60), "minut", "minutter");
    return `For mange forsøg. Prøv igen om ${wait} (kl. ${at}).`;
  }
  if (Object.hasOwn(SIGN_IN_ERRORS, code)) return SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS];
  return SIGN_IN_ERRORS.Default;
}
