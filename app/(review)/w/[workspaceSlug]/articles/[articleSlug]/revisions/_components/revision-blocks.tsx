import { BLOCK_TAGS, type Block } from "@/lib/articles/document";

/** A revision's text, typeset as the reader typesets the current one (no claims: they moved on). */
export function RevisionBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <div className="article-text">
      {blocks.map((block, index) => {
        const Tag = BLOCK_TAGS[block.type];
        return (
          <Tag key={index} className={`block block-${block.type}`}>
            {block.text}
          </Tag>
        );
      })}
    </div>
  );
}
