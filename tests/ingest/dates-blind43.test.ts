/**
 * Rules fitted to the forty-third blind Việt Nam–Russia set (570–581): a day
 * written right after a document's number is the day the document was issued,
 * not the day of an event the page reports; a labelled byline may give the
 * writer's bureau after a spaced slash. With the reworded real lines they were
 * written for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/ingest/byline.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const RESOLUTION_577 =
  "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị coi khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là đột phá chiến lược.";

describe("a day right after a document's number is the document's (blind-vnru-43, 577)", () => {
  it("does not take the resolution's day for an event day", () => {
    expect(findEventDay([RESOLUTION_577])).toBeUndefined();
  });

  it("passes over decrees numbered in English and Russian too", () => {
    expect(findEventDay(["Decree No. 15/2025/ND-CP dated March 3, 2025 sets out the rules."])).toBeUndefined();
    expect(findEventDay(["Распоряжение № 123-р от 5 марта 2025 года утвердило план."])).toBeUndefined();
  });

  it("still reads a day reported in the same text, or after a number that is no document's", () => {
    const reported = `Ngày 26/9/2025, hai bên ký biên bản ghi nhớ. ${RESOLUTION_577}`;
    expect(findEventDay([reported])?.day).toMatchObject({ month: 9, day: 26 });
    const count = "Có 57 sinh viên ngày 22/12/2024 đã nhận học bổng tại Moskva.";
    expect(findEventDay([count])?.day).toMatchObject({ month: 12, day: 22 });
  });

  it("leaves the page undated when the document's day is the only one", () => {
    const page = ["Nghị quyết 57-NQ/TW mở ra cơ hội lớn cho sinh viên Việt Nam tại Nga.", RESOLUTION_577].join("\n");
    expect(parseSource(page, { today: "2026-12-06" }).date).toBeUndefined();
  });
});

describe("a labelled byline with the writer's bureau after a spaced slash (blind-vnru-43, 576)", () => {
  it("reads the writer and the bureau", () => {
    expect(parseByline("Tác giả Văn Thường / VOV Moscow")).toMatchObject({ author: "Văn Thường", affiliation: "VOV Moscow" });
    expect(parseByline("By Jane Doe / Reuters Bangkok")).toMatchObject({ author: "Jane Doe", affiliation: "Reuters Bangkok" });
  });

  it("leaves lines that are no byline: one word before the slash, a date after it, an unlabelled line", () => {
    expect(parseByline("Tác giả Thường / VOV Moscow")).toBeUndefined();
    expect(parseByline("Tác giả Văn Thường / 16/03/2021")).toBeUndefined();
    expect(parseByline("Văn Thường / VOV Moscow")).toBeUndefined();
    expect(parseByline("Bài viết / Ảnh minh họa")).toBeUndefined();
  });
});
