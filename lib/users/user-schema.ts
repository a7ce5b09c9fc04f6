import { z } from "../validation/zod";
import { ROLES } from "../auth/permissions";
import { confirmedSchema, whenValid } from "../validation/fields";

export const MIN_PASSWORD = 12;

/**
 * A password someone chooses: at least 12 characters, not only spaces or one character over and over (twelve spaces
 * were taken), and no space at either end — most often pasted along, and then the password typed later is «wrong».
 * A space inside is fine (a sentence is a good password). Sign-in compares what is typed as it is.
 */
function newPasswordField(label: string) {
  return z
    .string({ error: `${label} mangler.` })
    .min(MIN_PASSWORD, `${label} skal være på mindst ${MIN_PASSWORD} tegn.`)
    .max(200, "Adgangskoden er for lang.")
    .refine(
      (password) => new Set(password.replace(/\s/g, "")).size >= 4,
      `${label} er for let at gætte. Brug flere forskellige tegn, fx en sætning.`,
    )
    .refine(
      (password) => password.trim() === password,
      `${label} begynder eller slutter med et mellemrum. Fjern det (det kommer ofte med, når man indsætter).`,
    );
}

export const createUserSchema = z
  .object({
    name: z.string().trim().min(1, "Skriv brugerens navn.").max(200, "Navnet er for langt."),
    email: z
      .string()
      .trim()
      .min(1, "Skriv brugerens e-mail-adresse.")
      .max(254, "E-mail-adressen er for lang.")
      .email("Skriv en gyldig e-mail-adresse.")
      .transform((email) => email.toLowerCase()),
    role: z.enum(ROLES, { error: "Vælg en rolle." }),
    municipalityId: z
      .string()
      .max(100)
      .optional()
      .transform((v) => v || undefined),
    officeId: z
      .string()
      .max(100)
      .optional()
      .transform((v) => v || undefined),
    password: newPasswordField("Adgangskoden"),
  })
  .superRefine(
    (user, ctx) => {
      if (user.role === "MUNICIPAL_CONTACT" && !user.municipalityId)
        ctx.addIssue({ code: "custom", path: ["municipalityId"], message: "Vælg kontaktpersonens kommune." });
      if (user.role === "CLUSTER_OFFICE" && !user.officeId)
        ctx.addIssue({ code: "custom", path: ["officeId"], message: "Vælg brugerens klyngekontor." });
      // A choice the role has no use for is refused, not dropped without a word: the user may have picked the wrong role.
      if (user.role !== "MUNICIPAL_CONTACT" && user.municipalityId)
        ctx.addIssue({
          code: "custom",
          path: ["municipalityId"],
          message: "Kun en kommunal kontaktperson hører til en kommune. Vælg «Ingen» her, eller ret rollen.",
        });
      if (user.role !== "CLUSTER_OFFICE" && user.officeId)
        ctx.addIssue({
          code: "custom",
          path: ["officeId"],
          message:
            "Kun en bruger med rollen Klyngekontor hører til et klyngekontor. Vælg «Ingen» her, eller ret rollen.",
        });
    },
    whenValid(["role", "municipalityId", "officeId"]),
  );

export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Deactivate (false) or reactivate (true) a user; the user is a bound argument of the action. */
export const userActiveSchema = z.object({
  active: z.enum(["true", "false"], { error: "Formularen er ikke gyldig." }).transform((value) => value === "true"),
});

/**
 * Anonymising a user: the form's "yes", sent only from the confirmation panel (app/sekretariat/brugere/user-forms.tsx).
 */
export const anonymiseUserSchema = confirmedSchema;

/** A new password for another user (lib/users/set-user-password.ts makes it): the form's "yes", from its question. */
export const setPasswordSchema = confirmedSchema;
/** Changing one's own password: the current one, and the new one twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Skriv din nuværende adgangskode." })
      .min(1, "Skriv din nuværende adgangskode.")
      .max(200, "Adgangskoden er for lang."),
    newPassword: newPasswordField("Den nye adgangskode"),
    confirmPassword: z.string({ error: "Gentag den nye adgangskode." }).min(1, "Gentag den nye adgangskode."),
  })
  .superRefine(
    (passwords, ctx) => {
      if (passwords.newPassword !== passwords.confirmPassword)
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "De to nye adgangskoder er ikke ens." });
      if (passwords.newPassword === passwords.currentPassword)
        ctx.addIssue({
          code: "custom",
          path: ["newPassword"],
          message: "Vælg en anden adgangskode end den nuværende.",
        });
    },
    whenValid(["currentPassword", "newPassword", "confirmPassword"]),
  );

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
