/**
 * Strict parsing of what arrives in a URL or a bound action argument: anything that is not exactly the expected
 * form is "not found" (never a 500, never silently another record). Used by the scoped loaders.
 */
import { notFound } from "next/navigation";
import { z } from "./zod";

export const municipalityCodeParam = z.string().regex(/^\d{4}$/);
/** A KKR region's official code, e.g. "1085" (Region Sjælland). */
export const REGION_CODE = z.string().regex(/^\d{4}$/);
/** Database ids are cuids; allow the same character set, bounded. */
export const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const yearParam = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1900).max(2200));
/** A year bound as a number (or its digits) in an action. */
export const yearArg = z.union([z.number().int().min(1900).max(2200), yearParam]);

/** The parsed value, or a 404. */
export function parseParam<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
