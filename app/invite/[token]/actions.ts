"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { formAction, requireViewer, type FormAction } from "@/app/_lib/form-action";
import { signIn } from "@/lib/auth";
import { acceptInvitation, createAccountAndAcceptInvitation } from "@/lib/invitations/accept";
import { newAccountSchema } from "@/lib/invitations/schema";

export interface InviteFormState {
  error: string | null;
  field?: string;
}

const tokenOf = (form: FormData) => String(form.get("token") ?? "");

/** Joins the invitation's workspace as the signed-in person, then opens it. */
export const acceptInviteAction: FormAction<InviteFormState> = formAction({
  parse: tokenOf,
  run: async (token) => {
    const viewer = await requireViewer(`/invite/${token}`);
    const { slug } = await acceptInvitation(viewer, token);
    // The top bar's workspace list lives in the layout, which a redirect alone would not re-render.
    revalidatePath("/", "layout");
    redirect(`/w/${slug}`);
  },
});

/** Creates a new person's account through the invitation, signs them in and opens the workspace. */
export const createAccountAction: FormAction<InviteFormState> = formAction({
  parse: (form) =>
    newAccountSchema.parse({ name: form.get("name"), email: form.get("email"), password: form.get("password") }),
  labels: { name: "Your name", email: "Email", password: "Password" },
  run: async (input, form) => {
    const { slug } = await createAccountAndAcceptInvitation(tokenOf(form), input);
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: `/w/${slug}` });
    } catch (error) {
      // The account and membership exist; if signing straight in is refused, sign in by hand.
      if (error instanceof AuthError) redirect(`/login?next=${encodeURIComponent(`/w/${slug}`)}`);
      throw error;
    }
    return { error: null };
  },
});
