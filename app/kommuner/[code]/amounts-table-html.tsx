"use client";

import { useMemo } from "react";
import { amountsTableHtml, type AmountsTableData } from "@/lib/shares/amounts-table-html";
import { writtenOnce } from "@/lib/html/written-once";

/**
 * The table written as HTML text from its data (lib/shares/amounts-table-html.ts): on the server for the page's
 * HTML, in the browser from the same data for hydration, so its markup is not also sent in the RSC payload
 * (issue 17). Every value in it is escaped by amountsTableHtml. On the server it is written once per kept data
 * (lib/html/written-once.ts).
 */
export function AmountsTableHtml({ data }: { data: AmountsTableData & { htmlKey?: string } }) {
  const html = useMemo(() => writtenOnce(data, amountsTableHtml), [data]);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
