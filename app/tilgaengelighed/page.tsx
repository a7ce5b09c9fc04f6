import type { Metadata } from "next";
import { accessibilityConfig } from "@/lib/accessibility/accessibility-config";

export const metadata: Metadata = { title: "Tilgængelighed" };
// Public, and read per request: the addresses come from the environment (README, Configuration).
export const dynamic = "force-dynamic";

/** Where to report accessibility problems, and the link to the statement (issue 16). */
export default function AccessibilityPage() {
  const { statementUrl, email } = accessibilityConfig();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">Tilgængelighed</h1>
      <p>
        Klyngeportalen skal kunne bruges af alle, også med skærmlæser, forstørrelse eller kun tastatur. Vi arbejder
        efter standarden WCAG 2.1 niveau AA, som loven om tilgængelighed af offentlige organers websteder kræver.
      </p>
      <p>
        {statementUrl ? (
          <a href={statementUrl} className="text-brand-700 underline">
            Læs tilgængelighedserklæringen for Klyngeportalen
          </a>
        ) : (
          "Tilgængelighedserklæringen er ikke offentliggjort endnu."
        )}{" "}
        Erklæringen fortæller, hvad der ikke lever op til kravene, og hvad der bliver gjort ved det.
      </p>
      <section aria-labelledby="contact-heading" className="space-y-2">
        <h2 id="contact-heading" className="text-xl font-semibold">
          Har du problemer med at bruge siden?
        </h2>
        <p>
          {email ? (
            <>
              Skriv til{" "}
              <a href={`mailto:${email}`} className="text-brand-700 underline">
                {email}
              </a>
              .
            </>
          ) : (
            "Skriv til jeres KKR-sekretariat."
          )}{" "}
          Fortæl gerne, hvilken side det drejer sig om, hvad du prøvede at gøre, og hvilket hjælpemiddel du bruger. Kan
          du ikke bruge siden til at registrere en beslutning, registrerer sekretariatet den på kommunens vegne.
        </p>
        <p>
          Får du ikke et svar, du kan bruge, kan du henvende dig til Digitaliseringsstyrelsen, som fører tilsyn med
          tilgængeligheden af offentlige websteder.
        </p>
      </section>
    </div>
  );
}
