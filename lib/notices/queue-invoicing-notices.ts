/**
 * YEAR_INVOICED to the contacts of every municipality invoiced or credited by a closing or by the settlements of a
 * year (lib/billing/close-office-years.ts, invoice-settlements.ts), in their transaction: one mail per municipality,
 * each office's amount and the net.
 */
import type { DbClient } from "../db/types";
import { findNoticeRecipients } from "./find-notice-recipients";
import { queueNotices } from "./queue-notices";
import { yearInvoicedMail, type InvoicedLine } from "./templates/invoicing-notices";

export async function queueInvoicingNotices(options: {
  db: DbClient;
  actorId: string;
  regionId: string;
  periodId: string;
  year: number;
  closing: boolean;
  /** Unique per closing or settlement run (the first new invoice line's closing id and the moment). */
  key: string;
  municipalities: { id: string; code: string; name: string }[];
  lines: (InvoicedLine & { municipalityId: string })[];
}) {
  const invoiced = options.municipalities.filter((m) => options.lines.some((l) => l.municipalityId === m.id));
  if (invoiced.length === 0) return;
  const contacts = await findNoticeRecipients({
    db: options.db,
    kind: "YEAR_INVOICED",
    regionId: options.regionId,
    municipalityIds: invoiced.map((m) => m.id),
    exceptUserId: options.actorId,
  });
  await queueNotices({
    db: options.db,
    notices: contacts.map((contact) => {
      const municipality = invoiced.find((m) => m.id === contact.municipalityId)!;
      return {
        kind: "YEAR_INVOICED" as const,
        recipient: contact,
        key: options.key,
        mail: yearInvoicedMail({
          municipality,
          year: options.year,
          periodId: options.periodId,
          closing: options.closing,
          lines: options.lines.filter((l) => l.municipalityId === municipality.id),
          required: contact.required,
        }),
      };
    }),
  });
}
