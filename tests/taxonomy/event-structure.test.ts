/**
 * Evidence of an event by its structure: one of its visitors, a word of its
 * kind and a word of its destination in one sentence, in English, Russian or
 * Vietnamese (event-structure.ts with the committed `event-words.yaml`). The
 * lines are reworded from Việt Nam–Russia reports.
 */
import { describe, expect, it } from "vitest";
import { eventAnchorsFor, eventSpansFor } from "../../src/ingest/event-spans.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { compileTaxonomy, tagEvents, tagUndatedEvents } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const eventSpans = eventSpansFor(matcher);
const eventAnchors = eventAnchorsFor(matcher);
const parse = (text: string) => parseSource(text, { today: "2026-12-03", eventSpans, eventAnchors });
const undated = (text: string) => {
  const [title, ...paragraphs] = text.split("\n\n");
  return tagUndatedEvents({ title: title ?? "", paragraphs, captions: [], excludedNames: [] }, matcher);
};
const shapeOf = (slug: string) => {
  const index = matcher.taxonomy.events.findIndex((event) => event.slug === slug);
  const shape = matcher.events.words.shapes[index];
  const words = matcher.taxonomy.eventWords;
  return {
    kinds: shape?.kinds.map((kind) => words?.kinds[kind]?.name),
    places: shape?.places.map((place) => words?.places[place]?.name),
  };
};

describe("an event's kind and destination", () => {
  it("are read off its name, else its aliases, else its keywords", () => {
    expect(shapeOf("mishustin-visit-vietnam-2025")).toEqual({ kinds: ["visit"], places: ["Việt Nam"] });
    expect(shapeOf("nguyen-phu-trong-russia-visit-2018")).toEqual({ kinds: ["visit"], places: ["Russia"] });
    expect(shapeOf("putin-to-lam-phone-talks-2024").kinds).toEqual(["phone call"]);
  });

  it("leave out a destination when the name names two countries", () => {
    expect(shapeOf("vietnam-russia-relations-75th-anniversary")).toEqual({ kinds: ["anniversary"], places: [] });
  });
});

const TVC = `Путин подпишет ряд совместных документов с президентом Вьетнама

Непогода не помешала официальному визиту президента Владимира Путина во Вьетнам, куда он прилетел во вторник. Там его ждут встречи с президентом республики Чыонг Тан Шангом и премьер-министром Нгуен Тан Зунгом.`;

const DAIBIEU = `Vietnamese, Russian PMs hold talks, agree on major orientations for bilateral ties

At talks in Hanoi on January 14, Prime Minister Pham Minh Chinh and his Russian counterpart Mikhail Mishustin agreed to deepen dialogue and political trust.`;

describe("a text that reports a visit by its people, kind and place", () => {
  it("evidences a visit whose keywords it does not write (Russian: визиту … во Вьетнам)", () => {
    expect(undated(TVC).evidenced).toEqual(["putin-state-visit-vietnam-2024", "putin-state-visit-vietnam-2013"]);
    // The host named tells 2013 from 2024, and Tuesday is within the visit's day.
    expect(parse(TVC)).toMatchObject({ date: "2013-11-12", dateInferred: true });
  });

  it("gives `on January 14` the year of the one visit it reports (talks in Hanoi)", () => {
    expect(undated(DAIBIEU).evidenced).toEqual(["mishustin-visit-vietnam-2025"]);
    expect(parse(DAIBIEU)).toMatchObject({ date: "2025-01-14", dateInferred: true });
  });

  it("takes nothing from one background sentence in the body", () => {
    const text = `Trade between the two countries grew

Exports rose by a fifth in the first quarter, the customs office said.

The figures were reported as agreed during Putin's visit to Hanoi.`;
    expect(undated(text).evidenced).toEqual([]);
    expect(parse(text).date).toBeUndefined();
  });

  it("takes nothing from a sentence that names both countries (a Vietnamese minister in the Kremlin)", () => {
    const text = `Путин и министр

В Кремле Владимир Путин встретился с министром иностранных дел Вьетнама. В Москву министр приехал как посланник генерального секретаря компартии Вьетнама То Лама.`;
    expect(undated(text).evidenced).toEqual([]);
  });

  it("tags a dated report on the event's days that names the destination only in Russian (RIA, Sochi, May 2016)", () => {
    const paragraphs = [
      "СОЧИ, 19 мая. Товарооборот России и Вьетнама вырос на 20%, сказал президент России Владимир Путин.",
      "Нгуен Суан Фук, в свою очередь, поздравил российского президента с успехами страны.",
      "На встрече с Путиным он сказал, что страна выдержала немало трудностей.",
    ];
    const article = { title: "", paragraphs, captions: [], excludedNames: [] };
    expect(tagEvents({ ...article, date: "2016-05-19" }, matcher)).toContain("nguyen-xuan-phuc-russia-visit-2016");
    // The summit in Sochi of the same days: the text has no word of a summit.
    expect(tagEvents({ ...article, date: "2016-05-19" }, matcher)).not.toContain("asean-russia-summit-sochi-2016");
    expect(tagEvents({ ...article, date: "2016-07-19" }, matcher)).not.toContain("nguyen-xuan-phuc-russia-visit-2016");
  });
});

describe("a yearless day within the days of an event the text fits once", () => {
  // Reworded from a wire's report of the Hà Nội–Moskva memorandum (May 2019): the visit is written once.
  const memorandum = (day: string) => `Hà Nội và Moskva tăng cường hợp tác trên nhiều lĩnh vực

Chủ tịch Ủy ban Nhân dân thành phố Hà Nội và Thị trưởng thành phố Moskva đã ký Biên bản ghi nhớ hợp tác giữa hai thủ đô cho giai đoạn 2019-2021.

Phóng viên TTXVN tại Moskva cho biết, ngày ${day}, bên lề chuyến thăm chính thức Liên bang Nga của Thủ tướng Nguyễn Xuân Phúc, Chủ tịch Ủy ban Nhân dân thành phố Hà Nội Nguyễn Đức Chung đã có cuộc gặp và làm việc với Thị trưởng thành phố Moskva Sergey Sobyanin.

Tiếp theo lễ ký, hai bên hội đàm, trao đổi và thống nhất những nội dung cụ thể của chương trình hợp tác giữa hai thành phố.`;

  it("takes the year of the one visit whose days hold it (20–23 May 2019, not 16–20 May 2016)", () => {
    expect(parse(memorandum("23/5"))).toMatchObject({ date: "2019-05-23", dateInferred: true });
  });

  it("leaves tagging as it was: one sentence is no report of the visit", () => {
    const found = undated(memorandum("23/5"));
    expect(found.evidenced).toEqual([]);
    expect(found.named).toEqual([]);
    expect(found.evidencedOnce).toEqual(
      expect.arrayContaining(["nguyen-xuan-phuc-russia-visit-2016", "nguyen-xuan-phuc-russia-visit-2019"]),
    );
  });

  it("takes nothing from a day outside every visit the sentence fits", () => {
    expect(parse(memorandum("12/5")).date).toBeUndefined();
  });
});
