import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { listQueue } from "@/lib/assignments/queries";
import { getViewer } from "@/lib/auth/viewer";
import { QueueReview } from "./queue-review";

export const metadata: Metadata = { title: "My queue" };

export default async function QueuePage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const queue = await loadOr404(() => listQueue(viewer, workspaceSlug));
  if (!queue) notFound();
  return <QueueReview workspaceSlug={workspaceSlug} initialQueue={queue} />;
}
