/**
 * The re-anchoring edit corpus: the two seed articles with claims on real sentences, clauses and
 * repeated phrases, and revisions of every kind an editor makes. Each edit is applied to the
 * blocks while every claim is carried along by hand, so each case knows where each claim must
 * land in the new text, or that its text is gone (null: it must be orphaned).
 */
import { readFileSync } from "node:fs";
import { describeRange, type TextRange } from "@/lib/anchoring/selectors";
import type { StoredAnchor } from "@/lib/anchoring/reanchor";
import { getDocumentText, type Block } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import {
  buildClaims,
  REPEATED_PHRASES,
  type BlockClaim,
  type RepeatedPhrase,
} from "@/tests/corpora/reanchor-corpus-claims";

export const EDIT_KINDS = [
  "insert before",
  "insert inside",
  "reword",
  "move paragraph",
  "delete paragraph",
  "whitespace/punctuation",
  "repeated phrase",
  "move + reword",
  "rewrite sentence",
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface CorpusCase {
  article: string;
  kind: EditKind;
  oldText: string;
  newText: string;
  anchors: StoredAnchor[];
  /** Where each claim's intended text is in the new text; null when the edit removed it. */
  targets: (TextRange | null)[];
  /** Whether the edit touched the claim itself (else it was only shifted or left alone). */
  isSubject: boolean[];
}

type Edit =
  | { op: "splice"; block: number; at: number; remove: number; insert: string; isRewrite?: boolean }
  | { op: "insertBlock"; index: number; text: string }
  | { op: "deleteBlock"; index: number }
  | { op: "moveBlock"; from: number; to: number };

const SEED_DIR = new URL("../../prisma/seed/articles/", import.meta.url);
const ARTICLES = ["who-is-friends-with-north-korea", "friends-and-comrades-north-koreas-foreign-relations"];

/** Every case: each edit kind applied to each seed article. */
export function buildCorpus(): CorpusCase[] {
  return ARTICLES.flatMap((article) => {
    const blocks = parsePlainTextArticle(readFileSync(new URL(`${article}.txt`, SEED_DIR), "utf8")).blocks;
    const claims = buildClaims(blocks, REPEATED_PHRASES[article] ?? []);
    return EDIT_KINDS.map((kind) => buildCase(article, kind, blocks, claims));
  });
}

function buildCase(article: string, kind: EditKind, blocks: Block[], claims: BlockClaim[]): CorpusCase {
  const edits = planEdits(kind, blocks, claims, REPEATED_PHRASES[article] ?? []);
  const texts = blocks.map((block) => block.text);
  let tracked: (BlockClaim | null)[] = claims.map((claim) => ({ ...claim }));
  const isSubject = claims.map(() => false);
  for (const edit of edits) tracked = applyEdit(texts, tracked, edit, isSubject);
  const oldText = getDocumentText({ blocks });
  const newText = texts.join("\n\n");
  const blockStarts = (list: string[]) => list.map((_, i) => list.slice(0, i).reduce((n, t) => n + t.length + 2, 0));
  const oldStarts = blockStarts(blocks.map((block) => block.text));
  const newStarts = blockStarts(texts);
  const anchors = claims.map((claim) => {
    const range = { start: oldStarts[claim.block]! + claim.start, end: oldStarts[claim.block]! + claim.end };
    return { ...describeRange(oldText, range).quote, ...range };
  });
  const targets = tracked.map((claim) =>
    claim ? { start: newStarts[claim.block]! + claim.start, end: newStarts[claim.block]! + claim.end } : null,
  );
  return { article, kind, oldText, newText, anchors, targets, isSubject };
}

/** Carries the claims through one edit of the block texts (which it changes in place). */
function applyEdit(texts: string[], claims: (BlockClaim | null)[], edit: Edit, isSubject: boolean[]) {
  const mark = (index: number) => (isSubject[index] = true);
  if (edit.op === "splice") {
    const { block, at, remove, insert } = edit;
    const text = texts[block]!;
    texts[block] = text.slice(0, at) + insert + text.slice(at + remove);
    return claims.map((claim, index) => {
      if (!claim || claim.block !== block || claim.end < at || (claim.end === at && remove === 0)) return claim;
      // Later in the same paragraph counts as touched: the context it was stored with changed.
      mark(index);
      const delta = insert.length - remove;
      if (claim.start >= at + remove) return { ...claim, start: claim.start + delta, end: claim.end + delta };
      // The claim's very words replaced (a reworded phrase): it should follow them. Deleted, or
      // swallowed by a larger rewrite: its text is gone.
      if (at === claim.start && at + remove === claim.end && insert && !edit.isRewrite) {
        return { ...claim, end: at + insert.length };
      }
      if (at <= claim.start && at + remove >= claim.end) return null;
      const start = claim.start < at ? claim.start : at;
      const end = claim.end > at + remove ? claim.end + delta : at + insert.length;
      return { ...claim, start, end };
    });
  }
  if (edit.op === "insertBlock") {
    texts.splice(edit.index, 0, edit.text);
    return claims.map((claim) => (claim && claim.block >= edit.index ? { ...claim, block: claim.block + 1 } : claim));
  }
  if (edit.op === "deleteBlock") {
    texts.splice(edit.index, 1);
    return claims.map((claim, index) => {
      if (!claim || claim.block < edit.index) return claim;
      if (claim.block > edit.index) return { ...claim, block: claim.block - 1 };
      mark(index);
      return null;
    });
  }
  const [moved] = texts.splice(edit.from, 1);
  texts.splice(edit.to, 0, moved!);
  const order = texts.map((_, i) => i);
  const [from] = order.splice(edit.from, 1);
  order.splice(edit.to, 0, from!);
  return claims.map((claim, index) => {
    if (!claim) return claim;
    if (claim.block === edit.from) mark(index);
    return { ...claim, block: order.indexOf(claim.block) };
  });
}

/** The edits of one kind: spread over paragraphs that hold claims, later blocks first. */
function planEdits(kind: EditKind, blocks: Block[], claims: BlockClaim[], rewordings: RepeatedPhrase[]): Edit[] {
  const claimed = [...new Set(claims.filter((c) => c.kind !== "phrase").map((c) => c.block))];
  const every = (step: number, offset: number) => claimed.filter((_, i) => i % step === offset);
  const sentenceIn = (block: number) => claims.find((c) => c.block === block && c.kind === "sentence")!;
  const phrases = claims.filter((c) => c.kind === "phrase");
  switch (kind) {
    case "insert before":
      return [
        ...every(3, 0).map((block) => splice(block, 0, 0, "In recent years, observers have noted a shift. ")),
        { op: "insertBlock", index: claimed[1]!, text: "A new paragraph, written by the editor, goes here." },
      ];
    case "insert inside":
      return every(3, 1).map((block) => insertAfterWord(sentenceIn(block), 2, " reportedly"));
    case "reword":
      return every(2, 0).map((block, i) => rewordWord(blocks, sentenceIn(block), i % 3));
    case "move paragraph":
      // The later paragraph first, so the earlier one's index still holds for the second move.
      return [moveBlock(claimed[claimed.length - 2]!, blocks.length - 1), moveBlock(claimed[2]!, 1)];
    case "delete paragraph":
      return [claimed[7]!, claimed[3]!].map((index) => ({ op: "deleteBlock", index }));
    case "whitespace/punctuation":
      return every(3, 2).map((block, i) => punctuate(blocks, sentenceIn(block), i % 4));
    case "repeated phrase":
      return repeatedPhraseEdits(phrases, rewordings);
    case "move + reword":
      return [rewordWord(blocks, sentenceIn(claimed[4]!), 0), moveBlock(claimed[4]!, blocks.length - 1)];
    case "rewrite sentence":
      return every(4, 3).map((block, i) => rewriteSentence(sentenceIn(block), i));
  }
}

const splice = (block: number, at: number, remove: number, insert: string): Edit => ({
  op: "splice",
  block,
  at,
  remove,
  insert,
});
const moveBlock = (from: number, to: number): Edit => ({ op: "moveBlock", from, to });

/** Inserts text after the nth word of a claim. */
function insertAfterWord(claim: BlockClaim, nth: number, insert: string): Edit {
  const words = [...claim.text.matchAll(/\S+/g)];
  const word = words[Math.min(nth, words.length - 1)]!;
  return splice(claim.block, claim.start + word.index + word[0].length, 0, insert);
}

const REWRITES = [
  "declined to comment on these reports when asked about them last week.",
  "has been described very differently by other historians of the region.",
  "is a matter on which the sources we consulted do not agree.",
];

/** Replaces a sentence with another that keeps only its first two words: its claim is gone. */
function rewriteSentence(claim: BlockClaim, which: number): Edit {
  const opening = claim.text.split(" ").slice(0, 2).join(" ");
  const insert = `${opening} ${REWRITES[which % REWRITES.length]}`;
  return {
    op: "splice",
    block: claim.block,
    at: claim.start,
    remove: claim.end - claim.start,
    insert,
    isRewrite: true,
  };
}

const REPLACEMENTS = ["notable", "several", "longstanding", "formal"];

/** Replaces one word of a sentence claim: which = 0 a middle word, 1 the last word, 2 two words. */
function rewordWord(blocks: Block[], claim: BlockClaim, which: number): Edit {
  const words = [...claim.text.matchAll(/[A-Za-z]{4,}/g)];
  const pick = which === 1 ? words.at(-1)! : words[Math.floor(words.length / 2)]!;
  const replacement = REPLACEMENTS[(claim.start + which) % REPLACEMENTS.length]!;
  const next = words[Math.floor(words.length / 2) + 1];
  if (which === 2 && next) {
    const from = claim.start + pick.index;
    const to = claim.start + next.index + next[0].length;
    const middle = blocks[claim.block]!.text.slice(from + pick[0].length, to - next[0].length);
    return splice(claim.block, from, to - from, `${replacement}${middle}${REPLACEMENTS[(which + 1) % 4]}`);
  }
  return splice(claim.block, claim.start + pick.index, pick[0].length, replacement);
}

/** A spacing or punctuation change inside a claim: a double space, ; for , ' for ’, no full stop. */
function punctuate(blocks: Block[], claim: BlockClaim, which: number): Edit {
  const text = blocks[claim.block]!.text;
  const find = (pattern: RegExp) => {
    const at = claim.text.search(pattern);
    return at === -1 ? null : claim.start + at;
  };
  const space = find(/ /);
  const comma = find(/,/);
  const apostrophe = find(/’/);
  if (which === 1 && comma !== null) return splice(claim.block, comma, 1, ";");
  if (which === 2 && apostrophe !== null) return splice(claim.block, apostrophe, 1, "'");
  if (which === 3 && text[claim.end - 1] === ".") return splice(claim.block, claim.end - 1, 1, "");
  return splice(claim.block, space!, 1, "  ");
}

/**
 * Repeated phrases, later blocks first: text inserted before one occurrence, one reworded, the
 * paragraph of one deleted (it must be orphaned, not jump to its twin).
 */
function repeatedPhraseEdits(phrases: BlockClaim[], rewordings: RepeatedPhrase[]): Edit[] {
  const byBlock = [...new Set(phrases.map((p) => p.block))].sort((a, b) => b - a);
  return byBlock.map((block, i): Edit => {
    const phrase = phrases.find((p) => p.block === block)!;
    if (i % 3 === 0) return splice(block, phrase.start, 0, "as we know, ");
    if (i % 3 === 2) return { op: "deleteBlock", index: block };
    const reworded = rewordings.find((r) => r.phrase === phrase.text)!.reworded;
    return splice(block, phrase.start, phrase.end - phrase.start, reworded);
  });
}
