/** The population import form (issue 12): a file as Statistics Denmark delivers it, and the date the figures count. */
import { z } from "../validation/zod";
import { isoDate } from "../validation/fields";
import { danishIsoDate, now } from "../clock";

export const MAX_POPULATION_FILE_BYTES = 5 * 1024 * 1024;

export const populationUploadSchema = z.object({
  intent: z.enum(["preview", "save"]).default("preview"),
  basisDate: isoDate("datoen, tallene gælder")
    // Figures count people on a day that has been: a date ahead (2031-07-15 was taken) is a typing error.
    .refine((value) => value <= danishIsoDate(now()), "Datoen kan ikke ligge i fremtiden.")
    .transform((value) => new Date(`${value}T00:00:00.000Z`)),
  file: z
    .instanceof(File, { error: "Vælg filen med befolkningstallene." })
    .refine((file) => file.size > 0, "Filen er tom.")
    .refine((file) => file.size <= MAX_POPULATION_FILE_BYTES, "Filen er for stor (højst 5 MB).")
    .transform(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
});
