/** What the page says before anything is searched: what is searched, and how to ask. */
export function SearchHelp() {
  return (
    <section className="search-help" aria-label="How to search">
      <p>
        Find words in claims and their rationales, evidence, comments and article text, or pick a filter to list
        everything that matches it. Press <kbd>/</kbd> on any page to search.
      </p>
      <ul>
        <li>
          <strong>Words</strong> match their other forms: <code>wars</code> finds “war”, <code>fighting</code> finds
          “fight”. Every word must appear.
        </li>
        <li>
          <strong>
            <code>&quot;a phrase&quot;</code>
          </strong>{" "}
          in quotes matches those words in that order.
        </li>
        <li>
          <strong>
            <code>or</code>
          </strong>{" "}
          between words finds either; <code>-word</code> leaves out what mentions it.
        </li>
      </ul>
    </section>
  );
}
