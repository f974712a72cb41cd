"use client";
// "Open beside…": picks an article of the workspace (this one too) for the right-hand pane, by
// searching titles as one types. The choice lives in the URL (?beside=), so a link to the pair
// can be shared.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ArticlePicker } from "@/app/_components/article-picker";
import type { BesideArticleDto } from "@/lib/passages/dto";
import { besideQuery } from "./link-passage";

interface Props {
  workspaceSlug: string;
  currentSlug: string;
  beside: Pick<BesideArticleDto, "id" | "slug" | "title"> | null;
}

export function BesidePicker({ workspaceSlug, currentSlug, beside }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const chosen = beside && { id: beside.id, slug: beside.slug, title: beside.title };
  return (
    <ArticlePicker
      key={beside?.slug ?? ""}
      className="beside-picker"
      workspaceSlug={workspaceSlug}
      label="Open beside"
      placeholder="No article beside"
      chosen={chosen}
      currentSlug={currentSlug}
      onChoose={(article) => router.replace(pathname + besideQuery(params, article?.slug ?? null), { scroll: false })}
    />
  );
}
