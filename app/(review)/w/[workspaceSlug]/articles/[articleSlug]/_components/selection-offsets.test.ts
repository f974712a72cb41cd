// @vitest-environment jsdom
// The DOM is the markup ArticleText renders: blocks of segments carrying data-s / data-e, claim
// highlights as <mark>, and zero-length claim badges whose number and icon are text too.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getSelectedRange, readPendingSelection, toTextOffset } from "./selection-offsets";

const FIRST = "Schools closed.";
const SECOND = "In 2024, 40% of them reopened.";
const text = `${FIRST}\n\n${SECOND}`;
const b1 = FIRST.length + 2; // where the second block starts
const inner = { start: text.indexOf("40%"), end: text.indexOf("40%") + 3 };
const outer = { start: inner.start, end: text.indexOf(".", inner.start) };

const seg = (tag: string, start: number, end: number, attrs = "") =>
  `<${tag} data-s="${start}" data-e="${end}"${attrs}>${text.slice(start, end)}</${tag}>`;
const badge = (at: number, number: number) =>
  `<button type="button" data-s="${at}" data-e="${at}" class="claim-badge">${number}<span aria-hidden="true">✓</span></button>`;

// No whitespace between tags: React renders none.
const html =
  `<div id="root">` +
  `<h1 class="block">${seg("mark", 0, FIRST.length, ' data-claim="c1"')}${badge(FIRST.length, 1)}</h1>` +
  `<p class="block">${seg("span", b1, inner.start)}` +
  `${seg("mark", inner.start, inner.end, ' data-claim="c3" data-depth="2"')}${badge(inner.end, 3)}` +
  `${seg("mark", inner.end, outer.end, ' data-claim="c2"')}${badge(outer.end, 2)}` +
  `${seg("span", outer.end, text.length)}</p>` +
  `</div><p id="outside">Not the article.</p>`;

let root: HTMLElement;
const $ = (selector: string) => root.ownerDocument.querySelector(selector)!;
const textOf = (selector: string) => $(selector).firstChild!;
const [firstBlock, secondBlock] = [() => root.children[0]!, () => root.children[1]!];

beforeEach(() => {
  document.body.innerHTML = html;
  root = document.getElementById("root")!;
});

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
  Reflect.deleteProperty(Range.prototype, "getBoundingClientRect");
});

function select(anchor: Node, anchorOffset: number, focus: Node, focusOffset: number) {
  window.getSelection()!.setBaseAndExtent(anchor, anchorOffset, focus, focusOffset);
}

const sliceOf = (range: { start: number; end: number } | null) => range && text.slice(range.start, range.end);

describe("toTextOffset", () => {
  it("counts characters into a plain segment", () => {
    expect(toTextOffset(root, textOf(`span[data-s="${b1}"]`), 3)).toBe(b1 + 3);
  });

  it("counts characters into a claim highlight", () => {
    expect(toTextOffset(root, textOf('[data-claim="c3"]'), 2)).toBe(inner.start + 2);
  });

  it("gives one offset for the end of a nested claim and the start of the text after it", () => {
    expect(toTextOffset(root, textOf('[data-claim="c3"]'), 3)).toBe(inner.end);
    expect(toTextOffset(root, textOf('[data-claim="c2"]'), 0)).toBe(inner.end);
  });

  it("puts any point in a claim badge (its number, its icon, its edges) at the claim's end", () => {
    const button = $(`button[data-s="${inner.end}"]`);
    expect(toTextOffset(root, button.firstChild!, 1)).toBe(inner.end);
    expect(toTextOffset(root, button.querySelector("span")!.firstChild!, 1)).toBe(inner.end);
    expect(toTextOffset(root, button, 0)).toBe(inner.end);
    expect(toTextOffset(root, button, 2)).toBe(inner.end);
  });

  it("reads a point on a segment's own edges as its start or its end", () => {
    const span = $(`span[data-s="${b1}"]`);
    expect(toTextOffset(root, span, 0)).toBe(b1);
    expect(toTextOffset(root, span, 1)).toBe(inner.start);
  });

  it("resolves a point between segments of a block to the text after it", () => {
    const block = secondBlock();
    expect(toTextOffset(root, block, 0)).toBe(b1);
    expect(toTextOffset(root, block, 1)).toBe(inner.start);
    expect(toTextOffset(root, block, 2)).toBe(inner.end); // after the inner claim's badge
  });

  it("resolves a point between blocks to the next block's start, or the last text when none follows", () => {
    expect(toTextOffset(root, root, 0)).toBe(0);
    expect(toTextOffset(root, root, 1)).toBe(b1);
    expect(toTextOffset(root, root, 2)).toBe(text.length);
    expect(toTextOffset(root, firstBlock(), firstBlock().childNodes.length)).toBe(FIRST.length);
  });

  // Regression: in a text node outside every segment (whitespace between blocks, as hand-written
  // or extension-altered markup has), the offset counts characters, yet it was read as a child
  // index of the node's parent, which picked an unrelated block.
  it("resolves a point in whitespace between blocks to the next block's start", () => {
    root.innerHTML = `\n    ${firstBlock().outerHTML}\n    ${secondBlock().outerHTML}\n`;
    const [before, between, after] = Array.from(root.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE);
    expect(toTextOffset(root, before!, 3)).toBe(0);
    expect(toTextOffset(root, between!, 1)).toBe(b1);
    expect(toTextOffset(root, after!, 0)).toBe(text.length);
  });

  it("is null for a point outside the article", () => {
    expect(toTextOffset(root, textOf("#outside"), 2)).toBeNull();
    expect(toTextOffset(root, document.body, 0)).toBeNull();
  });

  it("is null inside an article with no text", () => {
    root.innerHTML = "<p></p>";
    expect(toTextOffset(root, root.firstChild!, 0)).toBeNull();
  });
});

