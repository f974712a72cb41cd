// The search form: a GET form, so every search (words and filters) is a URL to share or reload.
import Form from "next/form";
import Link from "next/link";
import { FilterSelect } from "@/app/_components/filter-select";
import { MAX_QUERY_LENGTH } from "@/lib/search/schema";
import type { PersonDto } from "@/lib/users/dto";
import { VERDICT_LABELS, VERDICTS } from "@/lib/verdicts/rules";

interface Props {
  workspaceSlug: string;
  /** The query string's values as sent (possibly invalid), to show them again. */
  values: Record<string, string>;
  people: PersonDto[];
  articles: { slug: string; title: string }[];
}

export function SearchForm({ workspaceSlug, values, people, articles }: Props) {
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
        <FilterSelect
          name="article"
          label="Article"
          value={values.article}
          options={articles.map((a) => [a.slug, a.title])}
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
