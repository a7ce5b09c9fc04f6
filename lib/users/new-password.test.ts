/** A password someone chooses (lib/users/user-schema.ts): what a try-out got through, and what stays allowed. */
import { describe, expect, it } from "vitest";
import { changePasswordSchema } from "./user-schema";

const firstMessage = (newPassword: string) => {
  const result = changePasswordSchema.safeParse({
    currentPassword: "Klynge-2026",
    newPassword,
    confirmPassword: newPassword,
  });
  return result.success ? null : result.error.issues.find((issue) => issue.path[0] === "newPassword")?.message;
};

describe("a new password", () => {
  it("is refused when it is only spaces, one character over and over, or has a space at an end", () => {
    expect(firstMessage(" ".repeat(12))).toBe(
      "Den nye adgangskode er for let at gætte. Brug flere forskellige tegn, fx en sætning.",
    );
    expect(firstMessage("a".repeat(20))).toBe(
      "Den nye adgangskode er for let at gætte. Brug flere forskellige tegn, fx en sætning.",
    );
    expect(firstMessage(" Ny adgangskode 2026 ")).toBe(
      "Den nye adgangskode begynder eller slutter med et mellemrum. Fjern det (det kommer ofte med, når man indsætter).",
    );
    expect(firstMessage("kort")).toBe("Den nye adgangskode skal være på mindst 12 tegn.");
  });

  it("may hold spaces inside: a sentence is a good password", () => {
    expect(firstMessage("Ny adgangskode 2026")).toBeNull();
    expect(firstMessage("en-helt-ny-kode-1")).toBeNull();
  });
});
