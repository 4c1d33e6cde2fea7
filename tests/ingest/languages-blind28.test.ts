/**
 * Pages of the twenty-eighth blind set (blind-vnru-28): a ticker of the site's
 * latest stories above the headline, a headline cut short on a section line
 * above its whole print, a Vietnamese site's invitation to watch more, a photo
 * courtesy of a body named in lower case, and a first name glued to an
 * initial. Each rule on its real (reworded) page lines and on lines it must not
 * take.
 */
import { describe, expect, it } from "vitest";
import { parseCaptionLine } from "../../src/ingest/captions.ts";
import { isFurnitureLine } from "../../src/ingest/furniture.ts";
import { splitGluedSentences } from "../../src/ingest/glued-sentences.ts";
import { isHeadlineTicker } from "../../src/ingest/navigation-lines.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const today = "2026-12-03";

const TICKER =
  "Phát hiện loài mang lớn cực kỳ quý hiếm tại Vườn Quốc gia Vũ Quang   |    Sắp xếp đơn vị hành chính cấp xã ở Hà Tĩnh: Chủ trương lớn, đồng thuận cao   |    Những quân nhân Hà Tĩnh trong đội hình duyệt binh trên Quảng trường Đỏ Liên bang Nga   |    Giao nộp cu li quý hiếm cho cơ quan kiểm lâm   |   ";

describe("a ticker of the site's latest stories (Hà Tĩnh portal, 395)", () => {
  it("is furniture, and the headline under it is the title", () => {
    expect(isHeadlineTicker(TICKER)).toBe(true);
    expect(isFurnitureLine(TICKER)).toBe(true);
    const parsed = parseSource(
      [
        TICKER,
        "Đại sứ Nga xác nhận Tổng thống Putin sẽ thăm Việt Nam trong thời gian tới",
        "15:11 16/05/2024",
        "Tại Buổi chia sẻ thông tin về Liên bang Nga sáng 15/5, Đại sứ Nga tại Việt Nam Gennady Stepanovich Bezdetko thông báo Tổng thống Putin sẽ sang thăm Việt Nam trong thời gian không xa.",
      ].join("\n\n"),
      { today },
    );
    expect(parsed.title).toBe("Đại sứ Nga xác nhận Tổng thống Putin sẽ thăm Việt Nam trong thời gian tới");
    expect(parsed.paragraphs.join("\n")).not.toContain("Vườn Quốc gia Vũ Quang");
  });

  it("leaves page titles, menus, source lines and table rows alone", () => {
    expect(isHeadlineTicker("Putin arrives in Hanoi for a state visit | Reuters")).toBe(false);
    expect(isHeadlineTicker("Thời sự | Chính trị | Kinh tế | Thế giới")).toBe(false);
    expect(isHeadlineTicker("Source: Xinhua| 2018-01-23 20:33:53|Editor: Liangyu")).toBe(false);
    expect(isHeadlineTicker("| Exports to Russia | 2.3 billion USD | up 15 percent |")).toBe(false);
    expect(isHeadlineTicker("The two sides signed deals on energy and oil, and agreed to meet again next year.")).toBe(false);
  });
});

describe("a headline cut short above its whole print (baonga.com, 397)", () => {
  it("takes the whole headline", () => {
    const parsed = parseSource(
      [
        "Chuyên mục\nPhó Thủ tướng Nga: sinh viên Việt Nam",
        'Phó Thủ tướng Nga: sinh viên Việt Nam "thông thường đều học rất giỏi"',
        'Thứ năm 11/12/2025 16:16 GMT + 7\nDiễn đàn khoa học giáo dục "Nga - Việt Nam: 75 năm hợp tác" đã chính thức khai mạc tại Matxcơva, nhân dịp kỷ niệm ngày hai nước thiết lập quan hệ ngoại giao.',
        "Theo Phó Thủ tướng Nga Dmitry Chernyshenko, quan hệ đối tác Nga - Việt Nam đã phát triển qua nhiều thập kỷ trên tinh thần tin cậy, tương trợ và tôn trọng lẫn nhau.",
      ].join("\n\n"),
      { today },
    );
    expect(parsed.title).toBe('Phó Thủ tướng Nga: sinh viên Việt Nam "thông thường đều học rất giỏi"');
  });

  it("keeps a headline whose next line is a sentence that does not repeat it whole", () => {
    const parsed = parseSource(
      [
        "Vietnam, Russia sign energy deals",
        "June 20, 2024",
        "Vietnam and Russia signed energy deals in Hanoi on Thursday, officials said.",
      ].join("\n\n"),
      { today },
    );
    expect(parsed.title).toBe("Vietnam, Russia sign energy deals");
  });
});

