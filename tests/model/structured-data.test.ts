import { describe, expect, it } from "vitest";
import {
  breadcrumbListJsonLd,
  newsArticleJsonLd,
  personJsonLd,
  renderJsonLdScript,
  serialiseJsonLd,
} from "../../src/model/structured-data.ts";

const articleUrl = "https://example.org/news/2025/01/pm-chinh-welcomes-mishustin/";

describe("newsArticleJsonLd", () => {
  const data = newsArticleJsonLd({
    url: articleUrl,
    headline: "PM Phạm Minh Chính welcomes Russian counterpart",
    datePublished: "2025-01-14",
    inLanguage: "en",
    publisher: "Nhân Dân",
    author: { type: "Person", name: "Thanh Hà" },
    about: [
      { name: "Phạm Minh Chính", url: "https://example.org/news/people/pham-minh-chinh/" },
      { name: "Mikhail Mishustin", url: "https://example.org/news/people/mikhail-mishustin/" },
    ],
  });

  it("is a schema.org NewsArticle with headline, dates, page and language", () => {
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "PM Phạm Minh Chính welcomes Russian counterpart",
      datePublished: "2025-01-14",
      url: articleUrl,
      mainEntityOfPage: { "@type": "WebPage", "@id": articleUrl },
      inLanguage: "en",
    });
    expect(data).not.toHaveProperty("dateModified");
  });

  it("names publisher, author and the people it is about", () => {
    expect(data.publisher).toEqual({ "@type": "Organization", name: "Nhân Dân" });
    expect(data.author).toEqual({ "@type": "Person", name: "Thanh Hà" });
    expect(data.about).toEqual([
      { "@type": "Person", name: "Phạm Minh Chính", url: "https://example.org/news/people/pham-minh-chinh/" },
      { "@type": "Person", name: "Mikhail Mishustin", url: "https://example.org/news/people/mikhail-mishustin/" },
    ]);
  });

  it("leaves out what is unknown instead of writing empty values", () => {
    const bare = newsArticleJsonLd({ url: articleUrl, headline: "H", datePublished: "2025-01-14", inLanguage: "en", about: [] });
    expect(Object.keys(bare).sort()).toEqual(
      ["@context", "@type", "datePublished", "headline", "inLanguage", "mainEntityOfPage", "url"].sort(),
    );
    const agency = newsArticleJsonLd({
      url: articleUrl,
      headline: "H",
      datePublished: "2025-01-14",
      dateModified: "2025-01-20",
      inLanguage: "en",
      author: { type: "Organization", name: "VNA" },
    });
    expect(agency.author).toEqual({ "@type": "Organization", name: "VNA" });
    expect(agency.dateModified).toBe("2025-01-20");
  });
});

describe("breadcrumbListJsonLd and personJsonLd", () => {
  it("numbers the crumbs from 1", () => {
    expect(
      breadcrumbListJsonLd([
        { name: "Home", url: "https://example.org/news/" },
        { name: "People", url: "https://example.org/news/people/" },
        { name: "Tô Lâm", url: "https://example.org/news/people/to-lam/" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/news/" },
        { "@type": "ListItem", position: 2, name: "People", item: "https://example.org/news/people/" },
        { "@type": "ListItem", position: 3, name: "Tô Lâm", item: "https://example.org/news/people/to-lam/" },
      ],
    });
  });

  it("describes a person", () => {
    expect(
      personJsonLd({
        name: "Tô Lâm",
        description: "General Secretary of the Communist Party of Vietnam",
        url: "https://example.org/news/people/to-lam/",
        alternateName: ["To Lam"],
      }),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Tô Lâm",
      url: "https://example.org/news/people/to-lam/",
      description: "General Secretary of the Communist Party of Vietnam",
      alternateName: ["To Lam"],
    });
  });
});

describe("renderJsonLdScript", () => {
  const hostile = {
    "@type": "NewsArticle",
    headline: 'Đặng </script><script>alert("x")</script> <!-- & --> \u2028\u2029 end',
  };
  const html = renderJsonLdScript(hostile);
  const inner = html.slice('<script type="application/ld+json">'.length, -"</script>".length);

  it("wraps the data in one JSON-LD script element that text cannot close", () => {
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith("</script>")).toBe(true);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it("still parses to exactly the same data", () => {
    expect(JSON.parse(inner)).toEqual(hostile);
    expect(serialiseJsonLd(hostile)).toBe(inner);
  });
});
