import { TokenPageFrame, TokenPageNotice, tokenPageMetadata } from "@/app/_components/token-page";
import { getResetPreview } from "@/lib/password-resets/queries";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";
import { ResetForm } from "./_components/reset-form";

export const metadata = tokenPageMetadata("Set a new password");

const dead = {
  unknown: [
    "This reset link does not work",
    "Check that you copied the whole link, or ask your workspace's owner for a new one.",
  ],
  used: ["This reset link has already been used", "Each link works once. Ask your workspace's owner for a new one."],
  expired: ["This reset link has expired", "Ask your workspace's owner for a new one."],
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = await getResetPreview(token);
  return (
    <TokenPageFrame>
      {preview.status === "usable" ? (
        <>
          <h1 className="invite-title">Set a new password</h1>
          <p className="muted small">For {preview.email}. Every session of this account will be signed out.</p>
          <ResetForm token={token} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <TokenPageNotice title={dead[preview.status][0]} action={{ href: "/login", label: "Go to sign in" }}>
          {dead[preview.status][1]}
        </TokenPageNotice>
      )}
    </TokenPageFrame>
  );
}
