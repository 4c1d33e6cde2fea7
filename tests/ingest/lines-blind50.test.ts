/**
 * The rule fitted to the fiftieth blind Việt Nam–Russia set (654–665): of the
 * visits an undated text's evidence fits, those its titles allow — a title
 * before a name dates the text from the office's first day, so a visit over
 * before it is not the text's news. With the reworded real lines it was written
 * for and lines it must not decide.
 */
import { describe, expect, it } from "vitest";
import { eventSpansFor } from "../../src/ingest/event-spans.ts";
import { eventsInOffice } from "../../src/ingest/events-in-office.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const eventSpans = eventSpansFor(compileTaxonomy(realTaxonomy()));

// 660 (Bnews): the headline and the lede, as stored (the lede reworded).
const TITLE_660 = "Chủ tịch nước Nguyễn Xuân Phúc hội đàm và dự chiêu đãi của Tổng thống Nga Vladimir Putin";
const LEDE_660 =
  "Phát biểu tại cuộc hội đàm, Tổng thống Putin nồng nhiệt chào đón và đánh giá cao chuyến thăm Nga của Chủ tịch nước Nguyễn Xuân Phúc, cho rằng chuyến thăm tạo động lực mạnh mẽ để tăng cường quan hệ Đối tác chiến lược toàn diện Việt Nam – Nga.";
const SECOND_660 =
  "Chủ tịch nước Nguyễn Xuân Phúc bày tỏ niềm vui được trở lại Liên bang Nga và gặp Tổng thống Putin, người bạn lớn và thân thiết của nhân dân Việt Nam.";

describe("the visits an undated text's titles allow (blind-vnru-50, 660)", () => {
  it("President Nguyễn Xuân Phúc's talks with Putin are his visit as President (2021), not those as Prime Minister", () => {
    const spans = eventSpans({ title: TITLE_660, paragraphs: [LEDE_660, SECOND_660], captions: [] });
    expect(spans.map((span) => span.name)).toEqual(["Nguyễn Xuân Phúc's visit to Russia (2021)"]);
    expect(spans[0]?.ambiguous).toBeUndefined();
  });

  it("decides nothing when the title was held at every visit the evidence fits (`Thủ tướng Nguyễn Xuân Phúc`)", () => {
    const title = "Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng thống Nga Vladimir Putin";
    const lede = LEDE_660.replaceAll("Chủ tịch nước", "Thủ tướng");
    const second = SECOND_660.replaceAll("Chủ tịch nước", "Thủ tướng");
    const spans = eventSpans({ title, paragraphs: [lede, second], captions: [] });
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.every((span) => span.ambiguous)).toBe(true);
  });

  it("bounds only the events the titled person takes part in, and never leaves none", () => {
    const visit2016 = { start: "2016-05-16", end: "2016-05-20", people: ["nguyen-xuan-phuc"], hosts: ["vladimir-putin"] };
    const visit2021 = { start: "2021-11-29", end: "2021-12-02", people: ["nguyen-xuan-phuc"], hosts: ["vladimir-putin"] };
    const other2016 = { start: "2016-05-19", end: "2016-05-20", people: ["sergey-lavrov"], hosts: [] };
    const president = { person: "nguyen-xuan-phuc", from: "2021-04-05" };
    expect(eventsInOffice([visit2016, visit2021], [president])).toEqual([visit2021]);
    // A title of someone who takes no part in an event bounds nothing.
    expect(eventsInOffice([other2016, visit2021], [president])).toEqual([other2016, visit2021]);
    // A title that would rule out every event decides nothing.
    expect(eventsInOffice([visit2016], [president])).toEqual([visit2016]);
    expect(eventsInOffice([visit2016, visit2016], [{ person: "nguyen-xuan-phuc", from: "2026-01-01" }])).toHaveLength(2);
    expect(eventsInOffice([visit2016, visit2021], [])).toHaveLength(2);
  });
});
