import { describe, expect, it } from "vitest";
import { compilePeople, matchNames, peopleInOrder } from "../../src/taxonomy/match-names.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { person, realTaxonomy } from "./fixtures.ts";

const people = compilePeople(realTaxonomy().people);

function peopleIn(texts: string | string[], excludedNames: string[] = [], compiled = people): string[] {
  const tokens = tokenize(Array.isArray(texts) ? texts : [texts]);
  return peopleInOrder(matchNames(tokens, compiled, excludedNames).mentions);
}

function mentionsIn(text: string): string[] {
  const tokens = tokenize([text]);
  return matchNames(tokens, people, []).mentions.map((mention) =>
    tokens
      .slice(mention.start, mention.end)
      .map((token) => token.text)
      .join(" "),
  );
}

describe("matchNames", () => {
  it("reads a name with its patronymic cut to an initial, not a lone capital before a surname (VTV: blind-vnru-19, 287)", () => {
    expect(peopleIn("Prime Minister Dmitry A. Medvedev likewise stressed how special cooperation between Vietnam and Russia is.")).toEqual([
      "dmitry-medvedev",
    ]);
    // The mention spans the initial (tokens joined without their full stops).
    expect(mentionsIn("Prime Minister Dmitry A. Medvedev likewise stressed")).toEqual(["Dmitry A Medvedev"]);
    // No full stop: `A` is a word of the sentence, and a surname alone names nobody.
    expect(peopleIn("Dmitry A Medvedev")).toEqual([]);
    expect(peopleIn("He met A. Medvedev, a student from Tula.")).toEqual([]);
  });

  it("reads a name an editor completed in square brackets, not one a parenthesis splits (blind-vnru-17, 264)", () => {
    expect(
      peopleIn("relations between the two countries would keep developing steadily under the leadership of President [Vladimir] Putin."),
    ).toEqual(["vladimir-putin"]);
    expect(mentionsIn("under the leadership of President [Vladimir] Putin")).toEqual(["President Vladimir Putin"]);
    // A bracket still ends a phrase for what it does not join into one name.
    expect(peopleIn("talks with Sergey Lavrov (Vladimir) and others")).toEqual(["sergey-lavrov"]);
  });

  it("reads a name whose letters outside ASCII the copy wrote `?` (blind-vnru-17, 262)", () => {
    expect(peopleIn("Vietnamese Prime Minister Nguy?n T?n D?ng said.")).toEqual(["nguyen-tan-dung"]);
    // No person has that name with its letters lost; nor is a lone `D?ng` one.
    expect(peopleIn("Nguy?n V?n D?ng said.")).toEqual([]);
    expect(peopleIn("D?ng added that trade grew.")).toEqual([]);
  });

  it("reads Shoigu romanised with a y (blind-vnru-17, 263)", () => {
    expect(peopleIn("Sergey Shoygu held a meeting with his Vietnamese colleague.")).toEqual(["sergei-shoigu"]);
    expect(peopleIn(["Sergey Shoygu held a meeting.", "Shoygu said the talks went well."])).toEqual(["sergei-shoigu"]);
    expect(peopleIn("Shoygu said the talks went well.")).toEqual([]);
  });

  it("finds Tô Lâm however the seeds write him", () => {
    // Seeds 000, 001, 003 and 004.
    expect(peopleIn("Party General Secretary To Lam (right) gives a reception in Hanoi on January 14")).toEqual(["to-lam"]);
    expect(peopleIn("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin")).toEqual([
      "to-lam",
      "mikhail-mishustin",
    ]);
    expect(peopleIn("the phone talks between Party General Secretary and State President Tô Lâm and President Putin")).toEqual([
      "to-lam",
      "vladimir-putin",
    ]);
    expect(peopleIn("reiterated President Putin’s invitation to Party General Secretary Lam to attend")).toEqual([
      "vladimir-putin",
      "to-lam",
    ]);
  });

  it("matches whatever the case, diacritics and Unicode normalisation", () => {
    expect(peopleIn("TÔ LÂM")).toEqual(["to-lam"]);
    expect(peopleIn("Phạm Minh Chính".normalize("NFD"))).toEqual(["pham-minh-chinh"]);
    expect(peopleIn("Prime Minister Pham Minh Chinh")).toEqual(["pham-minh-chinh"]);
  });

  it("counts a title with a surname as a full mention", () => {
    // Seeds 003 and 004.
    expect(peopleIn("PM Chính visited Russia to attend the expanded BRICS Summit in Kazan")).toEqual(["pham-minh-chinh"]);
    expect(peopleIn("NA Chairman Mẫn said the Vietnamese NA has developed")).toEqual(["tran-thanh-man"]);
    expect(peopleIn("PM Mishustin said that Russia considers Việt Nam a key partner")).toEqual(["mikhail-mishustin"]);
  });

  it("consumes the longest phrase: one mention, not also a shorter one", () => {
    expect(mentionsIn("President Vladimir Putin's state visit")).toEqual(["President Vladimir Putin"]);
    expect(mentionsIn("Prime Minister Mikhail Vladimirovich Mishustin")).toEqual(["Prime Minister Mikhail Vladimirovich Mishustin"]);
  });

  it("counts a bare name only after the person was named in full", () => {
    // Seed 004: "Party General Secretary Lâm said…" comes after "Party General Secretary Tô Lâm".
    expect(peopleIn("Lâm said Việt Nam always remembers Russia’s support")).toEqual([]);
    expect(peopleIn("Mishustin congratulated Vietnam on its achievements")).toEqual([]);
    expect(mentionsIn("Later, Lâm met Tô Lâm; Lâm said so.")).toEqual(["Tô Lâm", "Lâm"]);
    // Seed 003: Khôi named in full, then "Khôi said".
    expect(mentionsIn("Vietnamese Ambassador to Russia Đặng Minh Khôi highlighted the significance. Khôi said.")).toEqual([
      "Đặng Minh Khôi",
      "Khôi",
    ]);
  });

  it("needs a name's words capitalised: 'to Lam Dong' is not Tô Lâm", () => {
    expect(peopleIn("The delegation travelled to Lam Dong province")).toEqual([]);
    expect(peopleIn("the delegation of To Lam")).toEqual(["to-lam"]);
  });

  it("does not take a place for a person", () => {
    expect(peopleIn("HÀ NỘI — Prime Minister Phạm Minh Chính on Tuesday welcomed")).toEqual(["pham-minh-chinh"]);
    expect(peopleIn("a reception in Hà Nội", [], compilePeople([person("Nguyễn Thị Hà", { shortNames: ["Hà"] })]))).toEqual([]);
  });

  it("never tags an excluded name, but still tags a different person whose name contains it", () => {
    const compiled = compilePeople([
      person("Thanh Hà", { description: "a minister sharing the author's name" }),
      person("Nguyễn Thanh Hà"),
    ]);
    // Seed 002's byline: "Thanh Hà |".
    expect(peopleIn(["Thanh Hà |", "General Secretary To Lam"], ["Thanh Hà"], compiled)).toEqual([]);
    expect(peopleIn("Minister Nguyễn Thanh Hà said", ["Thanh Hà"], compiled)).toEqual(["nguyen-thanh-ha"]);
    expect(peopleIn("Thanh Hà said", [], compiled)).toEqual(["thanh-ha"]);
  });

  it("tells apart names that fold alike by their diacritics", () => {
    const compiled = compilePeople([person("Lê Minh Hưng"), person("Lê Minh Hùng", { slug: "le-minh-hung-2" })]);
    expect(peopleIn("Lê Minh Hùng", [], compiled)).toEqual(["le-minh-hung-2"]);
    expect(peopleIn("Lê Minh Hưng", [], compiled)).toEqual(["le-minh-hung"]);
    expect(peopleIn("Le Minh Hung", [], compiled)).toEqual(["le-minh-hung"]);
  });

  it("gives a shared short name to the person named most recently", () => {
    const compiled = compilePeople([person("Nguyễn Văn Nam", { shortNames: ["Nam"] }), person("Trần Hoài Nam", { shortNames: ["Nam"] })]);
    const tokens = tokenize(["Nguyễn Văn Nam met Trần Hoài Nam. Nam said"]);
    expect(matchNames(tokens, compiled, []).mentions.map((mention) => mention.slug)).toEqual([
      "nguyen-van-nam",
      "tran-hoai-nam",
      "tran-hoai-nam",
    ]);
  });

  it("lists people in order of first mention", () => {
    // Seed 001.
    expect(
      peopleIn(
        "The Russian Prime Minister recalled the deep impressions of his visit to Vietnam last January and sent his regards to President Luong Cuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man.",
      ),
    ).toEqual(["luong-cuong", "pham-minh-chinh", "tran-thanh-man"]);
  });
});

describe("bare names inside other names", () => {
  it("does not read a bare name out of someone else's full name or a place", () => {
    // Synthetic archive: "Son" (Bùi Thanh Sơn) inside another official's name.
    expect(mentionsIn("Bùi Thanh Sơn spoke. Chairman Phan Van Son of the city committee replied.")).toEqual(["Bùi Thanh Sơn"]);
    expect(mentionsIn("Tô Lâm visited Lâm Đồng province.")).toEqual(["Tô Lâm"]);
  });

  it("still reads a bare name after a title or an acronym", () => {
    expect(mentionsIn("Bùi Thanh Sơn spoke. Later, Minister Son said the talks went well.")).toEqual(["Bùi Thanh Sơn", "Son"]);
    expect(mentionsIn("Vladimir Putin arrived. Kremlin leader Putin met the press, and NA Lâm…")).toEqual(["Vladimir Putin", "Putin"]);
  });
});
