// The search form: a GET form, so every search (words and filters) is a URL to share or reload.
import Form from "next/form";
import Link from "next/link";
import type { ArticleFilter } from "@/app/_components/article-filter";
import { ArticlePicker } from "@/app/_components/article-picker";
import { FilterSelect } from "@/app/_components/filter-select";
import { MAX_QUERY_LENGTH } from "@/lib/search/schema";
import type { PersonDto } from "@/lib/users/dto";
import { VERDICT_LABELS, VERDICTS } from "@/lib/verdicts/rules";

interface Props {
  workspaceSlug: string;
  /** The query string's values as sent (possibly invalid), to show them again. */
  values: Record<string, string>;
  people: PersonDto[];
  /** The article filter as the URL names it (app/_components/article-filter.ts). */
  article: Pick<ArticleFilter, "chosen" | "typed">;
}

export function SearchForm({ workspaceSlug, values, people, article }: Props) {
  const personOptions = people.map((p): [string, string] => [p.id, p.name]);
  return (
    <Form action={`/w/${workspaceSlug}/search`} className="search-form" role="search" aria-label="Search and filters">
      <div className="search-query">
        <label className="field">
          Search for
          <input type="search" name="q" defaultValue={values.q} maxLength={MAX_QUERY_LENGTH} autoComplete="off" />
        </label>
        <button type="submit" className="button primary">
          Search
        </button>
      </div>
      {values.kind && <input type="hidden" name="kind" value={values.kind} />}
      <div className="filters">
        <FilterSelect
          name="verdict"
          label="Verdict"
          value={values.verdict}
          options={VERDICTS.map((v) => [v, VERDICT_LABELS[v]])}
        />
        <FilterSelect name="reviewer" label="Reviewer" value={values.reviewer} options={personOptions} />
        <FilterSelect name="assignee" label="Assigned to" value={values.assignee} options={personOptions} />
        <ArticlePicker
          key={article.chosen?.slug ?? article.typed ?? ""}
          workspaceSlug={workspaceSlug}
          name="article"
          label="Article"
          placeholder="All articles"
          chosen={article.chosen}
          typed={article.typed}
        />
        <label className="field">
          Changed from
          <input type="date" name="from" defaultValue={values.from} />
        </label>
        <label className="field">
          to
          <input type="date" name="to" defaultValue={values.to} />
        </label>
        <Link href={`/w/${workspaceSlug}/search`} className="button ghost">
          Clear
        </Link>
      </div>
    </Form>
  );
}
