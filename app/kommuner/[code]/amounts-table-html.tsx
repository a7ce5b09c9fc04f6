"use client";

import { useMemo } from "react";
import { amountsTableHtml, type AmountsTableData } from "@/lib/shares/amounts-table-html";

/**
 * The table written as HTML text from its data (lib/shares/amounts-table-html.ts): on the server for the page's
 * HTML, in the browser from the same data for hydration, so its markup is not also sent in the RSC payload
 * (issue 17). Every value in it is escaped by amountsTableHtml.
 */
export function AmountsTableHtml({ data }: { data: AmountsTableData }) {
  const html = useMemo(() => amountsTableHtml(data), [data]);
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
