// @ts-check
// Content-Security-Policy is set per response in proxy.ts: it carries a fresh script nonce.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets several builds live side by side (parallel test runs on one checkout); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // NEXT_SKIP_TYPECHECK=1 skips the build's type check, for builds made while someone else's
  // work in progress does not compile; `npm test` and CI never set it (and run tsc in the build).
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // The generated Prisma client and pg are server-only Node code: keep them out of the bundle.
  // piscina starts its threads from files of its own package: bundled, it would not find them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "piscina"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // API answers are per person: never stored by a browser or a proxy.
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
