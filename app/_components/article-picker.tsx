"use client";
// An article picker that searches titles as one types: the WAI-ARIA combobox pattern with a
// listbox popup and list autocomplete (the text box keeps focus; arrows move the active option,
// Enter chooses it, Escape closes the list and then clears the box; a status line tells screen
// readers how many articles match). Matches come from the API a few at a time (use-article-choices).
//
// In a GET form it works without JavaScript too: until the page is interactive the box is a plain
// text field sent as `${name}Title` beside the chosen slug, and the page turns the words into an
// article (lib/articles/queries.ts resolveArticleWords, app/_components/article-filter.ts). Once
// interactive, a choice from the list is sent as `name`=slug alone, and words typed but not chosen
// as `${name}Title`, so the URL names the article by slug.
import { useEffect, useId, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { ArticleChoiceDto } from "@/lib/articles/dto";
import { ARTICLE_CHOICES } from "@/lib/articles/schema";
import { useArticleChoices } from "./use-article-choices";
import "./article-picker.css";

interface Props {
  workspaceSlug: string;
  label: string;
  /** The article chosen when the page was drawn (named by the URL). */
  chosen: ArticleChoiceDto | null;
  /** What an empty box means, as its placeholder: "All articles". */
  placeholder: string;
  /** In a form: the field the chosen slug is sent as; the words go as `${name}Title`. */
  name?: string;
  /** Words sent earlier that matched no article, shown again to be corrected. */
  typed?: string;
  /** Called with the article chosen from the list, or null when the box is cleared. */
  onChoose?: (article: ArticleChoiceDto | null) => void;
  /** This article is marked "(this article)" in the list. */
  currentSlug?: string;
  className?: string;
}

const subscribeNever = () => () => {};

export function ArticlePicker(props: Props) {
  const { workspaceSlug, label, placeholder, name, onChoose, currentSlug } = props;
  const id = useId();
  const listId = `${id}-list`;
  const isInteractive = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const { state, load, cancel } = useArticleChoices(workspaceSlug);
  const [chosen, setChosen] = useState(props.chosen);
  const [text, setText] = useState(props.typed ?? props.chosen?.title ?? "");
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = isOpen ? state.articles : [];
  const isChosenShown = chosen !== null && text === chosen.title;
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [id, active]);

  function open() {
    setOpen(true);
    setActive(-1);
    // The chosen title in the box: offer the newest articles to switch to, not that one alone.
    load(isChosenShown ? "" : text, true);
  }

  function close() {
    cancel();
    setOpen(false);
    setActive(-1);
  }

  function choose(article: ArticleChoiceDto) {
    setChosen(article);
    setText(article.title);
    close();
    onChoose?.(article);
  }

  function clear() {
    setChosen(null);
    setText("");
    close();
    onChoose?.(null);
  }

  function type(value: string) {
    setText(value);
    setOpen(true);
    setActive(-1);
    load(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!isOpen || event.altKey) return isOpen ? undefined : open();
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current === -1 && step < 0 ? count - 1 : (current + step + count) % count));
    } else if (event.key === "Enter" && isOpen && active >= 0 && options[active]) {
      // Choosing is not sending: the form goes on Enter only once the list is closed.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      if (isOpen) {
        event.preventDefault();
        close();
      } else if (text) {
        event.preventDefault();
        clear();
      }
    }
  }

  const status =
    !isOpen || state.status === "idle"
      ? ""
      : state.status === "loading"
        ? "Looking for articles…"
        : state.status === "failed"
          ? state.message
          : state.articles.length === 0
            ? "No article title has these words"
            : `${state.articles.length === ARTICLE_CHOICES ? `First ${ARTICLE_CHOICES}` : state.articles.length} ${state.articles.length === 1 ? "article" : "articles"}, newest first: arrows to move, Enter to choose`;
  // Before the page is interactive the box is a plain field (see the header).
  const textName = !name
    ? undefined
    : !isInteractive || (text.trim() !== "" && !isChosenShown)
      ? `${name}Title`
      : undefined;
  const sendsSlug = name && chosen && (!isInteractive || isChosenShown);

  return (
    <div className={`article-picker ${props.className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      <div className="article-picker-box">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-activedescendant={isOpen && active >= 0 ? `${id}-option-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          name={textName}
          value={text}
          placeholder={placeholder}
          maxLength={200}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onClick={() => (isOpen ? undefined : open())}
          onBlur={close}
        />
        {sendsSlug && <input type="hidden" name={name} value={chosen.slug} />}
        {isInteractive && text && (
          <button
            type="button"
            className="article-picker-clear"
            aria-label={`Clear ${label.toLowerCase()}`}
            onClick={clear}
          >
            ×
          </button>
        )}
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching articles"
          className="article-picker-list"
          hidden={options.length === 0}
        >
          {options.map((article, index) => (
            <li
              key={article.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={article.slug === chosen?.slug ? "is-chosen" : undefined}
              // Keep focus in the box, so choosing does not first blur (and close) the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(article)}
            >
              {article.title}
              {article.slug === currentSlug && <span className="muted"> (this article)</span>}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </div>
  );
}
