import { describe, expect, it } from "vitest";
import type { SegmentRole } from "../../src/taxonomy/article-layout.ts";
import { contentStream } from "../../src/taxonomy/content-words.ts";
import { compileTopics, MAX_TOPICS, pickTopics, scoreTopics } from "../../src/taxonomy/score-topics.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { realTaxonomy, topic } from "./fixtures.ts";

const topics = compileTopics(realTaxonomy().topics);

/** Segment 0 is the title, 1 the lede, then the body. */
const roleOf = (segment: number): SegmentRole => (segment === 0 ? "title" : segment === 1 ? "lede" : "body");

function scoresIn(body: string[], title = "", lede = "", compiled = topics): Map<string, number> {
  const scores = scoreTopics(contentStream(tokenize([title, lede, ...body])), compiled, roleOf);
  return new Map(scores.map((score) => [score.slug, score.score]));
}

function topicsIn(body: string[], title = "", lede = "", compiled = topics): string[] {
  return pickTopics(scoreTopics(contentStream(tokenize([title, lede, ...body])), compiled, roleOf));
}

/** Seed 004's list of the areas of cooperation. */
const LIST =
  "The two sides agreed to solidify the foundation for their cooperation, especially in regard to trade, economy, investment, energy, oil and gas, education and training, culture, tourism and science and technology.";

describe("topics", () => {
  it("are tagged from a sentence about one subject", () => {
    // Seed 001: the clause on energy, its own sentence after a semicolon.
    const energy =
      "further deepening defense and security cooperation; promoting cooperation in energy - oil and gas, nuclear energy, expanding to the field of new energy, especially clean energy, renewable energy, wind power; cooperating";
    expect(topicsIn([energy])).toEqual(["defence-security", "energy"]); // one sentence each: the first mentioned first
    expect(scoresIn([energy]).get("energy")).toBeCloseTo(1, 5);
  });

  it("share one sentence that lists many areas: none is tagged from it alone", () => {
    const scores = scoresIn([LIST]);
    expect([...scores.values()].every((score) => score < 1)).toBe(true);
    expect(topicsIn([LIST])).toEqual([]);
    // Seed 000: energy and culture once each in a list.
    expect(
      topicsIn(["including economy and trade, energy, defense, security, science and technology, culture, education, he said."]),
    ).toEqual([]);
  });

  it("count each sentence once, however often it repeats a phrase", () => {
    expect(scoresIn(["Energy, energy and energy: clean energy and renewable energy."]).get("energy")).toBeCloseTo(1, 5);
    // A sentence printed twice (a caption repeated) counts once.
    expect(scoresIn(["Trade grew fast.", "Trade grew fast."]).get("economy-trade")).toBeCloseTo(0.5, 5);
  });

  it("weigh the title three times and the lede twice a body sentence", () => {
    expect(scoresIn([], "Nuclear power deal signed").get("nuclear-power")).toBeCloseTo(3, 5);
    expect(scoresIn([], "", "Nuclear power deal signed").get("nuclear-power")).toBeCloseTo(2, 5);
    expect(scoresIn(["Nuclear power deal signed"]).get("nuclear-power")).toBeCloseTo(1, 5);
    expect(topicsIn([], "Tourism")).toEqual(["tourism"]);
    expect(topicsIn(["Tourism"])).toEqual([]);
  });

  it("give a single generic word half a sentence, a specific phrase all of it", () => {
    expect(scoresIn(["They spoke of energy."]).get("energy")).toBeCloseTo(0.5, 5);
    expect(scoresIn(["They spoke of renewable energy."]).get("energy")).toBeCloseTo(1, 5);
    expect(topicsIn(["They spoke of energy."])).toEqual([]);
    expect(topicsIn(["They spoke of energy.", "Energy prices rose."])).toEqual(["energy"]);
  });

  it("never take one generic word in one sentence for a topic, even in the lede", () => {
    // Dev corpus 09: "Biden will travel to Hanoi" is not tourism; 16: "the capital" is not investment.
    expect(scoresIn([], "", "President Joe Biden will travel to Hanoi next month.").get("tourism")).toBeCloseTo(1, 5);
    expect(topicsIn([], "", "President Joe Biden will travel to Hanoi next month.")).toEqual([]);
    expect(topicsIn(["Russian troops advanced closer to the capital."])).toEqual([]);
    expect(topicsIn([], "Tourism")).toEqual(["tourism"]); // a headline's word says what the article is about
  });

  it("leave out a topic far weaker than the strongest", () => {
    const body = [
      "The comprehensive strategic partnership was reviewed.",
      "Their diplomatic relations are excellent.",
      "Foreign policy was discussed.",
      "Political trust grew.",
      "The state visit was historic.",
      "Bilateral ties deepened.",
      "Delegation exchanges will increase.",
      "Foreign ministers met.",
      "The ambassador attended.",
      "The embassy hosted a reception.",
      "Both sides praised their multilateral cooperation and joint communiqué.",
      "Bilateral trade grew.",
    ];
    const scores = scoresIn(body);
    expect(scores.get("diplomacy")).toBeGreaterThan(5 * (scores.get("economy-trade") ?? 0));
    expect(topicsIn(body)).toEqual(["diplomacy"]);
  });

  it("match British and American spellings", () => {
    expect(topicsIn(["further deepening defense and security cooperation"])).toEqual(["defence-security"]);
    expect(topicsIn(["cooperation in national defence"])).toEqual(["defence-security"]);
    expect(topicsIn(["labour export and labor export"])).toEqual(["labour"]);
  });

  it("are never tagged by default", () => {
    expect(topicsIn(["The two leaders met on Tuesday."])).toEqual([]);
    expect(topicsIn([])).toEqual([]);
  });

  it("are at most eight, strongest first, ties by first mention then slug", () => {
    const many = Array.from({ length: 10 }, (_, index) => topic(`Topic ${index}`, [`word${index} phrase`]));
    const compiled = compileTopics(many);
    const text = [...many].reverse().map((_, index) => `word${9 - index} phrase.`);
    const picked = topicsIn([...text, "word3 phrase again."], "", "", compiled);
    expect(picked).toHaveLength(MAX_TOPICS);
    expect(picked.slice(0, 3)).toEqual(["topic-3", "topic-9", "topic-8"]);

    const tied = compileTopics([topic("Beta", ["shared phrase"]), topic("Alpha", ["shared phrase"])]);
    expect(topicsIn(["a shared phrase"], "", "", tied)).toEqual(["alpha", "beta"]);
  });
});

