"use server";
import { signIn } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { createFirstOwner } from "@/lib/setup/mutations";
import { firstOwnerSchema } from "@/lib/setup/schema";

export interface SetupState {
  error: string | null;
  /** Given back so the form keeps them after a refusal (React resets a form after its action). */
  values?: { name: string; email: string; workspaceName: string };
}

/** Creates the first owner, then signs them in to their workspace (signIn throws the redirect). */
export async function setupAction(_state: SetupState, form: FormData): Promise<SetupState> {
  const raw = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    workspaceName: String(form.get("workspaceName") ?? ""),
  };
  const values = { name: raw.name.slice(0, 100), email: raw.email.slice(0, 320), workspaceName: raw.workspaceName.slice(0, 80) };
  const parsed = firstOwnerSchema.safeParse(raw);
  if (!parsed.success) return { error: fromZodError(parsed.error).message, values };
  let workspaceSlug: string;
  try {
    ({ workspaceSlug } = await createFirstOwner(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, values };
    throw error;
  }
  await signIn("credentials", { email: parsed.data.email, password: raw.password, redirectTo: `/w/${workspaceSlug}` });
  return { error: null };
}
