// Prints claim suggestions for a plain-text file as JSON, with offsets into the
// file's raw UTF-8 text as read (not the app's canonical text).
//   npm run suggest -- <file> [--min-score=0.45]
import { readFileSync } from "node:fs";
import { suggestClaims } from "@/lib/suggestions/suggest-claims";

const USAGE = "usage: npm run suggest -- <file> [--min-score=<0..1>]";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const minScoreArg = args.find((arg) => arg.startsWith("--min-score="));
const minScore = minScoreArg ? Number(minScoreArg.slice("--min-score=".length)) : undefined;

if (!file || (minScore !== undefined && !(minScore >= 0 && minScore <= 1))) {
  console.error(USAGE);
  process.exit(2);
}

const text = readTextOrExit(file);
const suggestions = suggestClaims(text, minScore === undefined ? {} : { minScore });
console.log(
  JSON.stringify(
    suggestions.map(({ start, end, text, score, reasons }) => ({ start, end, text, score, reasons })),
    null,
    2,
  ),
);

function readTextOrExit(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    console.error(`suggest: cannot read ${path} (${reason})`);
    console.error(USAGE);
    process.exit(2);
  }
}
