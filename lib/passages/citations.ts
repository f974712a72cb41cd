import "server-only";
// Backlinks: the evidence, anywhere in the workspace, that cites a passage of an article.
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import type { CitationDto } from "@/lib/passages/dto";
import { getArticleForViewer } from "@/lib/access/access";

/** Every citation of a passage of the article, in text order, for any member. Throws NOT_FOUND. */
export async function listCitations(viewer: Viewer, articleId: string): Promise<CitationDto[]> {
  const { article } = await getArticleForViewer(viewer, articleId);
  return listCitationsOfArticle(article.id, article.workspaceId);
}

/** Only for callers that have already authorised access to the article. */
export async function listCitationsOfArticle(articleId: string, workspaceId: string): Promise<CitationDto[]> {
  const rows = await db.evidence.findMany({
    // The workspace condition is belt and braces: evidence may only cite its own workspace.
    where: { passageArticleId: articleId, claim: { article: { workspaceId } } },
    select: {
      id: true,
      stance: true,
      passageExact: true,
      passageStart: true,
      passageEnd: true,
      passageStatus: true,
      claim: {
        select: { id: true, exact: true, verdict: true, article: { select: { id: true, slug: true, title: true } } },
      },
    },
    orderBy: [{ passageStart: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({
    evidenceId: row.id,
    start: row.passageStart ?? 0,
    end: row.passageEnd ?? 0,
    exact: row.passageExact ?? "",
    status: toWireEnum(row.passageStatus ?? "ORPHANED"),
    stance: toWireEnum(row.stance),
    claim: {
      id: row.claim.id,
      exact: row.claim.exact,
      verdict: toWireEnum(row.claim.verdict),
      articleId: row.claim.article.id,
      articleSlug: row.claim.article.slug,
      articleTitle: row.claim.article.title,
    },
  }));
}
