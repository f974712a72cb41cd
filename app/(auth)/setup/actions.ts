"use server";
import { formAction, type FormAction } from "@/app/_lib/form-action";
import { signIn } from "@/lib/auth";
import { createFirstOwner } from "@/lib/setup/mutations";
import { firstOwnerSchema } from "@/lib/setup/schema";

export interface SetupState {
  error: string | null;
  /** Given back so the form keeps them after a refusal (React resets a form after its action). */
  values?: { name: string; email: string; workspaceName: string };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Creates the first owner, then signs them in to their workspace (signIn throws the redirect). */
export const setupAction: FormAction<SetupState> = formAction({
  parse: (form) =>
    firstOwnerSchema.parse({
      name: text(form, "name"),
      email: text(form, "email"),
      password: text(form, "password"),
      workspaceName: text(form, "workspaceName"),
    }),
  labels: { name: "Your name", email: "Email", password: "Password", workspaceName: "Workspace name" },
  keep: (form) => ({
    values: {
      name: text(form, "name").slice(0, 100),
      email: text(form, "email").slice(0, 320),
      workspaceName: text(form, "workspaceName").slice(0, 80),
    },
  }),
  run: async (input) => {
    const { workspaceSlug } = await createFirstOwner(input);
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: `/w/${workspaceSlug}` });
    return { error: null };
  },
});
