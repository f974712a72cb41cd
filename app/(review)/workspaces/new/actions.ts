"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, requireViewer, type FormAction } from "@/app/_lib/form-action";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { createWorkspaceSchema } from "@/lib/workspaces/schema";

export interface NewWorkspaceState {
  error: string | null;
}

/** Creates a workspace owned by the signed-in person and opens its members page to invite the desk. */
export const createWorkspaceAction: FormAction<NewWorkspaceState> = formAction({
  parse: (form) => createWorkspaceSchema.parse({ name: form.get("name") }),
  labels: { name: "Name" },
  run: async (input) => {
    const viewer = await requireViewer("/workspaces/new");
    const { slug } = await createWorkspace(viewer, input);
    // The switcher's list lives in the layout, which a redirect alone would not re-render.
    revalidatePath("/", "layout");
    redirect(`/w/${slug}/members`);
  },
});
