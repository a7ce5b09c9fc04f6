/** The decision reminder to a municipality that has not decided, and the secretariat's weekly digest. Pure. */
import { formatDate } from "../../format";
import { composeMail, type MailBlock } from "../mail-layout";

const days = (n: number) => (n === 1 ? "1 dag" : `${n} dage`);

export function decisionReminderMail(o: {
  municipality: { name: string; code: string };
  deadline: Date;
  daysLeft: number;
  /** The offices not decided on, each with the years left undecided («2021–2024»). */
  offices: { name: string; years: string }[];
  /** The period (agreement id) the deadline is in: the form opens in that period. */
  periodId: string;
  required: boolean;
}) {
  const due = formatDate(o.deadline);
  const after = o.daysLeft < 0;
  // The subject names the office when it is one, so it is not read as being about all of them.
  const about = o.offices.length === 1 ? o.offices[0]!.name : `${o.offices.length} klyngekontorer`;
  return composeMail({
    kind: "DECISION_REMINDER",
    required: o.required,
    subject: after
      ? `Fristen for beslutningen om ${about} er overskredet (${due})`
      : `Påmindelse: beslutningen om ${about} skal registreres senest ${due} (om ${days(o.daysLeft)})`,
    greeting: `Kære kontaktperson for ${o.municipality.name} Kommune`,
    blocks: [
      {
        text: after
          ? `Fristen for kommunalbestyrelsens beslutning om medfinansieringen var ${due}. ${o.municipality.name} ` +
            "Kommune har endnu ikke registreret en beslutning om:"
          : `Kommunalbestyrelsens beslutning om medfinansieringen skal registreres senest ${due}. ` +
            `${o.municipality.name} Kommune har endnu ikke registreret en beslutning om:`,
      },
      { list: o.offices.map((office) => `${office.name} (${office.years})`) },
      { text: "Registrér beslutningen med dagsordenspunktet og gerne referatet, så snart den foreligger." },
    ],
    link: {
      path: `/kommuner/${o.municipality.code}/beslutninger/ny?periode=${o.periodId}`,
      label: "Registrér beslutningen",
    },
  });
}

export function weeklyDigestMail(o: {
  week: string;
  agreementName: string;
  periodId: string;
  year: number;
  sections: { title: string; blocks: MailBlock[] }[];
  required: boolean;
}) {
  return composeMail({
    kind: "WEEKLY_DIGEST",
    required: o.required,
    subject: `Ugeoversigt ${o.week.replace("-W", ", uge ")}: ${o.agreementName}`,
    greeting: "Kære KKR-sekretariat",
    blocks: [
      { text: `Her er ugens oversigt over ${o.agreementName}.` },
      ...o.sections.flatMap((section) => [{ text: `${section.title}:` }, ...section.blocks]),
    ],
    link: { path: `/sekretariat/opfoelgning?periode=${o.periodId}&aar=${o.year}`, label: "Se opfølgningen" },
  });
}
