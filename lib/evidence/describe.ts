// How evidence that cites a passage of an article is named wherever it is written out: reports
// in every format and exported annotations.
import type { EvidencePassageDto } from "@/lib/evidence/dto";

/** "Passage of <article title>". */
export const passageLabel = (passage: EvidencePassageDto) => `Passage of ${passage.articleTitle}`;

/** Passage of <article title>: “…”, for formats that write evidence as one line of text. */
export const describePassage = (passage: EvidencePassageDto) => `${passageLabel(passage)}: “${passage.exact}”`;
