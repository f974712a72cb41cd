/**
 * Removes whole elements whose content is never article text (frames, SVG, MathML, …), nested or
 * not, with one pass of htmlparser2 over the raw markup: linear in its length whatever the input
 * (`<svg <svg <svg …` included), where the regexes this replaces were quadratic.
 *
 * What is kept is the raw markup between the removed elements, for sanitize-html to clean next.
 */
import { Parser } from "htmlparser2";
import { invalidInput } from "@/lib/errors";

/**
 * htmlparser2 keeps its open elements in an array it shifts at the front, so a document nesting
 * 200,000 elements costs it minutes. Real articles nest a few dozen deep.
 */
export const MAX_NESTING = 1_000;

const SUBTREE_TAGS = new Set(["iframe", "svg", "math", "object", "noscript", "template", "noembed", "noframes", "xmp"]);
/**
 * Tags the parser reads as raw text up to their first closing tag, as browsers do. A frame nested
 * in one (`<iframe><iframe>x</iframe>y</iframe>`) is then text, and its extra closing tag makes
 * no event: such a pair is counted in the raw text and its closing tags found by plain search.
 */
const RAW_TEXT_TAGS = new Set(["iframe", "noembed", "noframes", "xmp"]);

/**
 * The markup without the subtrees of SUBTREE_TAGS; an unclosed one hides the rest, as a browser
 * would. Throws INVALID_INPUT (content) when elements nest deeper than MAX_NESTING.
 */
export function stripSubtrees(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let keptFrom = 0; // start of the markup not yet copied into `kept`
  let skipUntil = 0; // events before this offset lie inside a removed element
  let depth = 0;
  let elementStart = 0;
  let elementName = "";
  let open = 0; // elements open in the parser, removed ones included
  const parser = new Parser(
    {
      onopentag(name) {
        if (++open > MAX_NESTING) throw invalidInput("content", `nests elements more than ${MAX_NESTING} deep`);
        if (parser.startIndex < skipUntil || !SUBTREE_TAGS.has(name)) return;
        if (depth++ === 0) {
          elementStart = parser.startIndex;
          elementName = name;
        }
      },
      onclosetag(name, isImplied) {
        open--;
        if (parser.startIndex < skipUntil || !SUBTREE_TAGS.has(name) || depth === 0) return;
        if (--depth > 0) return;
        // A close implied by the end of the input reaches to the end.
        let end = isImplied && parser.endIndex >= html.length - 1 ? html.length : parser.endIndex + 1;
        if (RAW_TEXT_TAGS.has(name) && name === elementName) end = skipNestedCloses(lower, name, elementStart, end);
        kept.push(html.slice(keptFrom, elementStart));
        keptFrom = skipUntil = end;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  kept.push(html.slice(keptFrom));
  return kept.join("");
}

/** Past the closing tags of the same-name tags opened inside a raw-text element; the end if they are missing. */
function skipNestedCloses(lower: string, name: string, start: number, end: number): number {
  let nested = 0;
  for (let at = lower.indexOf(`<${name}`, start + 1); at !== -1 && at < end; at = lower.indexOf(`<${name}`, at + 1)) {
    nested++;
  }
  let position = end;
  for (; nested > 0; nested--) {
    const close = lower.indexOf(`</${name}`, position);
    if (close === -1) return lower.length;
    const gt = lower.indexOf(">", close);
    if (gt === -1) return lower.length;
    position = gt + 1;
  }
  return position;
}
