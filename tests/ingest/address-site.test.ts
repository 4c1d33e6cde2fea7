/**
 * The site an address names when the outlet list does not know it
 * (address-site.ts), and how a page's address reaches the entry: the editor's
 * marker, a labelled line, a bare line, an address glued to text.
 */
import { describe, expect, it } from "vitest";
import { archivedAddress, registrableDomain, siteOfAddress } from "../../src/ingest/address-site.ts";
import { splitGluedAddress } from "../../src/ingest/glued-lines.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });
const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi, the two sides said in a joint statement on Tuesday.";
const SECOND = "The two leaders agreed to raise two-way trade and to work together in energy, education and science.";

describe("siteOfAddress", () => {
  it("names an unlisted site by its domain, without its edition or device prefix", () => {
    expect(siteOfAddress("https://kion546.com/ap-colorado/2023/08/28/biden-will-visit-hanoi/")).toBe("kion546.com");
    expect(siteOfAddress("https://en.baobacgiang.vn/deepening-vietnam-australia-strategic-partnership.bbg")).toBe("baobacgiang.vn");
    expect(siteOfAddress("https://newsinfo.inquirer.net/1874646/chinas-xi-meets-vietnam-leaders/amp")).toBe("inquirer.net");
    expect(siteOfAddress("https://www.th389.vn/chu-tich-nuoc-a197413.html")).toBe("th389.vn");
    expect(registrableDomain("japannews.yomiuri.co.jp")).toBe("yomiuri.co.jp");
    expect(registrableDomain("m.baoquangninh.com.vn")).toBe("baoquangninh.com.vn");
  });

  it("names no site for a shortener, a social network, an IP address; an archived copy names the archived page's", () => {
    expect(siteOfAddress("https://t.co/AbC123")).toBeUndefined();
    expect(siteOfAddress("https://www.facebook.com/vnanet.vn/posts/123")).toBeUndefined();
    expect(siteOfAddress("https://m.facebook.com/story.php?id=1")).toBeUndefined();
    expect(siteOfAddress("http://192.168.1.20/article/1")).toBeUndefined();
    const archived = "https://web.archive.org/web/20231212093000/https://ria24.today/news/lavrov-zayavil/11187318";
    expect(archivedAddress(archived)).toBe("https://ria24.today/news/lavrov-zayavil/11187318");
    expect(siteOfAddress(archived)).toBe("ria24.today");
  });
});

describe("splitGluedAddress", () => {
  it("gives an address glued to text a line of its own", () => {
    expect(splitGluedAddress("Putin arrives in India for talkshttps://tass.com/politics/1371335")).toEqual([
      "Putin arrives in India for talks",
      "https://tass.com/politics/1371335",
    ]);
    expect(splitGluedAddress("https://www.sggp.org.vn/tong-bi-thu-to-lam-post836165.htmlTổng Bí thư Tô Lâm sẽ thăm Lào")).toEqual([
      "https://www.sggp.org.vn/tong-bi-thu-to-lam-post836165.html",
      "Tổng Bí thư Tô Lâm sẽ thăm Lào",
    ]);
  });

  it("leaves an address alone on its line, and one inside a sentence, as they are", () => {
    const encoded =
      "https://nxslink.thehill.com/click/27080539.48252/aHR0cHM6Ly93d3cud2FzaGluZ3RvbnBvc3QuY29tL3dvcmxkLzIwMjIvMDMvMTcvaW5kaWEtcnVzc2lhLW9pbC8/6230d9c8b246d1049531c370Bf6aab15b";
    expect(splitGluedAddress(encoded)).toEqual([encoded]);
    const sentence = "The text is on the ministry's site at https://mid.ru/en/ and in Russian.";
    expect(splitGluedAddress(sentence)).toEqual([sentence]);
  });
});

describe("the page's address in the entry", () => {
  it("takes the editor's ` url` marker over any address in the text, and names the publisher by it", () => {
    const parsed = parse(
      ` url https://en.vietnamplus.vn/pm-receives-post206359.vnp\n date 2021-08-13\n${LEDE}\n${SECOND}\nhttps://example.com/related`,
    );
    expect(parsed).toMatchObject({ originalUrl: "https://en.vietnamplus.vn/pm-receives-post206359.vnp", publisher: "VietnamPlus" });
  });

  it("takes a labelled address over a bare one before it, and names an unlisted site by its domain", () => {
    const parsed = parse(
      ` date 2021-12-14\n${LEDE}\nhttps://example.com/related-story\n${SECOND}\nИсточник: https://ria24.today/news/lavrov-zayavil/11187318`,
    );
    expect(parsed).toMatchObject({ originalUrl: "https://ria24.today/news/lavrov-zayavil/11187318", publisher: "ria24.today" });
  });

  it("reads an address glued to the headline", () => {
    const parsed = parse(
      `Putin arrives in India for talks with Modihttps://tass.com/politics/1371335\nNEW DELHI, December 6, 2021. /TASS/. ${LEDE}\n${SECOND}`,
    );
    expect(parsed).toMatchObject({
      originalUrl: "https://tass.com/politics/1371335",
      publisher: "TASS",
      title: "Putin arrives in India for talks with Modi",
    });
    expect(parsed.agency).toBeUndefined();
  });

  it("names no publisher from a shared link's host", () => {
    expect(parse(` date 2021-12-14\n${LEDE}\n${SECOND}\nSource: https://t.co/AbC123`).publisher).toBeUndefined();
  });
});
