// The benchmarks in table order, by the names `--only` accepts.
import { benchCreateClaim } from "./api-create-claim";
import { benchListClaims } from "./api-list-claims";
import { benchSearch } from "./api-search";
import type { BenchContext, BenchOutcome } from "./bench-types";
import { benchClaimSuggestions } from "./claim-suggestions";
import { benchExport } from "./api-export";
import { benchHighlightPaint } from "./highlight-paint";
import { benchHtmlReport } from "./html-report";
import { benchReanchorRow } from "./reanchor";
import { benchServerMemory } from "./server-memory";

export interface Benchmark {
  name: string;
  /** Whether it needs the database, the build and the running app (a BenchContext). */
  needsApp: boolean;
  run: (context: BenchContext | undefined) => Promise<BenchOutcome>;
}

const withApp = (run: (context: BenchContext) => Promise<BenchOutcome>) => (context: BenchContext | undefined) => {
  if (!context) throw new Error("this benchmark needs the app, which was not started");
  return run(context);
};

export const BENCHMARKS: Benchmark[] = [
  { name: "create", needsApp: true, run: withApp(benchCreateClaim) },
  { name: "list", needsApp: true, run: withApp(benchListClaims) },
  { name: "paint", needsApp: true, run: withApp(benchHighlightPaint) },
  { name: "reanchor", needsApp: false, run: (context) => benchReanchorRow(context?.repeat ?? 5) },
  { name: "report", needsApp: false, run: () => benchHtmlReport() },
  { name: "search", needsApp: true, run: withApp(benchSearch) },
  { name: "export", needsApp: true, run: withApp(benchExport) },
  { name: "memory", needsApp: true, run: withApp(benchServerMemory) },
  { name: "suggest", needsApp: false, run: () => benchClaimSuggestions() },
];
