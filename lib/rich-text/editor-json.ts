// Tiptap's getJSON() gives every node and mark its attributes with their defaults (a link's
// target, rel, class and title; a numbered list's start and type). The server keeps only the
// href, and refuses anything else, so the editor posts its doc through here first.
import type { RichTextDoc } from "@/lib/rich-text/schema";

interface EditorNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  content?: EditorNode[];
}

/** The editor's JSON as a RichTextDoc: attributes dropped but a link's href. */
export function fromEditorJson(json: EditorNode): RichTextDoc {
  return strip(json) as RichTextDoc;
}

function strip(node: EditorNode): EditorNode {
  const out: EditorNode = { type: node.type };
  if (node.text !== undefined) out.text = node.text;
  if (node.marks?.length) {
    out.marks = node.marks.map((mark) =>
      mark.type === "link" ? { type: "link", attrs: { href: mark.attrs?.href } } : { type: mark.type },
    );
  }
  if (node.content?.length) out.content = node.content.map(strip);
  return out;
}
