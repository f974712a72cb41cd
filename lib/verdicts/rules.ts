// Verdict vocabulary and the rules a change must follow. Pure.
import { invalidInput } from "@/lib/errors";

export const VERDICTS = ["unreviewed", "verified", "disputed", "contradicted"] as const;
export type VerdictValue = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<VerdictValue, string> = {
  unreviewed: "Unreviewed",
  verified: "Verified",
  disputed: "Disputed",
  contradicted: "Contradicted",
};

/** A reader must be able to see why a claim is doubted; a verification may stand on its evidence. */
export const isRationaleRequired = (verdict: VerdictValue) => verdict === "disputed" || verdict === "contradicted";

export const isReviewed = (verdict: VerdictValue) => verdict !== "unreviewed";

export interface VerdictChangeRequest {
  from: VerdictValue;
  fromRationale: string | null;
  to: VerdictValue;
  rationale?: string | null;
  /** The field the rationale came in, for the error: "rationale" (plain) or "rationaleDoc". */
  rationaleField?: "rationale" | "rationaleDoc";
}

/**
 * Checks a verdict change and returns the rationale to store (trimmed, null when empty),
 * or null when nothing would change. Throws INVALID_INPUT naming the rationale's field.
 */
export function checkVerdictChange(change: VerdictChangeRequest): { rationale: string | null } | null {
  const rationale = change.rationale?.trim() || null;
  if (isRationaleRequired(change.to) && !rationale) {
    throw invalidInput(change.rationaleField ?? "rationale", `a rationale is required for a ${change.to} verdict`);
  }
  if (change.to === change.from && rationale === change.fromRationale) return null;
  return { rationale };
}
