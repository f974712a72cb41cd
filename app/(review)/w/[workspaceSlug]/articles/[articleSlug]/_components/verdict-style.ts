import type { VerdictValue } from "@/lib/verdicts/rules";

/** Each verdict has an icon as well as a colour, so it reads without colour too. */
export const VERDICT_ICONS: Record<VerdictValue, string> = {
  unreviewed: "•",
  verified: "✓",
  disputed: "?",
  contradicted: "✗",
};

export const VERDICT_HINTS: Record<VerdictValue, string> = {
  unreviewed: "dotted underline",
  verified: "solid underline",
  disputed: "dashed underline",
  contradicted: "wavy underline",
};
