import { describe, expect, it } from "vitest";
import {
  capitaliseAllCapsName,
  isAuthorBio,
  isClosingSignature,
  isContributorCredit,
  isPersonName,
  parseByline,
  parseStaffCredit,
} from "../../src/ingest/byline.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

describe("parseByline", () => {
  it("reads seed 002's `Author |` line", () => {
    expect(parseByline("Thanh Hà |")).toEqual({ author: "Thanh Hà", remainder: "" });
  });

  it("reads the outlet's code after the reporter's name beside the date (Lao Động, blind-vnru-11, 192), not a name's last word", () => {
    expect(parseByline("H.Liên LDO | 02/09/2018 12:12")).toEqual({ author: "H.Liên", affiliation: "LDO", remainder: "02/09/2018 12:12" });
    expect(parseByline("Thanh Hà | 02/09/2018 12:12")).toEqual({ author: "Thanh Hà", remainder: "02/09/2018 12:12" });
    expect(parseByline("MINH ANH | 02/09/2018 12:12")).toEqual({ author: "Minh Anh", remainder: "02/09/2018 12:12" });
    const parsed = parseSource(
      "Tổng Bí thư sắp thăm chính thức Liên bang Nga\n\nH.Liên LDO | 02/09/2018 12:12\nBan Đối ngoại Trung ương hôm 1.9 thông báo Tổng Bí thư Nguyễn Phú Trọng sẽ có chuyến thăm chính thức Liên bang Nga từ ngày 5 đến 8.9.",
      { today: "2026-12-03" },
    );
    expect(parsed).toMatchObject({ author: "H.Liên", publisher: "Lao Động" });
  });

  it("reads seed 001's author line with the agency", () => {
    expect(parseByline("Nguyen Hong Diep (Vietnam News Agency)")).toEqual({
      author: "Nguyen Hong Diep",
      affiliation: "Vietnam News Agency",
      remainder: "",
    });
  });

  it.each([
    ["By Francesco Guarascio", "Francesco Guarascio"],
    ["By DAVID RISING", "David Rising"],
    ["Reporting by Francesco Guarascio; Editing by Ed Davies", "Francesco Guarascio"],
    ["Author: Phạm Hải - Ngọc Anh", "Phạm Hải - Ngọc Anh"],
    ["Song Minh |", "Song Minh"],
  ])("reads %s", (line, author) => {
    expect(parseByline(line)?.author).toBe(author);
  });

  it("keeps a date after the pipe for the date rules", () => {
    expect(parseByline("Thanh Hà | 14/01/2025 10:30")).toEqual({ author: "Thanh Hà", remainder: "14/01/2025 10:30" });
    expect(parseByline("By Jane Doe, Reuters")).toEqual({ author: "Jane Doe", affiliation: "Reuters", remainder: "" });
    expect(parseByline("By Jane Doe - CNN")).toEqual({ author: "Jane Doe", affiliation: "CNN", remainder: "" });
  });

  it("looks for the agency after a name, not after a line of dashes", () => {
    expect(parseByline(`By ${"a - ".repeat(20_000)}Reuters`)).toBeUndefined();
    // A name is at most 80 characters: one longer is no byline, with an agency or without.
    expect(parseByline(`By ${"Jane Doe ".repeat(12)}, Reuters`)).toBeUndefined();
  });

  it("does not read prose, breadcrumbs or captions as bylines", () => {
    expect(parseByline("By 2030, Vietnam aims to double trade with Russia.")).toBeUndefined();
    expect(parseByline("Home | Politics | Diplomacy")).toBeUndefined();
    expect(parseByline("General Secretary To Lam (right) gives a reception")).toBeUndefined();
    expect(parseByline("Vietnam News Agency (VNA)")).toBeUndefined();
    expect(parseByline("|")).toBeUndefined();
  });
});

describe("isPersonName and isClosingSignature", () => {
  it("accepts the seeds' author names", () => {
    expect(isPersonName("Thanh Hà")).toBe(true);
    expect(isClosingSignature("Thanh Hà")).toBe(true);
    expect(isClosingSignature("THÀNH CHUNG")).toBe(true);
  });

  it("rejects headings, nav labels, publishers and sentences", () => {
    expect(isClosingSignature("Same author")).toBe(false);
    expect(isClosingSignature("Heritage")).toBe(false);
    expect(isClosingSignature("Báo Tin Tức")).toBe(false);
    expect(isClosingSignature("Vietnam News Agency")).toBe(false);
    expect(isPersonName("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin")).toBe(false);
  });
});

describe("capitaliseAllCapsName", () => {
  it("title-cases names set in capitals and keeps codes", () => {
    expect(capitaliseAllCapsName("NGUYỄN KHÁNH")).toBe("Nguyễn Khánh");
    expect(capitaliseAllCapsName("VNA")).toBe("VNA");
    expect(capitaliseAllCapsName("Thong Nhat")).toBe("Thong Nhat");
  });
});

