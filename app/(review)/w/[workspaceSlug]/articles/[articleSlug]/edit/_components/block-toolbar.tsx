"use client";
// Sets the type of the block under the cursor. One choice per block type of the article model,
// and nothing else: marks, links and rules have no place in it (see tiptap-document-schema.ts).
import { useEditorState, type ChainedCommands, type Editor } from "@tiptap/react";

type BlockChoice = "title" | "standfirst" | "heading" | "paragraph" | "quote" | "bulleted" | "numbered";

const CHOICES: { id: BlockChoice; label: string; keys?: string; apply: (chain: ChainedCommands) => ChainedCommands }[] =
  [
    { id: "title", label: "Title", keys: "Ctrl+Alt+1", apply: (chain) => chain.setHeading({ level: 1 }) },
    { id: "standfirst", label: "Standfirst", apply: (chain) => chain.setNode("standfirst") },
    { id: "heading", label: "Heading", keys: "Ctrl+Alt+2", apply: (chain) => chain.setHeading({ level: 2 }) },
    { id: "paragraph", label: "Paragraph", keys: "Ctrl+Alt+0", apply: (chain) => chain },
    { id: "quote", label: "Quote", keys: "Ctrl+Shift+B", apply: (chain) => chain.setBlockquote() },
    { id: "bulleted", label: "Bulleted list", keys: "Ctrl+Shift+8", apply: (chain) => chain.toggleBulletList() },
    { id: "numbered", label: "Numbered list", keys: "Ctrl+Shift+7", apply: (chain) => chain.toggleOrderedList() },
  ];

/** The block type at the cursor, read the way a save reads it: a list or quote around it wins. */
function currentChoice(editor: Editor): BlockChoice {
  if (editor.isActive("bulletList")) return "bulleted";
  if (editor.isActive("orderedList")) return "numbered";
  if (editor.isActive("blockquote")) return "quote";
  if (editor.isActive("heading", { level: 1 })) return "title";
  if (editor.isActive("heading", { level: 2 })) return "heading";
  if (editor.isActive("standfirst")) return "standfirst";
  return "paragraph";
}

export function BlockToolbar({ editor }: { editor: Editor | null }) {
  const current = useEditorState({ editor, selector: ({ editor }) => (editor ? currentChoice(editor) : null) });
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Block type">
      {CHOICES.map((choice) => (
        <button
          key={choice.id}
          type="button"
          className="editor-tool"
          aria-pressed={current === choice.id}
          title={choice.keys ? `${choice.label} (${choice.keys})` : choice.label}
          disabled={!editor}
          // Keep the cursor in the text: a click on the toolbar must not blur the editor first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!editor) return;
            // From any block to plain paragraphs first, so a list item can become a heading.
            choice.apply(editor.chain().focus().clearNodes()).run();
          }}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
