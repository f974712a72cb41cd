import Link from "next/link";

interface Props {
  /** What the pages are of, for screen readers: "Article pages". */
  label: string;
  previousHref: string | null;
  nextHref: string | null;
  previousText?: string;
  nextText?: string;
}

/** Previous and next links of a list paged by cursor; nothing when the list fits on one page. */
export function Pager({ label, previousHref, nextHref, previousText = "Previous", nextText = "Next" }: Props) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav className="pager" aria-label={label}>
      {previousHref && (
        <Link href={previousHref} className="button" rel="prev">
          ← {previousText}
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} className="button pager-next" rel="next">
          {nextText} →
        </Link>
      )}
    </nav>
  );
}
