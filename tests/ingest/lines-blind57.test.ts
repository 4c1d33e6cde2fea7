/**
 * The rule fitted to the fifty-seventh blind Việt Nam–Russia set (738–749): in
 * a paragraph about a commemoration, a day followed in its own sentence by the
 * words of a founding or an adoption (`ngày 12/6/1990, bản Tuyên ngôn … được
 * thông qua`) is the day the commemoration looks back to, not the day of the
 * event the page reports (745). With the reworded real lines it was written for
 * and lines it must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isCommemoratedOrigin } from "../../src/ingest/commemorated-origin.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const TITLE_745 = "Đại sứ quán Nga kỷ niệm ngày Quốc khánh tại Hà Nội";
const GUESTS_745 =
  "Có mặt tại buổi lễ có Đại sứ đặc mệnh toàn quyền Liên bang Nga tại Việt Nam Konstantin V.Vnukov; Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ; Thứ trưởng thường trực Bộ Ngoại giao Bùi Thanh Sơn; đại diện một số đại sứ quán và tổ chức quốc tế; lãnh đạo các bộ, ban, ngành Trung ương; các cựu lưu học sinh Việt Nam, những người Việt Nam từng học tập, sinh sống tại Liên bang Nga; cùng người Nga đang sống và làm việc ở Việt Nam.";
const SPEECH_745 =
  "Phát biểu tại lễ kỷ niệm, Đại sứ Nga tại Việt Nam Konstantin Vnukov nhắc lại rằng ngày 12/6/1990, bản Tuyên ngôn về chủ quyền quốc gia Liên bang Nga được thông qua, mở ra một thời đại mới trong lịch sử nước Nga.";

/** The offset right after `day` in `paragraph`. */
const endOf = (paragraph: string, day: string) => paragraph.indexOf(day) + day.length;

describe("the day a commemoration looks back to (blind-vnru-57, 745)", () => {
  it("is the day marked, not the day reported", () => {
    expect(isCommemoratedOrigin(SPEECH_745, endOf(SPEECH_745, "12/6/1990"))).toBe(true);
    expect(findEventDay([SPEECH_745])).toBeUndefined();
    const english =
      "Speaking at the anniversary reception, the ambassador recalled that on June 12, 1990, the Declaration of State Sovereignty was adopted.";
    expect(isCommemoratedOrigin(english, endOf(english, "June 12, 1990"))).toBe(true);
    const russian =
      "На торжественном приеме по случаю годовщины посол напомнил, что 12 июня 1990 года была принята Декларация о суверенитете.";
    expect(isCommemoratedOrigin(russian, endOf(russian, "12 июня 1990 года"))).toBe(true);
    const founded = "Tại lễ kỷ niệm, ông nhắc lại ngày 31/7/1958 Hội hữu nghị ra đời.";
    expect(isCommemoratedOrigin(founded, endOf(founded, "31/7/1958"))).toBe(true);
  });

  it("not without a commemoration, not when the founding words are in another sentence or far on, nor the day of the ceremony", () => {
    const noCommemoration = "Ngày 12/6/2025, Luật Đất đai sửa đổi được thông qua tại kỳ họp.";
    expect(isCommemoratedOrigin(noCommemoration, endOf(noCommemoration, "12/6/2025"))).toBe(false);
    expect(findEventDay([noCommemoration])?.day).toEqual({ year: 2025, month: 6, day: 12 });
    const ceremony = "Ngày 12/6/2025, Đại sứ quán tổ chức lễ kỷ niệm Ngày nước Nga. Năm 1990, bản Tuyên ngôn được thông qua.";
    expect(isCommemoratedOrigin(ceremony, endOf(ceremony, "12/6/2025"))).toBe(false);
    expect(findEventDay([ceremony])?.day).toEqual({ year: 2025, month: 6, day: 12 });
    const far = `Tại lễ kỷ niệm ngày 12/6/2025, ${"các đại biểu, ".repeat(12)}một văn kiện được thông qua.`;
    expect(isCommemoratedOrigin(far, endOf(far, "12/6/2025"))).toBe(false);
    const english = "On June 12, 2025, the embassy celebrated Russia Day with a reception for 300 guests.";
    expect(isCommemoratedOrigin(english, endOf(english, "June 12, 2025"))).toBe(false);
    const created = "В честь годовщины 12 июня 2025 года в Ханое созданы новые условия для студентов.";
    expect(isCommemoratedOrigin(created, endOf(created, "12 июня 2025 года"))).toBe(false);
  });

  it("end to end: the reception's report, which states no day of its own, is refused", () => {
    const source = `${TITLE_745}\n${GUESTS_745}\n${SPEECH_745}`;
    const { plan } = planEntry("745.txt", source, context);
    expect(plan).toBeUndefined();
  });
});