describe("topics of Vietnamese and Russian articles", () => {
  // Reworded from pages of the ingest corpus (blind-vnru-5 116, blind-vnru-6 128 and 131).
  it("are tagged from the taxonomy's Vietnamese and Russian words", () => {
    expect(
      topicsIn(
        [
          "Nhân dịp dẫn đầu Đoàn đại biểu cấp cao Bộ Quốc phòng Việt Nam sang dự Diễn đàn Kỹ thuật quân sự quốc tế ARMY-2024, Đại tướng Phan Văn Giang đã hội đàm với người đồng cấp.",
        ],
        "Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Bộ Quốc phòng Liên bang Nga",
      ),
    ).toEqual(["defence-security", "diplomacy"]);
    expect(
      topicsIn(
        [],
        "Россия и Вьетнам подпишут соглашение о строительстве АЭС",
        "Россия и Вьетнам намерены в кратчайшие сроки провести переговоры и заключить соглашение о сооружении во Вьетнаме атомной электростанции.",
      ),
    ).toEqual(["energy", "nuclear-power"]); // the same phrases: a tie, broken by slug;
    expect(
      topicsIn(
        [],
        "Турпоток из России во Вьетнам в октябре вырос в 3,6 раза",
        "В октябре число российских туристов, посетивших Вьетнам, выросло в 3,6 раза против октября прошлого года.",
      ),
    ).toEqual(["tourism"]);
  });

  it("match a Russian word in any case, from its nominative", () => {
    expect(scoresIn(["Путин прибыл во Вьетнам с государственным визитом."]).get("diplomacy")).toBeCloseTo(1, 5);
    expect(scoresIn(["Итоги государственного визита подвели в Ханое."]).get("diplomacy")).toBeCloseTo(1, 5);
  });

  it("are not read from a syllable or a word that only looks like the subject", () => {
    // "điện" (electricity) is also the second syllable of "đại diện" (representative) and "toàn diện" (comprehensive).
    expect(topicsIn(["Ông là đại diện toàn diện của công ty."], "Đại diện doanh nghiệp toàn diện")).not.toContain("energy");
    // "в отношении" (regarding) is not "отношения" (relations).
    expect(topicsIn(["Решение в отношении этого вопроса пока не принято."])).toEqual([]);
  });
});
