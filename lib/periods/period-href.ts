/**
 * A link that keeps the page's period (and, for an administrator, the region): `periodHref("/sekretariat/bilag",
 * { periode: "…", aar: "2026" })` → "/sekretariat/bilag?periode=…&aar=2026". Empty values are left out.
 */
export function periodHref(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
