// SVG fills that tell series apart without colour: each verdict and series has a texture (solid,
// stripes, cross-hatch, dots) as well as a colour, so a greyscale print or a colour-blind reader
// still sees which bar is which. Rendered inside each chart's <svg>.
import type { VerdictValue } from "@/lib/verdicts/rules";

export const VERDICT_COLOURS: Record<VerdictValue, string> = {
  unreviewed: "#4d5b7c",
  verified: "#1e7b4c",
  disputed: "#9a6200",
  contradicted: "#b3261e",
};

export const SERIES_COLOURS = { judged: "#1f4e8c", assignedOpen: "#6b7280", marked: "#1f4e8c" } as const;

export const patternFill = (id: string) => `url(#${id})`;

export function ChartPatterns({ prefix }: { prefix: string }) {
  const { unreviewed, verified, disputed, contradicted } = VERDICT_COLOURS;
  return (
    <defs>
      <pattern id={`${prefix}-unreviewed`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <circle cx="3" cy="3" r="1.4" fill={unreviewed} />
      </pattern>
      <pattern id={`${prefix}-verified`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={verified} />
      </pattern>
      <pattern
        id={`${prefix}-disputed`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#fff" />
        <rect width="3" height="6" fill={disputed} />
      </pattern>
      <pattern id={`${prefix}-contradicted`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={contradicted} />
        <path d="M0 0L6 6M6 0L0 6" stroke="#fff" strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-judged`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={SERIES_COLOURS.judged} />
      </pattern>
      <pattern id={`${prefix}-open`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <rect width="2" height="6" fill={SERIES_COLOURS.assignedOpen} />
      </pattern>
    </defs>
  );
}
