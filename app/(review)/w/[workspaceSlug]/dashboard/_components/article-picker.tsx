// A plain GET form: works without JavaScript, and the URL names the article for sharing.
export function ArticlePicker({
  articles,
  selected,
}: {
  articles: { slug: string; title: string }[];
  selected: string;
}) {
  return (
    <form className="dash-picker" method="get">
      <label htmlFor="dash-article">Article</label>
      <select id="dash-article" name="article" defaultValue={selected}>
        <option value="">All articles</option>
        {articles.map((article) => (
          <option key={article.slug} value={article.slug}>
            {article.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}
