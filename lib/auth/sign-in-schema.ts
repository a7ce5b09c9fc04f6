import { z } from "../validation/zod";

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

/** Error codes next-auth passes back to the form (never raw exception text). */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: "Forkert e-mail eller adgangskode.",
  RateLimited: "For mange forsøg. Vent 15 minutter, og prøv igen.",
  InvalidInput: "Udfyld e-mail og adgangskode korrekt.",
} as const;
