import { describe, expect, it } from "vitest";
import { buildArchiveModel } from "../../src/model/archive-model.ts";
import { articleJsonLd, bylineParty, personPageJsonLd } from "../../src/model/page-structured-data.ts";
import { entry, taxonomy } from "./model-fixtures.ts";

const site = { siteUrl: "https://example.org", pathPrefix: "/news/", language: "en" };

describe("bylineParty", () => {
  it("takes a reporter's byline for a person (bylines of the seeds)", () => {
    expect(bylineParty("Nguyen Hong Diep", "Báo Tin Tức")).toEqual({ type: "Person", name: "Nguyen Hong Diep" });
    expect(bylineParty("Thanh Hà", "SGGP")).toEqual({ type: "Person", name: "Thanh Hà" });
  });

  it("takes an agency's acronym, or the publisher's own name, for an organisation", () => {
    expect(bylineParty("VNA")).toEqual({ type: "Organization", name: "VNA" });
    expect(bylineParty("TASS", "Việt Nam News")).toMatchObject({ type: "Organization" });
    expect(bylineParty("Việt Nam News", "Việt Nam News")).toMatchObject({ type: "Organization" });
  });

  it("does not take a short capitalised name for an acronym", () => {
    expect(bylineParty("Hà")).toMatchObject({ type: "Person" });
    expect(bylineParty("Lê Anh")).toMatchObject({ type: "Person" });
  });
});

describe("articleJsonLd", () => {
  const archive = buildArchiveModel(
    [
      entry({
        slug: "chinh-welcomes-mishustin",
        date: "2025-01-14",
        title: "Prime Minister Phạm Minh Chính welcomes Russian counterpart",
        people: ["pham-minh-chinh", "mikhail-mishustin"],
        topics: ["diplomacy"],
        body: "HÀ NỘI — Prime Minister Phạm Minh Chính hosted an official welcome ceremony.",
      }),
    ],
    taxonomy,
  );
  const article = archive.articles[0]!;
  article.publisher = "Việt Nam News";
  article.author = "Thanh Hà";

  it("is a NewsArticle with headline, date, publisher, author and the people it is about", () => {
    expect(articleJsonLd(article, site)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Prime Minister Phạm Minh Chính welcomes Russian counterpart",
      url: "https://example.org/news/2025/01/chinh-welcomes-mishustin/",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://example.org/news/2025/01/chinh-welcomes-mishustin/" },
      datePublished: "2025-01-14",
      description: "HÀ NỘI — Prime Minister Phạm Minh Chính hosted an official welcome ceremony.",
      inLanguage: "en",
      publisher: { "@type": "Organization", name: "Việt Nam News" },
      author: { "@type": "Person", name: "Thanh Hà" },
      about: [
        { "@type": "Person", name: "Phạm Minh Chính", url: "https://example.org/news/people/pham-minh-chinh/" },
        { "@type": "Person", name: "Mikhail Mishustin", url: "https://example.org/news/people/mikhail-mishustin/" },
      ],
    });
  });

  it("gives a Person for a person's page, and refuses a topic", () => {
    expect(personPageJsonLd(archive.tags.people.get("pham-minh-chinh")!, site)).toEqual({
      "@context": "https://schema.org",
      "@type": "Person",
      name: "Phạm Minh Chính",
      url: "https://example.org/news/people/pham-minh-chinh/",
    });
    expect(() => personPageJsonLd(archive.tags.topics.get("diplomacy")!, site)).toThrow(/no person page/);
    // A person the taxonomy knows but no article names has no page to describe.
    expect(() => personPageJsonLd(archive.tags.people.get("to-lam")!, site)).toThrow(/no person page/);
  });
});
