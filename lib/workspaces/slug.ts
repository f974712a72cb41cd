/** A URL slug for a workspace name: "Politics Desk — Ørsted" → "politics-desk-orsted". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/gi, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "workspace";
}

/** The n-th alternative when a slug is taken: "desk", "desk-2", "desk-3", … */
export const nthSlug = (base: string, n: number) => (n <= 1 ? base : `${base}-${n}`);
