"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { acceptInvitation, createAccountAndAcceptInvitation } from "@/lib/invitations/accept";
import { newAccountSchema } from "@/lib/invitations/schema";

export interface InviteFormState {
  error: string | null;
  field?: string;
}

const tokenOf = (form: FormData) => String(form.get("token") ?? "");

/** Joins the invitation's workspace as the signed-in person, then opens it. */
export async function acceptInviteAction(_state: InviteFormState, form: FormData): Promise<InviteFormState> {
  const token = tokenOf(form);
  const viewer = await getViewer();
  if (!viewer) redirect(`/login?next=${encodeURIComponent(`/invite/${token}`)}`);
  let slug: string;
  try {
    slug = (await acceptInvitation(viewer, token)).slug;
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  // The top bar's workspace list lives in the layout, which a redirect alone would not re-render.
  revalidatePath("/", "layout");
  redirect(`/w/${slug}`);
}

/** Creates a new person's account through the invitation, signs them in and opens the workspace. */
export async function createAccountAction(_state: InviteFormState, form: FormData): Promise<InviteFormState> {
  const parsed = newAccountSchema.safeParse({
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!parsed.success) {
    const error = fromZodError(parsed.error);
    return { error: error.message, field: error.field };
  }
  let slug: string;
  try {
    slug = (await createAccountAndAcceptInvitation(tokenOf(form), parsed.data)).slug;
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, field: error.field };
    throw error;
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: `/w/${slug}` });
  } catch (error) {
    // The account and membership exist; if signing straight in is refused, sign in by hand.
    if (error instanceof AuthError) redirect(`/login?next=${encodeURIComponent(`/w/${slug}`)}`);
    throw error;
  }
  return { error: null };
}
