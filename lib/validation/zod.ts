/**
 * zod with Danish default messages (zod's own "da" locale). Every schema imports z from here, so even a rule
 * without an explicit message — typically a hidden field someone tampered with — answers in Danish.
 * The fuzz test (e2e/fuzz.spec.ts) checks that every refusal is Danish.
 */
import { z } from "zod";

z.config(z.locales.da());

export { z };
