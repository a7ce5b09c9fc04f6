/**
 * The text of a PDF as a reader's copy-and-paste would give it, page by page (pdf.js, the engine of Firefox's
 * viewer), with the document's language, title and page sizes. For tests of generated PDFs (issue 16).
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfText = {
  pages: string[];
  text: string;
  /** The document's language (catalog /Lang) and title (info /Title). */
  language: string | null;
  title: string | null;
  /** Tagged for assistive technology (/MarkInfo /Marked). */
  tagged: boolean;
  /** [width, height] of each page in points (A4 is 595 × 842). */
  sizes: number[][];
};

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const sizes: number[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      sizes.push([Math.round(width), Math.round(height)]);
      const content = await page.getTextContent();
      // Items end lines with hasEOL; a table cell is its own item: join with a space, lines with a newline.
      pages.push(
        content.items
          .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : ""))
          .join("")
          .replace(/[ \t]+/g, " ")
          .replace(/ ?\n ?/g, "\n")
          .trim(),
      );
    }
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
    const markInfo = await pdf.getMarkInfo();
    return {
      pages,
      text: pages.join("\n"),
      language: info.Language ?? null,
      title: info.Title ?? null,
      tagged: !!markInfo?.Marked,
      sizes,
    };
  } finally {
    await pdf.destroy();
  }
}
