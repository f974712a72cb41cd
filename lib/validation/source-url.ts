// Evidence links are opened by other reviewers and printed in reports, so only web addresses
// pass: javascript:, data:, file: and the like are refused.

export const MAX_URL_LENGTH = 2_048;

/** The normalised http(s) URL, or null when the text is not one. Pure. */
export function parseSourceUrl(text: string): string | null {
  if (text.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
  return url.href;
}
