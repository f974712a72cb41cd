"use client";
// "Open beside…": picks an article of the workspace (this one too) for the right-hand pane. The
// choice lives in the URL (?beside=), so a link to the pair can be shared.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ArticleOptionDto } from "@/lib/passages/dto";
import { besideQuery } from "./link-passage";

interface Props {
  options: ArticleOptionDto[];
  currentSlug: string;
  besideSlug: string | null;
}

export function BesidePicker({ options, currentSlug, besideSlug }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <label className="beside-picker">
      <span>Open beside</span>
      <select
        value={besideSlug ?? ""}
        onChange={(event) =>
          router.replace(pathname + besideQuery(params, event.target.value || null), { scroll: false })
        }
      >
        <option value="">No article beside</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.slug === currentSlug ? `${option.title} (this article)` : option.title}
          </option>
        ))}
      </select>
    </label>
  );
}
