/**
 * A word-level diff of two article revisions, shaped for reading: one row per block, each row a
 * run of unchanged, inserted and deleted text, and long unchanged stretches folded away with a
 * little context kept around every change.
 *
 * Two passes (jsdiff): blocks first, so an unrelated paragraph never borrows a neighbour's
 * blank line or full stop as "common text"; then words, inside each run of changed blocks.
 */
import { diffArrays, diffWordsWithSpace } from "diff";
import {
  BLOCK_SEPARATOR,
  getDocumentText,
  positionBlocks,
  type ArticleDocument,
  type Block,
  type BlockType,
  type PositionedBlock,
} from "@/lib/articles/document";

export type DiffPartKind = "same" | "added" | "removed";

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

export interface DiffRow {
  kind: "same" | "changed";
  /** The block type of the row in the newer revision (the older one for a deleted block). */
  type: BlockType;
  parts: DiffPart[];
}

/** Unchanged rows folded away; the page shows how many, and all of them on request. */
export type DiffEntry = DiffRow | { kind: "collapsed"; rows: DiffRow[] };

export interface RevisionDiff {
  entries: DiffEntry[];
  /** Words inserted and deleted, for the summary line. */
  added: number;
  removed: number;
}

/** Unchanged blocks kept on each side of a change; longer unchanged runs fold into one entry. */
export const DIFF_CONTEXT = 1;
// Below this share of common words, changed blocks read better as "all of this went, all of
// that came" than as a word salad of tiny insertions and deletions.
const MIN_COMMON_SHARE = 1 / 3;
// Past this jsdiff gives up and the blocks show as replaced: the page must still answer.
const DIFF_TIMEOUT_MS = 1_500;

/** Diffs two revisions' documents, older first. */
export function diffDocuments(from: ArticleDocument, to: ArticleDocument, context = DIFF_CONTEXT): RevisionDiff {
  const rows: DiffRow[] = [];
  const blocks = { from: 0, to: 0 };
  let removed: Block[] = [];
  const texts = (doc: ArticleDocument) => doc.blocks.map((block) => block.text);
  for (const change of diffArrays(texts(from), texts(to))) {
    const count = change.value.length;
    if (change.removed) {
      removed = from.blocks.slice(blocks.from, (blocks.from += count));
      continue;
    }
    const added = change.added ? to.blocks.slice(blocks.to, blocks.to + count) : [];
    if (removed.length > 0 || added.length > 0) rows.push(...diffChangedBlocks(removed, added));
    removed = [];
    if (!change.added) {
      for (const block of to.blocks.slice(blocks.to, blocks.to + count)) {
        rows.push({ kind: "same", type: block.type, parts: [{ kind: "same", text: block.text }] });
      }
      blocks.from += count;
    }
    blocks.to += count;
  }
  if (removed.length > 0) rows.push(...diffChangedBlocks(removed, []));
  return {
    entries: collapseUnchanged(rows, context),
    added: countWords(rows, "added"),
    removed: countWords(rows, "removed"),
  };
}

/** Rows for a run of deleted blocks replaced by a run of inserted ones (either may be empty). */
function diffChangedBlocks(removed: Block[], added: Block[]): DiffRow[] {
  const wholly = (blocks: Block[], kind: "added" | "removed"): DiffRow[] =>
    blocks.map((block) => ({ kind: "changed", type: block.type, parts: [{ kind, text: block.text }] }));
  if (removed.length === 0 || added.length === 0) return [...wholly(removed, "removed"), ...wholly(added, "added")];
  // As many blocks on each side: an edit inside each, paired in order. Otherwise a block was
  // split, joined or inserted next to an edit: diff the run as one text and cut it into rows.
  const pairs =
    removed.length === added.length ? removed.map((block, i) => [[block], [added[i]!]]) : [[removed, added]];
  return pairs.flatMap(([old, now]) => {
    const oldDoc = { blocks: old! };
    const newDoc = { blocks: now! };
    const [oldText, newText] = [getDocumentText(oldDoc), getDocumentText(newDoc)];
    const parts = diffWordsWithSpace(oldText, newText, { timeout: DIFF_TIMEOUT_MS })?.map((change): DiffPart => ({
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text: change.value,
    }));
    if (!parts || commonShare(parts) < MIN_COMMON_SHARE) return [...wholly(old!, "removed"), ...wholly(now!, "added")];
    return splitIntoRows(parts, positionBlocks(oldDoc), positionBlocks(newDoc));
  });
}

function commonShare(parts: DiffPart[]) {
  const words = (kind: DiffPartKind) => countWords([{ parts }], kind);
  const same = words("same");
  return same / Math.max(same + words("removed"), same + words("added"), 1);
}

/** Cuts a word diff into rows at every block separator, typing each row by the block it starts in. */
function splitIntoRows(parts: DiffPart[], fromBlocks: PositionedBlock[], toBlocks: PositionedBlock[]): DiffRow[] {
  const rows: DiffRow[] = [];
  const offsets = { from: 0, to: 0 };
  let row: { parts: DiffPart[]; from: number; to: number } = { parts: [], from: 0, to: 0 };
  const closeRow = () => {
    if (row.parts.length > 0) rows.push(toRow(row.parts, row.from, row.to, fromBlocks, toBlocks));
    row = { parts: [], from: offsets.from, to: offsets.to };
  };
  for (const part of parts) {
    part.text.split(BLOCK_SEPARATOR).forEach((piece, index) => {
      if (index > 0) {
        advance(offsets, part.kind, BLOCK_SEPARATOR.length);
        closeRow();
      }
      if (piece) row.parts.push({ kind: part.kind, text: piece });
      advance(offsets, part.kind, piece.length);
    });
  }
  closeRow();
  return rows;
}

function advance(offsets: { from: number; to: number }, kind: DiffPartKind, length: number) {
  if (kind !== "added") offsets.from += length;
  if (kind !== "removed") offsets.to += length;
}

function toRow(
  parts: DiffPart[],
  from: number,
  to: number,
  fromBlocks: PositionedBlock[],
  toBlocks: PositionedBlock[],
) {
  const isDeletedBlock = parts.every((part) => part.kind === "removed");
  const block = isDeletedBlock ? blockAt(fromBlocks, from) : blockAt(toBlocks, to);
  const kind = parts.every((part) => part.kind === "same") ? "same" : "changed";
  return { kind, type: block?.type ?? "paragraph", parts } satisfies DiffRow;
}

const blockAt = (blocks: PositionedBlock[], offset: number) =>
  blocks.find((block) => offset <= block.end) ?? blocks.at(-1);

/** Keeps `context` unchanged rows around each change and folds longer unchanged runs. */
function collapseUnchanged(rows: DiffRow[], context: number): DiffEntry[] {
  const isNearChange = rows.map((_, index) =>
    rows.slice(Math.max(0, index - context), index + context + 1).some((row) => row.kind === "changed"),
  );
  const entries: DiffEntry[] = [];
  let hidden: DiffRow[] = [];
  // Folding a single row saves nothing and costs a click: it stays.
  const flush = () => {
    entries.push(...(hidden.length > 1 ? [{ kind: "collapsed" as const, rows: hidden }] : hidden));
    hidden = [];
  };
  rows.forEach((row, index) => {
    if (!isNearChange[index]) return void hidden.push(row);
    flush();
    entries.push(row);
  });
  flush();
  return entries;
}

function countWords(rows: { parts: DiffPart[] }[], kind: DiffPartKind) {
  return rows
    .flatMap((row) => row.parts)
    .filter((part) => part.kind === kind)
    .reduce((sum, part) => sum + (part.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}
