// The Content-Security-Policy of every response: scripts only from this origin or carrying the
// request's nonce (Next.js adds it to its own inline scripts when it finds the policy on the
// request), so an injected <script> or event handler never runs. Styles may be inline: Tiptap and
// the charts position things with style attributes, and styles cannot run code.

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}

export function contentSecurityPolicy(nonce: string, { isDevelopment = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts a nonce'd script loads (Next's chunks) are trusted; hosts are not.
    // React's development build evaluates code for its stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
