import "./activity.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { readArticleFilter } from "@/app/_components/article-filter";
import { ArticlePicker } from "@/app/_components/article-picker";
import { FilterSelect } from "@/app/_components/filter-select";
import { Pager } from "@/app/_components/pager";
import { formatDate } from "@/app/_components/format";
import { loadOr404 } from "@/app/_components/load-or-404";
import { ACTIVITY_ACTIONS } from "@/lib/audit/describe";
import { activityFiltersSchema, listActivity } from "@/lib/audit/queries";
import { listAssignees } from "@/lib/assignments/queries";
import { getViewer } from "@/lib/auth/viewer";
import { readFiltersForPage } from "@/lib/http/query";
import { getWorkspaceForViewer } from "@/lib/access/access";

export const metadata: Metadata = { title: "Activity" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The workspace's activity feed; every filter is in the URL, so a filtered feed can be shared. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const path = `/w/${workspaceSlug}/activity`;
  const loaded = await loadOr404(async () => {
    const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
    const picked = await readArticleFilter(viewer, workspaceSlug, path, await searchParams);
    const { query: filters, error } = readFiltersForPage(activityFiltersSchema, picked.query, {});
    const [feed, people] = await Promise.all([
      listActivity(viewer, workspaceSlug, filters),
      listAssignees(workspace.id),
    ]);
    return { raw: picked.query, picked, filters, filterError: error, feed, people };
  });
  if (!loaded) notFound();
  const { raw, picked, filters, filterError, feed, people } = loaded;
  // The page's position is the URL (?before= or ?after=), with the filters kept.
  const { before: _before, after: _after, ...kept } = raw;
  const hrefWith = (key: string, value: string | null) => value && `?${new URLSearchParams({ ...kept, [key]: value })}`;
  return (
    <main className="page">
      <h1 className="page-title">Activity</h1>
      {filterError && (
        <p className="form-error" role="alert">
          {filterError}. The feed is shown without filters.
        </p>
      )}
      {picked.error && (
        <p className="form-error" role="alert">
          {picked.error}. The feed is shown for every article.
        </p>
      )}
      <form className="filters" method="get">
        <FilterSelect
          name="action"
          label="Action"
          value={filters.action}
          options={ACTIVITY_ACTIONS.map((a) => [a, a])}
        />
        <FilterSelect name="actor" label="Person" value={filters.actor} options={people.map((p) => [p.id, p.name])} />
        <ArticlePicker
          key={picked.chosen?.slug ?? picked.typed ?? ""}
          workspaceSlug={workspaceSlug}
          name="article"
          label="Article"
          placeholder="All articles"
          chosen={picked.chosen}
          typed={picked.typed}
        />
        <label className="field">
          From
          <input type="date" name="from" defaultValue={filters.from} />
        </label>
        <label className="field">
          To
          <input type="date" name="to" defaultValue={filters.to} />
        </label>
        <button type="submit" className="button primary">
          Filter
        </button>
        <Link href={`/w/${workspaceSlug}/activity`} className="button ghost">
          Clear
        </Link>
      </form>
      {feed.events.length === 0 ? (
        <p className="empty">No activity matches these filters.</p>
      ) : (
        <ol className="activity-feed">
          {feed.events.map((event) => (
            <li key={event.id}>
              <time className="muted small" dateTime={event.createdAt}>
                {formatDate(event.createdAt)}
              </time>
              <span>
                <strong>{event.actor.name}</strong> {event.summary}
                {event.article && (
                  <>
                    {" in "}
                    <Link
                      href={`/w/${workspaceSlug}/articles/${event.article.slug}${event.claimId ? `?claim=${event.claimId}` : ""}`}
                    >
                      {event.article.title}
                    </Link>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <Pager
        label="Activity pages"
        previousHref={hrefWith("after", feed.previousAfter)}
        nextHref={hrefWith("before", feed.nextBefore)}
        previousText="Newer activity"
        nextText="Older activity"
      />
    </main>
  );
}
