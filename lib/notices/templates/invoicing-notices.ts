/** To a municipality: what the secretariat has just invoiced or credited it (a closed year, or settlements). Pure. */
import { formatKroner } from "../../format";
import { composeMail } from "../mail-layout";

export type InvoicedLine = {
  officeName: string;
  /** > 0 charged, < 0 credited. */
  amount: number;
  settlement: boolean;
  isLead: boolean;
};

export function yearInvoicedMail(o: {
  municipality: { name: string; code: string };
  year: number;
  periodId: string;
  lines: InvoicedLine[];
  /** The year's closing (true) or settlements invoiced afterwards (false). */
  closing: boolean;
  required: boolean;
}) {
  const name = `${o.municipality.name} Kommune`;
  const total = o.lines.reduce((sum, line) => sum + line.amount, 0);
  const net = chargedOrCredited(total);
  return composeMail({
    kind: "YEAR_INVOICED",
    required: o.required,
    subject: `${o.closing ? `Opkrævning ${o.year}` : `Efterregulering ${o.year}`} for ${name}: ${net}`,
    greeting: `Kære kontaktperson for ${name}`,
    blocks: [
      {
        text: o.closing
          ? `KKR-sekretariatet har lukket ${o.year} og opkræver kommunens bidrag til klyngekontorerne. ` +
            "Fakturaen kommer fra KKR's økonomisystem."
          : `KKR-sekretariatet har ${settled(o.lines)} efterreguleringer for ${o.year}: beløb, der er ændret, efter ` +
            "året blev opkrævet. Fakturaen eller kreditnotaen kommer fra KKR's økonomisystem.",
      },
      {
        list: o.lines.map(
          (line) =>
            `${line.officeName} ${o.year}${line.isLead ? ", leadbidrag" : ""}${line.settlement ? ", efterregulering" : ""}: ` +
            chargedOrCredited(line.amount),
        ),
      },
      ...(o.lines.length > 1 ? [{ text: `I alt: ${net}.` }] : []),
    ],
    link: {
      path: `/kommuner/${o.municipality.code}/opgoerelse?periode=${o.periodId}`,
      label: "Se kommunens opgørelse",
    },
  });
}

/** «opkrævet», «krediteret» or «opkrævet og krediteret»: what the settlements are for this municipality. */
function settled(lines: InvoicedLine[]) {
  const charged = lines.some((l) => l.amount > 0);
  const credited = lines.some((l) => l.amount < 0);
  return charged && credited ? "opkrævet og krediteret" : credited ? "krediteret" : "opkrævet";
}

/** An amount as what happens to it: «1.403 kr. opkræves», «3.984 kr. krediteres» — never a negative charge. */
const chargedOrCredited = (amount: number) =>
  amount < 0 ? `${formatKroner(-amount)} krediteres` : `${formatKroner(amount)} opkræves`;
