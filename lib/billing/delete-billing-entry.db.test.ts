import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { findCurrentAgreement } from "../shares/load-agreement";
import { deleteInvoice, deletePayment } from "./delete-billing-entry";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

describe("taking back a payment or an invoice registered by mistake", () => {
  it("takes back one payment at a time, then the invoice; keeps every field in the audit; only the period's own", async () => {
    const actor = await t.db.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
    const greve = await t.db.municipality.findUniqueOrThrow({ where: { code: "0253" } });
    const office = await t.db.clusterOffice.findFirstOrThrow({ where: { slug: "clean" } });
    const agreementId = (await findCurrentAgreement({ db: t.db }))!.id;
    const invoice = await t.db.invoice.create({
      data: {
        municipalityId: greve.id,
        officeId: office.id,
        year: 2021,
        reference: "F-100",
        invoiceDate: new Date("2021-03-15T00:00:00Z"),
        dueDate: new Date("2021-04-15T00:00:00Z"),
        createdById: actor.id,
      },
    });
    const [typo, right] = await Promise.all(
      [9_999_999, 33_424].map((amount) =>
        t.db.payment.create({
          data: { invoiceId: invoice.id, amount, paidDate: new Date("2021-04-01T00:00:00Z"), createdById: actor.id },
        }),
      ),
    );

    // Another period's scope reaches nothing.
    await expect(
      deletePayment({ db: t.db, actor, agreementId: "en-anden-periode", paymentId: typo!.id }),
    ).rejects.toThrow("Registreringen findes ikke længere");
    // An invoice with payments stays until they are taken back, each seen.
    await expect(deleteInvoice({ db: t.db, actor, agreementId, invoiceId: invoice.id })).rejects.toThrow(
      "Faktura F-100 har betalinger. Slet dem først",
    );
    expect(await deletePayment({ db: t.db, actor, agreementId, paymentId: typo!.id })).toEqual({
      message: "Betalingen på 9.999.999 kr. (1. april 2021) af faktura F-100 fra Greve er slettet.",
    });
    expect((await t.db.payment.findMany({ where: { invoiceId: invoice.id } })).map((p) => p.amount)).toEqual([33_424]);
    // A second click, or a colleague who was quicker: told, nothing else happens.
    await expect(deletePayment({ db: t.db, actor, agreementId, paymentId: typo!.id })).rejects.toThrow(
      "Registreringen findes ikke længere: den er allerede slettet.",
    );
    await deletePayment({ db: t.db, actor, agreementId, paymentId: right!.id });
    expect(await deleteInvoice({ db: t.db, actor, agreementId, invoiceId: invoice.id })).toEqual({
      message: "Faktura F-100 til Greve er slettet.",
    });
    expect(await t.db.invoice.count()).toBe(0);

    const audit = await t.db.auditEvent.findMany({ where: { action: { in: ["payment.deleted", "invoice.deleted"] } } });
    expect(audit.map((a) => `${a.action} ${a.entityId} ${a.actorId}`).sort()).toEqual(
      [
        `invoice.deleted ${invoice.id} ${actor.id}`,
        `payment.deleted ${typo!.id} ${actor.id}`,
        `payment.deleted ${right!.id} ${actor.id}`,
      ].sort(),
    );
    expect(JSON.parse(audit.find((a) => a.entityId === typo!.id)!.before!)).toMatchObject({
      amount: 9_999_999,
      paidDate: "2021-04-01",
      invoice: "F-100",
      municipality: "0253",
      year: 2021,
    });
    expect(JSON.parse(audit.find((a) => a.entityId === invoice.id)!.before!)).toMatchObject({
      reference: "F-100",
      invoiceDate: "2021-03-15",
    });
  });
});
