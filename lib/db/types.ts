import type { Prisma } from "../../prisma/generated/sqlite";

/** The client or a transaction: domain operations take either, so they compose inside one $transaction. */
export type DbClient = Prisma.TransactionClient;
