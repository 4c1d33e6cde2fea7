import { describe, expect, it } from "vitest";
import {
  articleMetaTags,
  articleProperties,
  breadcrumbItems,
  breadcrumbJsonLd,
  openGraphProperties,
  socialMetaTags,
} from "../../src/model/social-meta.ts";

const site = { siteUrl: "https://example.org", pathPrefix: "/news/" };

describe("openGraphProperties", () => {
  it("names site, type, title, description and URL", () => {
    expect(
      openGraphProperties({
        siteName: "News Archive",
        title: "Tô Lâm",
        description: "General Secretary",
        url: "https://example.org/news/people/to-lam/",
        type: "website",
      }),
    ).toEqual([
      ["og:site_name", "News Archive"],
      ["og:type", "website"],
      ["og:title", "Tô Lâm"],
      ["og:description", "General Secretary"],
      ["og:url", "https://example.org/news/people/to-lam/"],
    ]);
  });

  it("leaves out a description the page does not have", () => {
    const properties = openGraphProperties({ siteName: "A", title: "B", url: "https://example.org/", type: "article" });
    expect(properties.map(([property]) => property)).not.toContain("og:description");
  });
});

describe("socialMetaTags", () => {
  it("escapes article text in attribute values and adds the summary card", () => {
    const tags = socialMetaTags({
      siteName: "News & Co",
      title: 'PM says "welcome" <to> Mishustin',
      url: "https://example.org/2025/01/x/",
      type: "article",
    }).value;
    expect(tags).toContain('<meta property="og:title" content="PM says &quot;welcome&quot; &lt;to&gt; Mishustin">');
    expect(tags).toContain('<meta property="og:site_name" content="News &amp; Co">');
    expect(tags).toContain('<meta name="twitter:card" content="summary">');
  });
});

describe("articleProperties", () => {
  it("gives the publication date and each tag once", () => {
    expect(articleProperties({ publishedTime: "2025-01-14", tags: ["Tô Lâm", "Diplomacy", "Tô Lâm"] })).toEqual([
      ["article:published_time", "2025-01-14"],
      ["article:tag", "Tô Lâm"],
      ["article:tag", "Diplomacy"],
    ]);
    expect(articleMetaTags({ publishedTime: "2025-01-14", tags: ["Economy & Trade"] }).value).toContain(
      '<meta property="article:tag" content="Economy &amp; Trade">',
    );
  });
});

describe("breadcrumbItems", () => {
  it("starts at home and ends at the page, all absolute", () => {
    const trail = [
      { label: "Archive", path: "/archive/" },
      { label: "2025", path: "/archive/2025/" },
      { label: "January", path: "/archive/2025/01/" },
      { label: "PM Chính welcomes Mishustin" },
    ];
    expect(breadcrumbItems(site, trail, "/2025/01/pm-chinh-welcomes-mishustin/")).toEqual([
      { name: "Home", url: "https://example.org/news/" },
      { name: "Archive", url: "https://example.org/news/archive/" },
      { name: "2025", url: "https://example.org/news/archive/2025/" },
      { name: "January", url: "https://example.org/news/archive/2025/01/" },
      { name: "PM Chính welcomes Mishustin", url: "https://example.org/news/2025/01/pm-chinh-welcomes-mishustin/" },
    ]);
  });

  it("skips a step in between that has no page", () => {
    const items = breadcrumbItems(site, [{ label: "People" }, { label: "Page 2" }], "/people/page/2/");
    expect(items.map((item) => item.name)).toEqual(["Home", "Page 2"]);
  });

  it("renders as a BreadcrumbList data block with positions from 1", () => {
    const markup = breadcrumbJsonLd(site, [{ label: "People", path: "/people/" }, { label: "Tô Lâm </script>" }], "/people/to-lam/").value;
    const json = /^<script type="application\/ld\+json">(.*)<\/script>$/.exec(markup)![1]!;
    expect(json).not.toContain("</script>");
    const data = JSON.parse(json) as { "@type": string; itemListElement: Array<{ position: number; name: string; item: string }> };
    expect(data["@type"]).toBe("BreadcrumbList");
    expect(data.itemListElement.map((item) => item.position)).toEqual([1, 2, 3]);
    expect(data.itemListElement[2]).toMatchObject({ name: "Tô Lâm </script>", item: "https://example.org/news/people/to-lam/" });
  });
});
