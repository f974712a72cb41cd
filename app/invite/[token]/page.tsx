import "@/app/_components/sign-in.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "@/app/_components/format";
import { getViewer } from "@/lib/auth/viewer";
import type { InvitePreviewDto } from "@/lib/invitations/dto";
import { getInvitePreview } from "@/lib/invitations/queries";
import { MIN_PASSWORD_LENGTH } from "@/lib/invitations/schema";
import { JoinForm } from "./_components/join-form";
import { NewAccountForm } from "./_components/new-account-form";

// The link is a secret: keep it out of search engines.
export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };

type Preview = Exclude<InvitePreviewDto, { status: "unknown" }>;

const article = (role: string) => (role === "owner" || role === "editor" ? "an" : "a");

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const viewer = await getViewer();
  const preview = await getInvitePreview(viewer, token);
  return (
    <main className="login-page">
      <section className="login-card invite-card">
        <Link href="/" className="wordmark small">
          Fact<span>mark</span>
        </Link>
        {preview.status === "unknown" ? (
          <Dead title="This invite link does not work">
            Check that you copied the whole link, or ask the person who sent it for a new one.
          </Dead>
        ) : (
          <Invitation preview={preview} token={token} viewerEmail={viewer?.email ?? null} />
        )}
      </section>
    </main>
  );
}

function Invitation({ preview, token, viewerEmail }: { preview: Preview; token: string; viewerEmail: string | null }) {
  const { workspace } = preview;
  if (preview.isMember) {
    return (
      <Dead
        title={`You are already a member of ${workspace.name}`}
        action={{ href: `/w/${workspace.slug}`, label: `Open ${workspace.name}` }}
      >
        This link is meant for someone new; it stays unused for them.
      </Dead>
    );
  }
  if (preview.status === "expired")
    return <Dead title="This invite link has expired">Ask {preview.invitedBy} for a new one.</Dead>;
  if (preview.status === "revoked")
    return (
      <Dead title="This invite link has been revoked">Ask {preview.invitedBy} for a new one if you still need it.</Dead>
    );
  if (preview.status === "accepted")
    return (
      <Dead title="This invite link has already been used">
        Each link works once. Ask {preview.invitedBy} for your own.
      </Dead>
    );

  return (
    <>
      <p className="invite-kicker">You are invited</p>
      <h1 className="invite-title">
        Join <strong>{workspace.name}</strong> as {article(preview.role)} {preview.role}
      </h1>
      <p className="muted small">
        Invited by {preview.invitedBy} · link valid until {formatDate(preview.expiresAt)}
      </p>
      {viewerEmail ? (
        <>
          <p className="small">Signed in as {viewerEmail}.</p>
          <JoinForm token={token} workspaceName={workspace.name} />
        </>
      ) : (
        <>
          <div className="invite-signin">
            Already on Factmark?{" "}
            <Link href={`/login?next=${encodeURIComponent(`/invite/${token}`)}`}>Sign in to accept</Link>
          </div>
          <h2 className="invite-subtitle">New here? Create your account</h2>
          <NewAccountForm token={token} workspaceName={workspace.name} minPasswordLength={MIN_PASSWORD_LENGTH} />
        </>
      )}
    </>
  );
}

function Dead({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <>
      <h1 className="invite-title">{title}</h1>
      <p className="muted">{children}</p>
      <Link href={action?.href ?? "/"} className="button primary">
        {action?.label ?? "Go to Factmark"}
      </Link>
    </>
  );
}
