import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { listQueue } from "@/lib/assignments/queries";
import { QUEUE_PAGE_SIZE, queueQuerySchema } from "@/lib/assignments/schema";
import { getViewer } from "@/lib/auth/viewer";
import { readFiltersForPage, readQuery } from "@/lib/http/query";
import { QueueReview } from "./queue-review";

export const metadata: Metadata = { title: "My queue" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The viewer's queue, a page at a time: ?status= picks the list, ?cursor= the position in it. */
export default async function QueuePage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const start = { status: "open" as const, page: { limit: QUEUE_PAGE_SIZE, after: null } };
  const { query, error } = readFiltersForPage(queueQuerySchema, readQuery(await searchParams), start);
  const queue = await loadOr404(() => listQueue(viewer, workspaceSlug, query));
  if (!queue) notFound();
  return (
    <QueueReview
      key={`${query.status}:${query.page.after?.id ?? ""}`}
      workspaceSlug={workspaceSlug}
      queue={queue}
      isFirstPage={query.page.after === null}
      queryError={error}
    />
  );
}
