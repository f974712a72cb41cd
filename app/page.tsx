import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { getDefaultWorkspaceSlug } from "@/lib/workspaces/queries";

export default async function HomePage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const slug = await getDefaultWorkspaceSlug(viewer);
  redirect(slug ? `/w/${slug}` : "/login?error=no-workspace");
}