describe("a Vietnamese site's invitation to watch more (VTV, 396)", () => {
  it("is furniture", () => {
    expect(isFurnitureLine("Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam trên TV Online!")).toBe(
      true,
    );
    expect(isFurnitureLine("Mời bạn đọc đón đọc số báo Xuân")).toBe(true);
  });

  it("leaves an article's invitation to someone else", () => {
    expect(isFurnitureLine("Mời các doanh nghiệp Nga sang Việt Nam tìm hiểu cơ hội đầu tư trong lĩnh vực năng lượng.")).toBe(false);
    expect(isFurnitureLine("Bộ trưởng mời quý độc giả của báo Nga đến thăm Việt Nam.")).toBe(false);
  });
});

describe("a photo courtesy of a body named in lower case (Việt Nam News, 392)", () => {
  it("is a caption, without a credit", () => {
    expect(
      parseCaptionLine(
        'Love for country: A patriotic action called the "Immortal Regiment" took place in Hà Nội’s historic Thăng Long Citadel on May 8 this year with the attendance of almost 1000 people, including Vietnamese war veterans and the youth. — Photo courtesy of the embassy',
      ),
    ).toEqual({
      text: 'Love for country: A patriotic action called the "Immortal Regiment" took place in Hà Nội’s historic Thăng Long Citadel on May 8 this year with the attendance of almost 1000 people, including Vietnamese war veterans and the youth.',
      credits: [],
    });
  });

  it("leaves a sentence about a photo", () => {
    expect(parseCaptionLine("The ministry released a photo courtesy of the embassy on Monday.")).toBeUndefined();
    expect(parseCaptionLine("He said the picture was taken by the embassy staff.")).toBeUndefined();
  });
});

describe("a first name glued to an initial (VTV, 396)", () => {
  it("does not cut `Aleksandr.V. Fomin`", () => {
    const line = "Chiều nay (22/11), khi tiếp Thứ trưởng Bộ Quốc phòng Liên bang Nga Aleksandr.V. Fomin, người đang thăm Việt Nam.";
    expect(splitGluedSentences(line)).toEqual([line]);
  });

  it("still cuts two sentences glued together, and before `U.S.`", () => {
    expect(splitGluedSentences("They met in Moscow.Putin spoke first.")).toEqual(["They met in Moscow.", "Putin spoke first."]);
    expect(splitGluedSentences("The talks ended in Hanoi.U.S. officials said nothing.")).toEqual([
      "The talks ended in Hanoi.",
      "U.S. officials said nothing.",
    ]);
  });
});

describe("the story's day alone under its source line, after the text (vietnamrussia.ru, 401)", () => {
  const page = (...after: string[]) =>
    parseSource(
      [
        "Вьетнам купит у России 12 Су-30МК2",
        'Как сообщила в четверг газета "Ведомости" со ссылкой на менеджера',
        'предприятия авиапромышленности, "Рособоронэкспорт" и министерство обороны',
        "Вьетнама подписали контракт на поставку 12 истребителей Су-30МК2",
        "начиная с 2010 года.",
        "Контракт, как отмечается, касается только самих самолетов,",
        "вооружение в него не входит.",
        ...after,
      ].join("\n"),
      { today },
    );

  it("dates the story", () => {
    const parsed = page("Источник: www.justmedia", "14.05.2009", "|");
    expect(parsed.date).toBe("2009-05-14");
    expect(parsed.dateInferred).toBe(false);
    expect(parsed.paragraphs.join("\n")).not.toContain("14.05.2009");
  });

  it("takes no day that stands under no source line, or beside another story's title", () => {
    expect(page("Читайте также", "14.05.2009").date).toBeUndefined();
    expect(page("Источник: www.justmedia", "14.05.2009 Вьетнам получил первые Су-30МК2").date).toBeUndefined();
    expect(page("Источник: www.justmedia", "Другие новости", "14.05.2009").date).toBeUndefined();
  });
});
