// Which link targets rich text may hold. Shared by the server's schema, the editor (Tiptap's
// isAllowedUri) and the renderer, so a link is judged the same way at every step.

const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
export const MAX_HREF_LENGTH = 2_048;

/**
 * True for an absolute http:, https: or mailto: address, judged by URL parsing (not a prefix
 * test). Refuses relative and scheme-relative links, and any whitespace or control character:
 * the URL parser would silently drop "java\tscript:"'s tab, and what we store must be what the
 * browser will follow.
 */
export function isAllowedHref(href: string): boolean {
  if (href.length === 0 || href.length > MAX_HREF_LENGTH || !href.isWellFormed()) return false;
  if (/[\s\u0000-\u001f\u007f-\u009f]/u.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  return url.protocol === "mailto:" ? url.pathname.length > 0 : url.hostname.length > 0;
}
