// A JSON array written a few items at a time, byte for byte what JSON.stringify(array, null, 2)
// gives when the array sits `indent` deep in a document: an export's JSON is valid and reads the
// same whether it was written whole or streamed.

/** `indent` is the indentation of the line holding the array's opening bracket. */
export function writeJsonArray(indent: string) {
  const inner = `${indent}  `;
  let count = 0;
  return {
    start: () => "[",
    items: (values: unknown[]) =>
      values
        .map(
          (value) =>
            `${count++ > 0 ? "," : ""}\n${inner}${JSON.stringify(value, null, 2).replaceAll("\n", `\n${inner}`)}`,
        )
        .join(""),
    end: () => (count > 0 ? `\n${indent}]` : "]"),
    /** How many items were written so far. */
    count: () => count,
  };
}
