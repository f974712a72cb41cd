import "server-only";
// A dashboard's figures. For a workspace they are the tallies PostgreSQL keeps as claims and
// verdict changes are written (migration dashboard_tallies): a few dozen rows, whatever the size
// of the workspace. For one article they are counted from its claims, with the same shares
// (dashboard_claim_shares), so both read alike. SQL in lib/dashboard/sql.ts.
import type { Viewer } from "@/lib/auth/types";
import { fillDays, type DayCount } from "@/lib/dashboard/days";
import type { DashboardDto } from "@/lib/dashboard/dto";
import { articleTalliesSql, workspaceTalliesSql, type TallyRow } from "@/lib/dashboard/sql";
import { db } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import { notFound } from "@/lib/errors";
import { VERDICTS, isReviewed } from "@/lib/verdicts/rules";
import { getWorkspaceForViewer, requireKey } from "@/lib/access/access";
import type { Verdict } from "@/generated/prisma/client";

/** The dashboard of a workspace, or of one of its articles. Any member. Throws NOT_FOUND. */
export async function getDashboard(viewer: Viewer, workspaceSlug: string, articleSlug?: string): Promise<DashboardDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = articleSlug
    ? await db.article.findUnique({
        where: { workspaceId_slug: { workspaceId: workspace.id, slug: requireKey(articleSlug, "Article") } },
        select: { id: true, slug: true, title: true },
      })
    : null;
  if (articleSlug && !article) throw notFound("Article");
  const [articleCount, rows] = await Promise.all([
    article ? 1 : db.article.count({ where: { workspaceId: workspace.id } }),
    db.$queryRaw<TallyRow[]>(article ? articleTalliesSql(article.id) : workspaceTalliesSql(workspace.id)),
  ]);
  const verdicts = VERDICTS.map((verdict) => ({ verdict, count: 0 }));
  const people = new Map<string, { judged: number; assignedOpen: number }>();
  const days = new Map<string, DayCount>();
  const personOf = (id: string) => people.get(id) ?? people.set(id, { judged: 0, assignedOpen: 0 }).get(id)!;
  const dayOf = (day: string) => days.get(day) ?? days.set(day, { day, marked: 0, judged: 0 }).get(day)!;
  for (const { kind, key, count } of rows) {
    if (kind === "verdict") verdicts.find((row) => row.verdict === toWireEnum(key as Verdict))!.count += count;
    else if (kind === "judged") personOf(key).judged += count;
    else if (kind === "open") personOf(key).assignedOpen += count;
    else if (kind === "marked") dayOf(key).marked += count;
    else if (kind === "given") dayOf(key).judged += count;
  }
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    article,
    articleCount,
    verdicts,
    total: verdicts.reduce((sum, row) => sum + row.count, 0),
    reviewed: verdicts.filter((row) => isReviewed(row.verdict)).reduce((sum, row) => sum + row.count, 0),
    reviewers: await namePeople(people),
    days: fillDays([...days.values()]),
  };
}

/** Who the tallies are of, by name: most current verdicts first, then most open assignments. */
async function namePeople(people: Map<string, { judged: number; assignedOpen: number }>) {
  const ids = [...people].filter(([, p]) => p.judged + p.assignedOpen > 0).map(([id]) => id);
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  return users
    .map((user) => ({ id: user.id, name: user.name, ...people.get(user.id)! }))
    .sort((a, b) => b.judged - a.judged || b.assignedOpen - a.assignedOpen || a.name.localeCompare(b.name));
}
