import { invalidInput } from "@/lib/errors";

/** An event id from Last-Event-ID or ?after=: a non-negative integer, 0 when absent. */
export function parseEventId(value: string | null): bigint {
  if (value === null || value === "") return 0n;
  if (!/^\d{1,19}$/.test(value)) throw invalidInput("after", "must be a non-negative integer event id");
  return BigInt(value);
}
