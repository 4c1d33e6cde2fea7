import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_PUBLISHERS_FILE, builtInPublishers } from "../../src/taxonomy/built-in-publishers.ts";
import { parsePublishers } from "../../src/taxonomy/load-publishers.ts";
import { PublisherTable, publisherByCode, publisherByHost, publisherByName } from "../../src/taxonomy/publishers.ts";

describe("publisher table", () => {
  it("finds a name line with `The` before it by the name listed without it (GlobalSecurity.org's copy: blind-vnru-19, 288)", () => {
    expect(publisherByName("The Ministry of Foreign Affairs of the Russian Federation")?.name).toBe(
      "Ministry of Foreign Affairs of the Russian Federation",
    );
    // A name listed with `The` is found as listed; `The` before no listed name finds nothing.
    expect(publisherByName("The Moscow Times")?.name).toBe("The Moscow Times");
    expect(publisherByName("The Weapons of Mass Destruction (WMD)")).toBeUndefined();
    expect(publisherByName("Theo TTXVN")?.name).not.toBe("Ministry of Foreign Affairs of the Russian Federation");
  });

  it("finds the seeds' publishers by code, host and name", () => {
    expect(publisherByCode("VNS")?.name).toBe("Việt Nam News");
    expect(publisherByCode("SGGP")?.name).toBe("Sài Gòn Giải Phóng");
    expect(publisherByHost("https://baotintuc.vn/chinh-tri/x.htm")?.name).toBe("Báo Tin Tức");
    expect(publisherByName("Báo Tin Tức")?.name).toBe("Báo Tin Tức");
    expect(publisherByName("Bao Tin Tuc")?.name).toBe("Báo Tin Tức");
  });

  it("matches subdomains and marks the aggregator", () => {
    expect(publisherByHost("https://en.sggp.org.vn/a.html")?.name).toBe("Sài Gòn Giải Phóng");
    expect(publisherByHost("e.vnexpress.net")?.name).toBe("VnExpress");
    expect(publisherByHost("Vietnam.vn")?.aggregator).toBe(true);
  });

  it("takes the most specific host listed, whatever the order of the list", () => {
    const table = new PublisherTable([
      { name: "Yomiuri Shimbun", codes: [], hosts: ["yomiuri.co.jp"], aliases: [] },
      { name: "The Japan News", codes: [], hosts: ["japannews.yomiuri.co.jp"], aliases: [] },
    ]);
    expect(table.host("https://japannews.yomiuri.co.jp/politics/20240620-1/")?.name).toBe("The Japan News");
    expect(table.host("https://www.yomiuri.co.jp/world/20240620-1/")?.name).toBe("Yomiuri Shimbun");
    expect(table.host("https://notyomiuri.co.jp/a")).toBeUndefined();
  });

  it("knows nothing it was not told", () => {
    expect(publisherByHost("notvnexpress.net")).toBeUndefined();
    expect(publisherByCode("XYZ")).toBeUndefined();
    expect(publisherByName("Thanh Hà")).toBeUndefined();
  });

  it("has no code, host or name claimed by two publishers", () => {
    const seen = new Map<string, string>();
    for (const publisher of builtInPublishers()) {
      for (const key of [...publisher.codes, ...publisher.hosts, publisher.name, ...publisher.aliases].map((k) => k.toLowerCase())) {
        expect(seen.get(key) ?? publisher.name, key).toBe(publisher.name);
        seen.set(key, publisher.name);
      }
    }
  });
});

describe("the built-in list", () => {
  it("is the package's own publishers.yaml, read by the archive's parser: one list, no copy in code", () => {
    expect(BUILT_IN_PUBLISHERS_FILE.replaceAll("\\", "/")).toMatch(/\/content\/taxonomy\/publishers\.yaml$/);
    const shipped = parsePublishers(readFileSync("content/taxonomy/publishers.yaml", "utf8"), "publishers.yaml");
    expect(shipped.problems).toEqual([]);
    expect(builtInPublishers()).toEqual(shipped.publishers);
    expect(builtInPublishers().length).toBeGreaterThan(250);
  });

  it("answers the lookups when no list is in use, with the names the file gives", () => {
    // Named so in the file: the English edition's host is listed apart from the paper's.
    expect(publisherByHost("https://en.baoquocte.vn/a-231883.html")?.name).toBe("World & Vietnam Report");
    expect(publisherByHost("https://baoquocte.vn/a-300878.html")?.name).toBe("Báo Quốc tế");
    expect(publisherByName("TG&VN")?.name).toBe("Báo Quốc tế");
    expect(publisherByName("WVR")?.name).toBe("World & Vietnam Report");
    const last = builtInPublishers().at(-1)!;
    expect(publisherByName(last.name)?.name).toBe(last.name);
  });
});

describe("publishers of other sites", () => {
  it("finds names written in Cyrillic and new rows by host", () => {
    expect(publisherByName("РИА Новости")?.name).toBe("RIA Novosti");
    expect(publisherByName("ТАСС")?.name).toBe("TASS");
    expect(publisherByHost("http://en.kremlin.ru/events/president/news/74321")?.name).toBe("Kremlin.ru");
    expect(publisherByName("VOVWORLD")?.name).toBe("Voice of Vietnam");
  });

  it("finds a site printed as its host (`VTV.vn -` opening a VTV story) by the host, subdomains too", () => {
    expect(publisherByName("VTV.vn")?.name).toBe("Vietnam Television");
    expect(publisherByName("english.vov.vn")?.name).toBe("Voice of Vietnam");
    expect(publisherByName("baochinhphu.vn")?.name).toBe("Báo Chính Phủ");
    // Not a host of a known site, or not a host at all.
    expect(publisherByName("notvtv.vn")).toBeUndefined();
    expect(publisherByName("Mr. Vu")).toBeUndefined();
    expect(publisherByName("https://vtv.vn/news")).toBeUndefined();
  });

  it("matches nothing for text without letters or digits, or in another script", () => {
    expect(publisherByName("---")).toBeUndefined();
    expect(publisherByName("Мишустин прибыл во Вьетнам")).toBeUndefined();
    expect(publisherByCode("")).toBeUndefined();
  });
});
