/**
 * Password hashing off the event loop (docs/decisions/0012-trust-part-two.md). New hashes are Argon2id
 * (@node-rs/argon2: native, runs on libuv's thread pool); bcrypt hashes from before are still verified
 * (@node-rs/bcrypt, also off the main thread) and replaced by Argon2id at the next successful sign-in.
 *
 * At most HASH_SLOTS hashes run at once: a flood of sign-ins queues here instead of taking every core from
 * the pages. The queue is bounded: when it is full, the caller gets `Busy` and the attempt is refused at once.
 */
import os from "node:os";
import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import { verify as bcryptVerify } from "@node-rs/bcrypt";

/** OWASP's minimum for Argon2id (19 MiB, 2 passes): ~20–40 ms on this project's machine. */
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** Leave at least one core to the pages (2 cores → 1 hash at a time). */
const HASH_SLOTS = Math.max(1, Math.min(4, os.availableParallelism() - 1));
const MAX_WAITING = 64;

export class HashQueueFull extends Error {
  constructor() {
    super("password hashing queue full");
  }
}

let running = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_SLOTS) {
    if (waiting.length >= MAX_WAITING) throw new HashQueueFull();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** True when a new check would be refused at once (callers can refuse before any other work). */
export function hashQueueFull(): boolean {
  return running >= HASH_SLOTS && waiting.length >= MAX_WAITING;
}

export function hashPassword(password: string): Promise<string> {
  return inSlot(() => argon2Hash(password, ARGON2));
}

export function isLegacyHash(passwordHash: string): boolean {
  return /^\$2[aby]\$/.test(passwordHash);
}

/** True when the password matches; `rehash` when the stored hash should be replaced by a current one. */
export async function verifyPassword(
  password: string,
  passwordHash: string,
): Promise<{ matches: boolean; rehash: boolean }> {
  if (isLegacyHash(passwordHash)) {
    const matches = await inSlot(() => bcryptVerify(password, passwordHash)).catch(rethrowBusy);
    return { matches, rehash: matches };
  }
  const matches = await inSlot(() => argon2Verify(passwordHash, password)).catch(rethrowBusy);
  return { matches, rehash: false };
}

/** A malformed stored hash is a non-match; a full queue is not. */
function rethrowBusy(error: unknown): false {
  if (error instanceof HashQueueFull) throw error;
  return false;
}

// Compared against when the e-mail is unknown, so an unknown e-mail and a wrong password take the same time.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword(crypto.randomUUID()));
}