describe("bylines of other sites", () => {
  it("sets several capitalised names in ordinary case, keeping the joining word", () => {
    // AP
    expect(capitaliseAllCapsName("ANIRUDDHA GHOSAL and HAU DINH")).toBe("Aniruddha Ghosal and Hau Dinh");
    expect(capitaliseAllCapsName("VNA and AFP")).toBe("VNA and AFP");
  });

  it("knows credits for others' work at the end of a story", () => {
    expect(isContributorCredit("Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to this report.")).toBe(true);
    expect(isContributorCredit("Additional reporting by Jane Doe in Hanoi")).toBe(true);
    expect(isContributorCredit("The Russian side contributed to the talks, the ministry said.")).toBe(false);
  });

  it("knows an author's biography line", () => {
    // The Diplomat
    expect(isAuthorBio("Sebastian Strangio is Southeast Asia editor at The Diplomat.", "Sebastian Strangio")).toBe(true);
    expect(isAuthorBio("Jane Doe is a reporter in Hanoi.", "John Roe and Jane Doe")).toBe(true);
    expect(isAuthorBio("Sebastian Strangio said the talks went well.", "Sebastian Strangio")).toBe(false);
    expect(isAuthorBio("Putin is due in Hanoi on Thursday.", "Sebastian Strangio")).toBe(false);
  });
});

describe("desk and role bylines", () => {
  it("reads a byline that gives the writer's role after the name (Nikkei Asia)", () => {
    expect(parseByline("KOYA JIBIKI, Nikkei staff writer")).toEqual({ author: "Koya Jibiki", affiliation: "Nikkei", remainder: "" });
    expect(parseByline("Jane Doe, correspondent")).toEqual({ author: "Jane Doe", remainder: "" });
  });

  it("knows a byline that names a desk, not a person, and an editor footer", () => {
    expect(parseStaffCredit("By Moscow Times Reporter")).toEqual({ credited: "Moscow Times" });
    expect(parseStaffCredit("By VnExpress Staff")).toEqual({ credited: "VnExpress" });
    expect(parseStaffCredit("Editor: Huang Yue")).toEqual({ credited: "" }); // Xinhua
  });

  it("does not take a person's byline or prose for a desk credit", () => {
    expect(parseStaffCredit("By Viet Tuan")).toBeUndefined();
    expect(parseStaffCredit("By the end of the year, trade had doubled.")).toBeUndefined();
    expect(parseByline("Hanoi, the capital, wrote")).toBeUndefined();
  });
});

describe("a byline glued to the page's time stamps (blind-vnru-8, 153)", () => {
  it("reads the name before `N hours ago` and a full date, and leaves the stamps as the remainder", () => {
    expect(parseByline("Umer Jamshaid 8 hours ago Mon 27th September 2021 | 11:20 AM")).toEqual({
      author: "Umer Jamshaid",
      remainder: "Mon 27th September 2021 | 11:20 AM",
    });
  });

  it("takes no office, no name without a date after it, and no label for a byline", () => {
    expect(parseByline("President Vladimir Putin 2 hours ago Mon 27th September 2021")).toBeUndefined();
    expect(parseByline("Russia Vietnam 3 days ago")).toBeUndefined();
    expect(parseByline("Updated 2 hours ago 27 September 2021")).toBeUndefined();
  });
});

describe("more bylines", () => {
  it("reads an outlet's acronym after the name (CNN) and a role line without a comma (The Guardian)", () => {
    expect(parseByline("By Simone McCarthy, CNN")).toEqual({ author: "Simone McCarthy", affiliation: "CNN", remainder: "" });
    expect(parseByline("Rebecca Ratcliffe South-east Asia correspondent")).toEqual({
      author: "Rebecca Ratcliffe",
      affiliation: "South-east Asia",
      remainder: "",
    });
    expect(parseByline("Jonathan Head, South East Asia correspondent")?.author).toBe("Jonathan Head");
    expect(parseByline("The correspondent")).toBeUndefined();
  });

  it("knows CNN's contributor line", () => {
    expect(isContributorCredit("CNN’s Kathleen Magramo contributed reporting.")).toBe(true);
  });
});

describe("a wire's sign-off naming its writer (blind-vnru-9, 162)", () => {
  const page = (credit: string, byline?: string) =>
    [
      "Vietnam PM says respects Russia relations, hopes to boost cooperation",
      ...(byline === undefined ? [] : [byline]),
      "HANOI, Sept 7 (Reuters) - Vietnamese Prime Minister Pham Minh Chinh said on Wednesday that Vietnam has always held its relationship with Russia in respect.",
      "Chinh addressed the Eastern Economic Forum in Vladivostok by video link, a relationship built up in Soviet times.",
      credit,
      "Our Standards: The Thomson Reuters Trust Principles.",
    ].join("\n\n");
  const authorOf = (text: string) => parseSource(text, { today: "2026-12-03" }).author;

  it("takes the reporter of `Reporting by …; Editing by …` for the author, and keeps the line out of the text", () => {
    const parsed = parseSource(page("Reporting by Khanh Vu; Editing by Martin Petty"), { today: "2026-12-03" });
    expect(parsed.author).toBe("Khanh Vu");
    expect(parsed.paragraphs.join("\n")).not.toContain("Reporting by");
  });

  it("takes no author from additional reporting or editing alone, and lets a byline above the text win", () => {
    expect(authorOf(page("Additional reporting by Khanh Vu; Editing by Martin Petty"))).toBeUndefined();
    expect(authorOf(page("Editing by Martin Petty"))).toBeUndefined();
    expect(authorOf(page("Reporting by Khanh Vu; Editing by Martin Petty", "By Francesco Guarascio"))).toBe("Francesco Guarascio");
  });
});
