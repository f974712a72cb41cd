// Lint states the house rules a reviewer would otherwise have to remember: Next.js and
// typescript-eslint's recommended sets, no import cycles, the framework kept out of the domain
// (lib/), and only the data-access files reaching the database.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Files that may import the Prisma client (`@/lib/db`): the data-access layer, by name.
const DATA_ACCESS = [
  "lib/db.ts",
  "lib/**/queries.ts",
  "lib/**/mutations.ts",
  "lib/**/access.ts",
  "lib/**/*-queries.ts",
];
// Older modules that still reach the database under another name. Each is to be renamed or split
// into its domain's queries/mutations; the list only ever shrinks.
const DATA_ACCESS_TO_MOVE = [
  "lib/articles/import-article.ts",
  "lib/articles/revisions.ts",
  "lib/articles/revisions-reanchor.ts",
  "lib/articles/revisions-reattach.ts",
  "lib/audit/record.ts",
  "lib/claims/selection.ts",
  "lib/invitations/accept.ts",
  "lib/live/events.ts",
  "lib/live/presence.ts",
  "lib/passages/citations.ts",
  "lib/users/sign-in-throttle.ts",
  "lib/users/verify-credentials.ts",
  "lib/workspaces/create-workspace.ts",
];
const TESTS = ["**/*.test.ts", "tests/**", "e2e/**", "bench/**", "scripts/**", "prisma/**"];

// The Prisma client itself; the pool's figures (getPoolStats) and the Tx type may go anywhere.
const dbImport = {
  name: "@/lib/db",
  importNames: ["db"],
  message: "Only the data-access files (queries.ts, mutations.ts, access.ts) reach the database: call one of them.",
};
const frameworkImports = {
  paths: [{ name: "next", message: "lib/ is plain TypeScript: keep Next.js in app/." }],
  patterns: [
    { group: ["next/*"], message: "lib/ is plain TypeScript: keep Next.js in app/." },
    { group: ["next-auth", "next-auth/*"], message: "Only lib/auth talks to Auth.js." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "no-restricted-imports": ["error", { paths: [dbImport] }],
    },
  },
  { files: [...DATA_ACCESS, ...DATA_ACCESS_TO_MOVE, ...TESTS], rules: { "no-restricted-imports": "off" } },
  {
    files: ["lib/**"],
    ignores: [...DATA_ACCESS, ...DATA_ACCESS_TO_MOVE, "**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { ...frameworkImports, paths: [...frameworkImports.paths, dbImport] }],
    },
  },
  {
    files: [...DATA_ACCESS, ...DATA_ACCESS_TO_MOVE],
    rules: { "no-restricted-imports": ["error", frameworkImports] },
  },
  {
    files: ["lib/auth/**"],
    ignores: DATA_ACCESS,
    rules: { "no-restricted-imports": ["error", { paths: [dbImport] }] },
  },
  // Playwright fixtures call their callback `use`; it is not React's.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
