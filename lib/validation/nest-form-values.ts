/**
 * Flat form fields with dotted names → nested values: `office.0.name` and `office.0.lead.1.amount` become
 * `{ office: [{ name, lead: [, { amount }] }] }`. Numeric parts make arrays (holes for skipped rows are dropped).
 * For forms with repeated groups (a new period's offices and leads); parse the result with zod.
 */
export function nestFormValues(values: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split(".");
    if (parts.some((part) => part === "" || part === "__proto__" || part === "constructor" || part === "prototype")) {
      continue;
    }
    let node: Record<string, unknown> = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next !== "object" || next === null) node[part] = /^\d+$/.test(parts[index + 1]!) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return compact(root) as Record<string, unknown>;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (typeof value === "object" && value !== null && !(value instanceof Blob)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
  }
  return value;
}
