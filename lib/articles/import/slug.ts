// Article slugs from headlines: readable in URLs, and within requireKey's 100 characters with
// room for a "-12" suffix. Pure.

const MAX_SLUG_CHARS = 80;

/** "Kim’s Visit: 2018, Tehran" → "kims-visit-2018-tehran"; "article" when nothing is left. */
export function slugify(headline: string): string {
  const slug = headline
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, "");
  return slug || "article";
}

/** The base slug if free, else base-2, base-3, … (the first not taken). */
export function nextFreeSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
