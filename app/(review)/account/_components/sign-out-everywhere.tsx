"use client";
import { useState } from "react";
import { callApi } from "@/app/_components/api";

export function SignOutEverywhere() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function signOutEverywhere() {
    setPending(true);
    const result = await callApi("DELETE", "/account/sessions");
    if (!result.ok) {
      setPending(false);
      return setError(result.error.message);
    }
    // This session ended too: a full load lands on the sign-in page.
    window.location.assign("/login");
  }

  return (
    <>
      <button type="button" className="button danger" disabled={pending} onClick={signOutEverywhere}>
        {pending ? "Signing out…" : "Sign out everywhere"}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}
