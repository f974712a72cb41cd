import Link from "next/link";

export default function NotFound() {
  return (
    <main className="page narrow">
      <h1 className="page-title">Not found</h1>
      <p className="muted">This page does not exist, or you are not a member of the workspace it belongs to.</p>
      <Link href="/" className="button">
        Back to your articles
      </Link>
    </main>
  );
}
