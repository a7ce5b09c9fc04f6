import { Refusal } from "../actions/refusal";

/**
 * An imported file that cannot be used, with its problems listed under the file field: the message is said once,
 * at the top of the form; the field itself (which gets the focus) points down to the list instead of repeating it.
 */
export function unusableFile(data: unknown): Refusal {
  return new Refusal("Filen kan ikke bruges. Intet er gemt:", {
    fieldErrors: { file: "Fejlene i filen står herunder." },
    data,
  });
}
