/**
 * Rules fitted to the forty-eighth blind Việt Nam–Russia set (630–641): the
 * years a body has worked, counted in the past tense, are years since its
 * founding (as `75 năm qua` already was); an empty comment block's notice is
 * furniture wherever it stands. With the reworded real lines they were written
 * for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLine } from "../../src/ingest/boilerplate.ts";
import { isEmptyCommentsNotice } from "../../src/ingest/empty-comments.ts";
import { foundingAnniversaryYear, yearsCountedSince } from "../../src/ingest/founding-anniversary.ts";
import { inferYear } from "../../src/ingest/infer-date.ts";

const BODY_637 = [
  "Chiều 22/11, tại Thủ đô Moscow (LB Nga), Hội Hữu nghị Nga - Việt đã tổ chức Hội nghị tổng kết hoạt động nhiệm kỳ 2013-2018, đồng thời bầu Ban chấp hành và Chủ tịch cho nhiệm kỳ mới.",
  "Ra đời từ Hội Hữu nghị Xô - Việt thành lập năm 1958, Hội Hữu nghị Nga - Việt đã có hơn 60 năm hoạt động và phát triển. Suốt thời gian đó, Hội đã đạt nhiều kết quả lớn trong công tác ngoại giao nhân dân.",
].join("\n");

describe("years of activity counted in the past tense (blind-vnru-48, 637)", () => {
  it("are years since the founding the text dates", () => {
    expect(yearsCountedSince("Hội Hữu nghị Nga - Việt đã có hơn 60 năm hoạt động và phát triển.")).toBe(60);
    expect(yearsCountedSince("Công ty đã trải qua 30 năm hoạt động.")).toBe(30);
    expect(foundingAnniversaryYear(BODY_637)).toBe(2018);
  });

  it("date the day the text writes without a year to the year they make, not the founding's", () => {
    expect(inferYear({ month: 11, day: 22 }, BODY_637)?.year).toBe(2018);
  });

  it("are not a term still to run, nor a count without a founding", () => {
    expect(yearsCountedSince("Dự án có thời gian 50 năm hoạt động kể từ ngày được cấp phép.")).toBeUndefined();
    expect(yearsCountedSince("Sau 5 năm hoạt động, nhà máy sẽ được chuyển giao.")).toBeUndefined();
    expect(yearsCountedSince("Hội đã có nhiều năm hoạt động.")).toBeUndefined();
    expect(foundingAnniversaryYear("Hội Hữu nghị Nga - Việt đã có hơn 60 năm hoạt động và phát triển.")).toBeUndefined();
    // The older counts read as before.
    expect(foundingAnniversaryYear("Hội ra đời ngày 23 tháng 5 năm 1950. Trong suốt 75 năm qua, Hội đã phát triển.")).toBe(2025);
  });
});

describe("an empty comment block's notice (blind-vnru-48, 636)", () => {
  it("is furniture wherever it stands", () => {
    expect(isEmptyCommentsNotice("Chưa có bình luận nào cho bài viết này.")).toBe(true);
    expect(isEmptyCommentsNotice("Chưa có bình luận nào")).toBe(true);
    expect(isEmptyCommentsNotice("Комментариев пока нет")).toBe(true);
    expect(isInterfaceLine("Chưa có bình luận nào cho bài viết này.")).toBe(true);
  });

  it("is not a sentence that reports comments or their absence", () => {
    expect(isEmptyCommentsNotice("Người phát ngôn Bộ Ngoại giao chưa có bình luận nào về vụ việc này.")).toBe(false);
    expect(isEmptyCommentsNotice("Chưa có bình luận nào từ phía Moscow về đề xuất này.")).toBe(false);
    expect(isEmptyCommentsNotice("В Кремле комментариев пока нет, сообщил источник.")).toBe(false);
    expect(isInterfaceLine("Đại sứ quán Nga chưa có bình luận nào.")).toBe(false);
  });
});
