/**
 * The agenda attachment as an A4 PDF (issue 16), made on the server with pdfkit. Noto Sans is embedded (from the
 * @expo-google-fonts/noto-sans package, OFL) so æ, ø and å look the same everywhere and the file can be archived
 * in a municipality's ESDH without depending on the reader's fonts. The document is tagged (headings, paragraphs,
 * tables with header cells; the page footer is an artifact) with lang da-DK and its title shown in the title bar.
 * The layout is plain: one summary table, one table per office, the rules. See docs/decisions/0016.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { formatDate, formatKroner, formatNumber } from "../format";
import type { AgendaPacket } from "./agenda-packet";

const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans");
const REGULAR = path.join(FONT_DIR, "400Regular/NotoSans_400Regular.ttf");
const BOLD = path.join(FONT_DIR, "700Bold/NotoSans_700Bold.ttf");
// Fonts are named by their file path, not registered under a name: pdfkit's tables restore the font after each cell
// by its source, and a path is a cache key — so each file is parsed once per document, not once per table cell.
const FONTS = { regular: REGULAR, bold: BOLD } as const;
const MARGIN = 56; // 2 cm
const INK = "#0f172a";
const MUTED = "#334155";
const RULE = "#94a3b8";

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc["struct"]>;

export async function agendaPdf(packet: AgendaPacket): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    pdfVersion: "1.7",
    tagged: true,
    lang: "da-DK",
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: packet.title,
      Author: packet.kkrName,
      Subject: `Dagsordensbilag: ${packet.periodName}`,
      Creator: "Klyngeportalen",
      CreationDate: packet.generatedOn,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - MARGIN * 2;

  text(doc, root, "P", `${packet.kkrName} · Dagsordensbilag`, { font: "regular", size: 9, color: MUTED });
  doc.moveDown(0.3);
  text(doc, root, "H1", packet.title, { font: "bold", size: 16 });
  doc.moveDown(0.3);
  const meta = { font: "regular", size: 9.5, color: MUTED } as const;
  text(
    doc,
    root,
    "P",
    `Periode: ${packet.periodName} · ${formatNumber(packet.population)} indbyggere pr. ${formatDate(packet.populationBasisDate)}`,
    meta,
  );
  text(doc, root, "P", `Opgjort ${formatDate(packet.generatedOn)} · dataversion ${packet.dataVersion}`, meta);
  if (packet.populationNote) text(doc, root, "P", packet.populationNote, { font: "bold", size: 9.5, color: MUTED });

  heading(doc, root, "Beløb i alt pr. år");
  table(
    doc,
    root,
    width,
    [
      ["År", "Beløb", "Højst", "Sikkerhed"],
      ...packet.totals.map((t) => [
        String(t.year),
        formatKroner(t.amount),
        formatKroner(t.ceiling),
        t.provisional ? "foreløbig" : "endelig",
      ]),
      ["I alt for perioden", formatKroner(packet.periodTotal), formatKroner(packet.periodCeiling), ""],
    ],
    { totalRow: true },
  );

  heading(doc, root, "Pr. klyngekontor");
  for (const office of packet.offices) {
    keepTogether(doc, 70 + office.years.length * 24);
    text(doc, root, "H3", office.name, { font: "bold", size: 11 });
    text(doc, root, "P", `${office.city} · lead: ${office.leads.length ? office.leads.join(" og ") : "ingen"}`, {
      font: "regular",
      size: 9,
      color: MUTED,
    });
    doc.moveDown(0.2);
    table(doc, root, width, [
      ["År", "Beslutning", "Beløb", "Højst", "Kontorets status"],
      ...office.years.map((y) => [
        String(y.year),
        y.decision,
        `${formatKroner(y.amount)}${y.provisional ? " (foreløbig)" : ""}`,
        formatKroner(y.ceiling),
        y.warning ? `${y.status}; ${y.warning}` : y.status,
      ]),
    ]);
    doc.moveDown(0.6);
  }

  keepTogether(doc, 120);
  heading(doc, root, "Reglerne");
  for (const sentence of packet.rules) {
    text(doc, root, "P", sentence, { font: "regular", size: 10 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.3);
  text(
    doc,
    root,
    "P",
    "Foreløbig: beløbet kan stadig ændre sig, fordi en kommune ikke har besluttet sig, kontoret mangler en " +
      "leadkommune, eller en reduceret pulje ikke er aftalt. Højst: det mest, kommunen kan komme til at betale.",
    { font: "regular", size: 9, color: MUTED },
  );
  root.end();

  // The footer on every page, as an artifact (not part of the document's reading order).
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // Below the bottom margin: without lifting the margin, pdfkit would start a new page for the footer.
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font(FONTS.regular)
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        `Klyngeportalen · ${packet.municipalityName} Kommune · ${packet.periodName} · dataversion ${packet.dataVersion} · side ${i + 1} af ${pages.count}`,
        MARGIN,
        doc.page.height - MARGIN,
        { width, align: "center", lineBreak: false },
      );
    doc.endMarkedContent();
  }
  doc.end();
  return done;
}

function text(
  doc: Doc,
  parent: Struct,
  type: string,
  value: string,
  style: { font: "regular" | "bold"; size: number; color?: string },
) {
  doc
    .font(FONTS[style.font])
    .fontSize(style.size)
    .fillColor(style.color ?? INK);
  parent.add(doc.struct(type, {}, () => doc.text(value, MARGIN, doc.y, { width: doc.page.width - MARGIN * 2 })));
}

function heading(doc: Doc, parent: Struct, value: string) {
  doc.moveDown(0.8);
  keepTogether(doc, 80);
  text(doc, parent, "H2", value, { font: "bold", size: 13 });
  doc.moveDown(0.3);
}

/** Starts a new page when less than `height` points are left, so a heading never stands alone at the bottom. */
function keepTogether(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A table whose first row holds the column headers and whose first column heads each row. */
function table(doc: Doc, parent: Struct, width: number, rows: string[][], options: { totalRow?: boolean } = {}) {
  doc.font(FONTS.regular).fontSize(9.5).fillColor(INK);
  const columns = rows[0]!.length;
  // Shares of the width: the summary (År, Beløb, Højst, Sikkerhed) and an office (År, Beslutning, Beløb, Højst, Status).
  const shares = columns === 4 ? [0.28, 0.24, 0.24, 0.24] : [0.09, 0.14, 0.25, 0.18, 0.34];
  const leftAligned = columns === 4 ? [0] : [0, 1, 4];
  const tableOptions = {
    position: { x: MARGIN, y: doc.y },
    maxWidth: width,
    columnStyles: (i: number) => ({
      width: width * shares[i]!,
      align: { x: leftAligned.includes(i) ? "left" : "right", y: "top" } as const,
    }),
    // Only a rule under each row (top, right, bottom, left), as in a printed council document.
    defaultStyle: {
      border: [0, 0, 0.5, 0] as [number, number, number, number],
      borderColor: RULE,
      padding: [3, 4, 3, 4] as [number, number, number, number],
    },
    structParent: parent,
  };
  // structParent (tags the table, its rows and header cells) is not in @types/pdfkit yet.
  const pdfTable = doc.table(tableOptions as PDFKit.Mixins.TableOptions);
  rows.forEach((row, rowIndex) => {
    pdfTable.row(
      row.map((value, columnIndex) => {
        const header = rowIndex === 0 || columnIndex === 0;
        return {
          text: value,
          type: header ? "TH" : "TD",
          ...(header ? { scope: rowIndex === 0 ? "Column" : "Row" } : {}),
          font: { src: rowIndex === 0 || (options.totalRow && rowIndex === rows.length - 1) ? BOLD : REGULAR },
          ...(rowIndex === 0 ? { border: [0, 0, 1, 0], borderColor: INK } : {}),
        };
      }),
    );
  });
  pdfTable.end();
  doc.x = MARGIN;
}
