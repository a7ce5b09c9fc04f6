import Link from "next/link";
import { PAGE_STEP } from "@/lib/pagination";

/** "Vis flere": a link to the same page with more rows (keeps the other query parameters). */
export function ShowMore({
  shown,
  hasMore,
  params,
  label = "Vis flere",
}: {
  shown: number;
  hasMore: boolean;
  params: Record<string, string | undefined>;
  label?: string;
}) {
  if (!hasMore) return null;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  query.set("vis", String(shown + PAGE_STEP));
  return (
    <p className="mt-3">
      <Link href={`?${query}`} scroll={false} className="text-brand-700 underline" data-testid="show-more">
        {label} (viser {shown.toLocaleString("da-DK")})
      </Link>
    </p>
  );
}
