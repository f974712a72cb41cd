/** A claim whose words a revision changed: its verdict stands, but is due another look. */
export function StaleBadge() {
  return (
    <span className="stale-badge">
      <span aria-hidden="true">↻</span> Text changed — review again
    </span>
  );
}