describe("getSelectedRange", () => {
  it("measures a selection across paragraphs, block separator included", () => {
    select(textOf('[data-claim="c1"]'), 8, textOf(`span[data-s="${b1}"]`), 7);
    expect(sliceOf(getSelectedRange(root))).toBe("closed.\n\nIn 2024");
  });

  it("gives the same range for a selection made backwards", () => {
    select(textOf(`span[data-s="${b1}"]`), 7, textOf('[data-claim="c1"]'), 8);
    expect(sliceOf(getSelectedRange(root))).toBe("closed.\n\nIn 2024");
  });

  it("measures a selection that ends in a claim's badge up to the claim's end", () => {
    select(textOf('[data-claim="c3"]'), 0, $(`button[data-s="${inner.end}"]`).firstChild!, 1);
    expect(sliceOf(getSelectedRange(root))).toBe("40%");
  });

  it("measures a selection across nested claims", () => {
    select(textOf('[data-claim="c3"]'), 1, textOf('[data-claim="c2"]'), 8);
    expect(sliceOf(getSelectedRange(root))).toBe("0% of them");
  });

  it("measures a selection made of whole blocks", () => {
    select(root, 0, root, 2);
    expect(sliceOf(getSelectedRange(root))).toBe(text);
  });

  it("is null without a selection, for a collapsed one, and for one that leaves the article", () => {
    expect(getSelectedRange(root)).toBeNull();
    select(textOf('[data-claim="c1"]'), 3, textOf('[data-claim="c1"]'), 3);
    expect(getSelectedRange(root)).toBeNull();
    select(textOf('[data-claim="c2"]'), 0, textOf("#outside"), 3);
    expect(getSelectedRange(root)).toBeNull();
  });

  it("is null for a selection that covers only a badge (no text)", () => {
    const button = $(`button[data-s="${inner.end}"]`);
    select(button.firstChild!, 0, button.querySelector("span")!.firstChild!, 1);
    expect(getSelectedRange(root)).toBeNull();
  });
});

describe("readPendingSelection", () => {
  // jsdom does no layout: give the selection and the article boxes, as a browser would.
  function layOut(selection: { left: number; top: number; width: number }, box = { left: 100, top: 50, width: 600 }) {
    Object.defineProperty(Range.prototype, "getBoundingClientRect", {
      configurable: true,
      value: () => ({ ...selection, height: 20 }),
    });
    vi.spyOn(root, "getBoundingClientRect").mockReturnValue({ ...box, height: 800 } as DOMRect);
  }

  it("trims whitespace at the selection's edges, such as the separator between blocks", () => {
    layOut({ left: 300, top: 250, width: 100 });
    select(firstBlock(), firstBlock().childNodes.length, textOf(`span[data-s="${b1}"]`), 7);
    expect(sliceOf(readPendingSelection(root, text))).toBe("In 2024");
  });

  it("is null when only whitespace is selected", () => {
    layOut({ left: 300, top: 250, width: 100 });
    select(firstBlock(), firstBlock().childNodes.length, secondBlock(), 0);
    expect(readPendingSelection(root, text)).toBeNull();
  });

  it("places the toolbar above the selection's middle, relative to the article", () => {
    layOut({ left: 300, top: 250, width: 100 });
    select(textOf('[data-claim="c3"]'), 0, textOf('[data-claim="c3"]'), 3);
    expect(readPendingSelection(root, text)).toEqual({ start: inner.start, end: inner.end, top: 200, left: 250 });
  });

  it("keeps the toolbar at least the margin from the article's sides", () => {
    select(textOf('[data-claim="c3"]'), 0, textOf('[data-claim="c3"]'), 3);
    layOut({ left: 110, top: 250, width: 20 });
    expect(readPendingSelection(root, text, 160)?.left).toBe(160);
    layOut({ left: 650, top: 250, width: 40 });
    expect(readPendingSelection(root, text, 160)?.left).toBe(600 - 160);
  });
});
