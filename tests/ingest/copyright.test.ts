/**
 * Copyright notices (copyright.ts) and what the page's evidence makes of them
 * (outlet-lines.ts, boilerplate.ts, classify-lines.ts): on the real footers
 * they were written for, and on lines that are not the site's notice.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLine } from "../../src/ingest/boilerplate.ts";
import { readCopyrightNotice } from "../../src/ingest/copyright.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });
const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi, the two sides said in a joint statement on Tuesday.";
const SECOND = "The two leaders agreed to raise two-way trade and to work together in energy, education and science.";
const LAST = "The talks will continue in Moscow next year, the ministry said in its statement.";

describe("readCopyrightNotice", () => {
  it.each([
    // VietnamPlus's footer: the site, then the agency that owns it.
    ["© 2003-2024 VietnamPlus, Vietnam News Agency", "VietnamPlus"],
    // VOV's footer: the site's host for its name, the year after it.
    ["© Copyright VOV.VN 2024", "Voice of Vietnam"],
    ["© 2025 The Moscow Times, all rights reserved.", "The Moscow Times"],
    ["Copyright © VietnamPlus. All rights reserved.", "VietnamPlus"],
    ["Copyright © 2024 Reuters. All rights reserved.", "Reuters"],
    ["© 2024 AFP", "Agence France-Presse"],
    ["Copyright 2023 The Associated Press. All rights reserved. This material may not be published.", "Associated Press"],
    ["Bản quyền thuộc về Báo Thời Đại", "Thời Đại"],
    ["(c) 2015 - 2024 Vietnam News Agency (VNA)", "Vietnam News Agency"],
    ["2024 VietnamPlus. All rights reserved.", "VietnamPlus"],
    ["Copyright © 2024 by Foo Media Group Ltd.", "Foo Media Group Ltd"],
    ["© 2010-present Example Daily | Privacy policy", "Example Daily"],
    ["Copyright www.Example.com 2024", "example.com"],
  ])("%s → %s", (line, owner) => {
    expect(readCopyrightNotice(line)).toEqual({ owner, photoCredit: false });
  });

  it("reads a Vietnamese paper's name with its lower-case words, and a name in guillemets with its year after it", () => {
    expect(readCopyrightNotice("Bản quyền thuộc về Báo điện tử Mặt Trận")).toEqual({ owner: "Báo điện tử Mặt Trận", photoCredit: false });
    expect(readCopyrightNotice("© «Российская газета», 2024")).toEqual({ owner: "Rossiyskaya Gazeta", photoCredit: false });
    // Not a paper's name: whose the article is, in prose; a picture's credit without a year.
    expect(readCopyrightNotice("Bản quyền thuộc về tác giả bài viết")).toBeUndefined();
    expect(readCopyrightNotice("© «Российская газета»")).toMatchObject({ photoCredit: true });
  });

  it("reads `©` with a name alone as a picture's credit", () => {
    expect(readCopyrightNotice("© Reuters")).toEqual({ owner: "Reuters", photoCredit: true });
    expect(readCopyrightNotice("© Sputnik / Alexander Kazakov")).toEqual({ owner: "Sputnik / Alexander Kazakov", photoCredit: true });
  });

  it("reads a notice that names nobody as a notice without an owner", () => {
    expect(readCopyrightNotice("Copyright 2024")).toEqual({ photoCredit: false });
    expect(readCopyrightNotice("All rights reserved.")).toEqual({ photoCredit: false });
  });

  it.each([
    "Photo: VNA",
    "Copyright law in Vietnam protects authors and was amended in 2022, the ministry said.",
    "Copyright infringement cases rose by a fifth last year.",
    "Copyright Office officials said on Monday that the rules would change.",
    "Copyright, the minister said, is a matter for the courts.",
    "(c) strengthening cooperation in science and technology;",
    "He said all rights reserved to the state would stay with it.",
    "The company said all rights reserved.",
    "2024 was a year of growth for both economies.",
    "VietnamPlus",
  ])("is not a notice: %s", (line) => {
    expect(readCopyrightNotice(line)).toBeUndefined();
  });
});

describe("a copyright notice on the page", () => {
  it("names the site, and not the owner after it as a carried wire", () => {
    expect(
      parse(` date 2024-05-09 ${LEDE}\n${SECOND}\nRead more about: Victory Day\n© 2003-2024 VietnamPlus, Vietnam News Agency`),
    ).toMatchObject({
      publisher: "VietnamPlus",
    });
    expect(parse(` date 2024-05-09 ${LEDE}\n${SECOND}\n© 2003-2024 VietnamPlus, Vietnam News Agency`).agency).toBeUndefined();
    // The agency the text credits is still the agency.
    expect(parse(` date 2024-05-09 Hanoi (VNA) – ${LEDE}\n${SECOND}\n© 2003-2024 VietnamPlus, Vietnam News Agency`)).toMatchObject({
      publisher: "VietnamPlus",
      agency: "Vietnam News Agency",
    });
    expect(parse(` date 2024-05-09 ${LEDE}\n${SECOND}\n© Copyright VOV.VN 2024`).publisher).toBe("Voice of Vietnam");
  });

  it("does not take a picture's `© Reuters` for the site", () => {
    const parsed = parse(` date 2024-05-09 ${LEDE}\nPham Minh Chinh and Mikhail Mishustin at the talks in Hanoi\n© Reuters\n${SECOND}`);
    expect(parsed.publisher).toBeUndefined();
    expect(parsed.agency).toBeUndefined();
    expect(parsed.photoCredits).toEqual(["Reuters"]);
    expect(parsed.paragraphs.join("\n")).not.toContain("©");
  });

  it("keeps a sentence about copyright in the text and names no site from it", () => {
    const sentence = "Copyright law in Vietnam protects authors and was amended in 2022, the ministry said.";
    const parsed = parse(` date 2024-05-09 ${LEDE}\n${SECOND}\n${sentence}\n${LAST}`);
    expect(parsed.paragraphs).toContain(sentence);
    expect(parsed.publisher).toBeUndefined();
  });

  it("drops notices from the text, and only notices", () => {
    for (const line of [
      "© Copyright VOV.VN 2024",
      "Copyright © VietnamPlus. All rights reserved.",
      "2024 VietnamPlus. All rights reserved.",
      "© 2024 AFP",
    ]) {
      expect(isInterfaceLine(line)).toBe(true);
    }
    for (const line of [
      "Copyright law in Vietnam protects authors and was amended in 2022, the ministry said.",
      "(c) strengthening cooperation in science and technology;",
    ]) {
      expect(isInterfaceLine(line)).toBe(false);
    }
  });
});
