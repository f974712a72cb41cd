"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/http/error-body";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { createWorkspaceSchema } from "@/lib/workspaces/schema";

export interface NewWorkspaceState {
  error: string | null;
}

/** Creates a workspace owned by the signed-in person and opens its members page to invite the desk. */
export async function createWorkspaceAction(_state: NewWorkspaceState, form: FormData): Promise<NewWorkspaceState> {
  const parsed = createWorkspaceSchema.safeParse({ name: form.get("name") });
  if (!parsed.success) return { error: fromZodError(parsed.error).message };
  const viewer = await getViewer();
  if (!viewer) redirect("/login?next=/workspaces/new");
  let slug: string;
  try {
    slug = (await createWorkspace(viewer, parsed.data)).slug;
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  // The switcher's list lives in the layout, which a redirect alone would not re-render.
  revalidatePath("/", "layout");
  redirect(`/w/${slug}/members`);
}
