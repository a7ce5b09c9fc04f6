/**
 * Danish billing identifiers (issue 11): the CVR number (8 digits, the Central Business Register's modulus-11 check:
 * weights 2 7 6 5 4 3 2 1, the weighted sum divisible by 11) and the EAN/GLN location number used for electronic
 * invoices to public authorities (13 digits, GS1 check digit: weights 1 3 1 3 … on the first 12 digits, the check
 * digit brings the sum to a multiple of 10).
 */
import { z } from "../validation/zod";

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = [...value].reduce((total, digit, i) => total + Number(digit) * CVR_WEIGHTS[i]!, 0);
  return sum % 11 === 0;
}

export function isValidEan(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.slice(0, 12).reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

/** Spaces and dashes as people type them ("29 18 89 55", "5798-0000-00000") are allowed; they are not stored. */
const compact = (value: string) => value.replace(/[\s-]/g, "");

export const cvrField = z
  .string()
  .trim()
  .transform(compact)
  .refine((value) => value === "" || /^\d{8}$/.test(value), "CVR-nummeret skal være 8 cifre.")
  .refine((value) => value === "" || !/^\d{8}$/.test(value) || isValidCvr(value), {
    message: "CVR-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl.",
  })
  .transform((value) => value || null);

export const eanField = z
  .string()
  .trim()
  .transform(compact)
  .refine((value) => value === "" || /^\d{13}$/.test(value), "EAN-nummeret skal være 13 cifre.")
  .refine((value) => value === "" || !/^\d{13}$/.test(value) || isValidEan(value), {
    message: "EAN-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl.",
  })
  .transform((value) => value || null);
