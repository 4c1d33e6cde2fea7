import { describe, expect, it } from "vitest";
import { searchDocumentText } from "../../src/build/search-index.ts";

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n<meta name="pagefind-filter-person" data-pagefind-filter="person[content]" content="Tô Lâm">\n</head>\n<body>\n<nav>Menu</nav>\n${body}\n<footer>Foot</footer>\n</body>\n</html>`;

describe("searchDocumentText", () => {
  it("keeps the head and the element marked data-pagefind-body, and drops the rest of the page", () => {
    const text = searchDocumentText(
      page(
        `<main><article class="article" data-pagefind-body><h1>Title</h1><p>Body</p></article>\n<nav class="neighbours">Next: Other</nav></main>`,
      ),
    );
    expect(text).toContain('<meta name="pagefind-filter-person" data-pagefind-filter="person[content]" content="Tô Lâm">');
    expect(text).toContain('<article class="article" data-pagefind-body><h1>Title</h1><p>Body</p></article>');
    expect(text).not.toContain("Next: Other");
    expect(text).not.toContain("Menu");
    expect(text).not.toContain("Foot");
  });

  it("ends the marked element at its own closing tag, past elements of the same name inside it", () => {
    const text = searchDocumentText(
      page(`<section data-pagefind-body><section><p>Inner</p></section><p>After inner</p></section><section>Related</section>`),
    );
    expect(text).toContain("After inner</p></section></body>");
    expect(text).not.toContain("Related");
  });

  it("leaves a page without the mark whole", () => {
    const whole = page("<main><p>No mark</p></main>");
    expect(searchDocumentText(whole)).toBe(whole);
  });
});
