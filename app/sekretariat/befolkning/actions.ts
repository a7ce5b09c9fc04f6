"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { REGION_CODE } from "@/lib/validation/route-params";
import { unusableFile } from "@/lib/files/unusable-file";
import { requireRegion } from "@/lib/periods/require-period";
import { populationUploadSchema } from "@/lib/population/population-upload-schema";
import { previewPopulationImport, type PopulationPreview } from "@/lib/population/preview-population-import";
import { storePopulationFigures } from "@/lib/population/store-population-figures";

export type PopulationFormData = { preview?: PopulationPreview; saved?: boolean };

/**
 * intent=preview reads the file and shows every municipality's new and previous figure (nothing stored); intent=save
 * stores them. A bad file is refused with every problem listed.
 */
export const importPopulationAction = defineAction({
  name: "importPopulationAction",
  permission: "periods.manage",
  bound: z.tuple([REGION_CODE]),
  resource: ({ bound: [kkr] }) => requireRegion({ permission: "periods.manage", kkr }),
  schema: populationUploadSchema,
  hiddenFields: ["intent"],
  invalidMessage: "Befolkningstallene er ikke gemt. Ret de markerede felter.",
  run: async ({ db, user, resource: { region }, input }): Promise<{ message?: string; data: PopulationFormData }> => {
    const preview = await previewPopulationImport({
      db,
      regionCode: region.code,
      basisDate: input.basisDate,
      bytes: input.file.bytes,
    });
    if (!preview.ok) {
      throw unusableFile({ preview });
    }
    if (input.intent !== "save") return { data: { preview } };
    await storePopulationFigures({
      db,
      regionCode: region.code,
      basisDate: input.basisDate,
      figures: preview.rows.map((row) => ({ code: row.code, population: row.population })),
      source: `${preview.format === "FOLK1A" ? "Danmarks Statistik FOLK1A" : "Indbyggertal"} (fil: ${input.file.name})`,
      actor: { id: user.id },
    });
    revalidatePath("/sekretariat", "layout");
    return {
      message: `Befolkningstallene for ${preview.rows.length} kommuner er gemt.`,
      data: { saved: true },
    };
  },
});
