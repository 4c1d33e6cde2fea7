/**
 * Furniture rules written across the blind sets, each for pages of more than
 * one outlet: a stamp of a date and a time ends its line even when a line in
 * lower case follows (blind-vnru-32, 439); a row of related stories behind the
 * page's headline as a thumbnail's lower-case alt text (439); a long line with
 * no punctuation is no lede (blind-vnru-62, 798; blind-vnru-38, 515); a path
 * from the home page with one slash (798); a short line printed twice between
 * paragraphs is a caption (798); a stop or a quotation mark alone on a line
 * (blind-vnru-32, 447; blind-vnru-62, 802); and a sentence that reports speech
 * is never taken for a caption (blind-vnru-28, 397; blind-vnru-29, 408;
 * blind-vnru-65, 840); a quotation closed by straight apostrophes ends a
 * sentence (blind-vnru-39, 522); a photo story's headline opens with its kind
 * in brackets (840); a site's display controls are no headline (blind-vnru-63,
 * 821; blind-vnru-65, 843); a page title whose headline is printed alone too
 * loses what follows its separator (blind-vnru-51, 677); an envoy's portrait
 * names the post with `to` (blind-vnru-61, 787); a quotation opened in lower
 * case goes on from the line above (blind-vnru-64, 829); a headline made from
 * a sentence keeps an abbreviation's stop (blind-vnru-69, 892). Each with the reworded real lines it was written for and
 * lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { isBreadcrumb, isInterfaceLine } from "../../src/ingest/boilerplate.ts";
import { emptyFindings } from "../../src/ingest/findings.ts";
import { isFurnitureLine } from "../../src/ingest/furniture.ts";
import { deriveHeadline, isTitleLine } from "../../src/ingest/headline.ts";
import { endsLikeSentence, lineKey } from "../../src/ingest/line-shape.ts";
import { titlePrintedAlone } from "../../src/ingest/page-header.ts";
import { isPortraitCaption } from "../../src/ingest/photo-lines.ts";
import { lowerCaseTitleAlt, opensWithAltText, takeUncreditedCaptions, withoutRepeats } from "../../src/ingest/page-body.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-07" });

const items = (texts: readonly string[]) => texts.map((text, at) => ({ text, at }));

describe("a stamp of a date and a time ends its line (blind-vnru-32, 439)", () => {
  it("does not join the lower-case line under it", () => {
    expect(
      splitSourceLines(
        "May 30, 2020 | 06:45\ntop diplomats of vietnam russia talk strengthening bilateral cooperation Vietnamese Russian face masks donor",
      ),
    ).toEqual([
      "May 30, 2020 | 06:45",
      "top diplomats of vietnam russia talk strengthening bilateral cooperation Vietnamese Russian face masks donor",
    ]);
  });

  it("still joins a wrapped sentence, a date without a time, and a split date line", () => {
    expect(splitSourceLines("The ministers met in Hanoi at 10:30\nand spoke for an hour.")).toEqual([
      "The ministers met in Hanoi at 10:30 and spoke for an hour.",
    ]);
    expect(splitSourceLines("The talks opened on May 30, 2020\nin Moscow.")).toEqual(["The talks opened on May 30, 2020 in Moscow."]);
  });
});

describe("the headline as a thumbnail's lower-case alt text opens a row of related stories (439)", () => {
  const title = "Top diplomats of Vietnam, Russia talk strengthening bilateral cooperation";

  it("is the headline in lower case without its punctuation", () => {
    const alt = lowerCaseTitleAlt(title);
    expect(alt).toBe("top diplomats of vietnam russia talk strengthening bilateral cooperation");
    expect(
      opensWithAltText(
        "top diplomats of vietnam russia talk strengthening bilateral cooperation US to withdraw from Open Skies Treaty, as Trump blames Russia",
        alt!,
      ),
    ).toBe(true);
  });

  it("leaves the whole page's text, and the headline's row, out of the body", () => {
    const parsed = parse(
      [
        title,
        "",
        "Deputy Prime Minister and Foreign Minister Pham Binh Minh and Russian Foreign Minister Sergei Lavrov talked by phone on May 29 about ways to strengthen cooperation.",
        "May 30, 2020 | 06:45",
        "top diplomats of vietnam russia talk strengthening bilateral cooperation Vietnamese Russian face masks donor warns over imposter scams",
        "top diplomats of vietnam russia talk strengthening bilateral cooperation US to withdraw from Open Skies Treaty, as Trump blames Russia",
        "",
        "Both officials were glad that the comprehensive strategic partnership between the two countries had deepened.",
      ].join("\n"),
    );
    expect(parsed.date).toBe("2020-05-30");
    expect(parsed.paragraphs).toEqual([
      "Deputy Prime Minister and Foreign Minister Pham Binh Minh and Russian Foreign Minister Sergei Lavrov talked by phone on May 29 about ways to strengthen cooperation.",
      "Both officials were glad that the comprehensive strategic partnership between the two countries had deepened.",
    ]);
  });

  it("not a sentence that opens with the headline's words in their case, nor a short headline", () => {
    const alt = lowerCaseTitleAlt(title)!;
    expect(opensWithAltText("Top diplomats of Vietnam, Russia talk strengthening bilateral cooperation by phone.", alt)).toBe(false);
    expect(opensWithAltText("top diplomats of vietnam russia talk strengthening bilateral cooperationist views", alt)).toBe(false);
    expect(lowerCaseTitleAlt("Putin in Hanoi")).toBeUndefined();
    expect(lowerCaseTitleAlt("tin tức mới nhất về quan hệ việt nga hôm nay")).toBeUndefined();
  });
});

describe("a long line with no punctuation is no lede; a path from the home page (blind-vnru-62, 798)", () => {
  const page = [
    "WORDS ON THE STREET 70th anniversary of Hanoi's Liberation Day Vietnam - Asia 2023 Smart City Summit Hanoi celebrates 15 years of administrative boundary adjustment 12th Vietnam-France decentrialized cooperation conference 31st Sea Games - Vietnam 2021 Covid-19 Pandemic",
    "Home / AMBASSADORS' COMMENTS",
    "Ambassadors: strengthening relationship between ASEAN and Russia",
    "By Tuan Minh 19:39, 2016/03/31",
    "On March 31, the ambassadors of ASEAN countries to Russia met in Moscow to talk over concrete steps for tightening the relationship between ASEAN and Russia.",
    " ",
    "ASEAN Ambassadors to Russia",
    "ASEAN Ambassadors to Russia",
    "",
    "Vietnamese Ambassador to Russia Nguyen Thanh Son chaired the gathering, held at the Hanoi-Moscow Centre for Culture, Trade and Hotels (Incentra).",
  ].join("\n");

  it("takes the headline under the ticker and the path, and the line printed twice as a caption", () => {
    const parsed = parse(page);
    expect(parsed.title).toBe("Ambassadors: strengthening relationship between ASEAN and Russia");
    expect(parsed.date).toBe("2016-03-31");
    expect(parsed.captions).toEqual(["ASEAN Ambassadors to Russia"]);
    expect(parsed.paragraphs).toEqual([
      "On March 31, the ambassadors of ASEAN countries to Russia met in Moscow to talk over concrete steps for tightening the relationship between ASEAN and Russia.",
      "Vietnamese Ambassador to Russia Nguyen Thanh Son chaired the gathering, held at the Hanoi-Moscow Centre for Culture, Trade and Hotels (Incentra).",
    ]);
  });

  it("a path needs the home page to have one slash; two names joined by one are no path", () => {
    expect(isBreadcrumb("Home / AMBASSADORS' COMMENTS")).toBe(true);
    expect(isBreadcrumb("Trang chủ / Chính trị")).toBe(true);
    expect(isBreadcrumb("Vietnam / Russia")).toBe(false);
    expect(isBreadcrumb("Home / The talks went on for a long time.")).toBe(false);
  });

  it("a lede with its commas is still the lede, however long", () => {
    const parsed = parse(
      [
        "Russia, Vietnam sign deals",
        "",
        "Russian and Vietnamese officials signed eleven documents in Hanoi on Thursday, covering energy, education and health, after talks that lasted three hours",
        "",
        "The documents include a plan for the years to 2030.",
      ].join("\n"),
    );
    expect(parsed.title).toBe("Russia, Vietnam sign deals");
  });
});

describe("a short line printed twice between paragraphs is a photo's alt text and caption (798)", () => {
  it("is taken as the caption, once", () => {
    const found = emptyFindings();
    const kept = withoutRepeats(
      items([
        "On March 31, the ambassadors met in Moscow.",
        "ASEAN Ambassadors to Russia",
        "ASEAN Ambassadors to Russia",
        "The ambassador chaired the gathering.",
      ]),
      found,
    );
    expect(kept.map((item) => item.text)).toEqual(["On March 31, the ambassadors met in Moscow.", "The ambassador chaired the gathering."]);
    expect(found.captions.map((caption) => caption.text)).toEqual(["ASEAN Ambassadors to Russia"]);
  });

  it("not two words, not the first line", () => {
    const twoWords = emptyFindings();
    const kept = withoutRepeats(items(["The ambassadors met in Moscow.", "Photo gallery", "Photo gallery", "They agreed."]), twoWords);
    expect(kept.map((item) => item.text)).toContain("Photo gallery");
    expect(twoWords.captions).toEqual([]);
    const found = emptyFindings();
    withoutRepeats(items(["ASEAN and Russia", "ASEAN and Russia", "The ambassadors met."]), found);
    expect(found.captions).toEqual([]);
  });
});

describe("a stop or a quotation mark alone on a line is furniture (blind-vnru-32, 447; blind-vnru-62, 802)", () => {
  it("takes `.` and `«`", () => {
    expect(isFurnitureLine(".")).toBe(true);
    expect(isFurnitureLine("«")).toBe(true);
    expect(isFurnitureLine("»")).toBe(true);
  });

  it("not a section break, not a word, not an ellipsis", () => {
    for (const line of ["***", "—", "---", "…", "A.", "5."]) expect(isFurnitureLine(line)).toBe(false);
  });
});

describe("a sentence that reports speech is no caption (blind-vnru-28, 397; blind-vnru-29, 408)", () => {
  it("keeps a paragraph above a blank line and a bare copyright credit", () => {
    const parsed = parse(
      [
        "Phó Thủ tướng Nga: sinh viên Việt Nam học rất giỏi",
        "",
        "Thứ năm 11/12/2025 16:16 GMT + 7",
        "Diễn đàn khoa học giáo dục Nga - Việt Nam đã khai mạc tại Matxcơva nhân dịp kỷ niệm ngày hai nước thiết lập quan hệ ngoại giao.",
        "",
        "Phó Thủ tướng cho rằng ngày ấy đã gắn kết hai nước bằng ký ức lịch sử chung và lòng tôn kính đối với những người lính.",
        "",
        " ",
        "",
        "© Sputnik",
        "",
        "Năm 2026 được tuyên bố là Năm Khoa học và Giáo dục Nga - Việt Nam.",
      ].join("\n"),
    );
    expect(parsed.paragraphs).toContain(
      "Phó Thủ tướng cho rằng ngày ấy đã gắn kết hai nước bằng ký ức lịch sử chung và lòng tôn kính đối với những người lính.",
    );
    expect(parsed.captions).toEqual([]);
  });

  it("keeps a sentence whose full stop the copy lost; a caption without one is still taken", () => {
    const speech = "Ông Hà nhấn mạnh rằng đây không chỉ là sự kết nối về địa lý mà còn là biểu tượng cho quan hệ hợp tác giữa hai quốc gia";
    const caption = "Tổng thống Nga Vladimir Putin đón Tổng Bí thư Tô Lâm tại Điện Kremlin chiều 10/5";
    const found = emptyFindings();
    const kept = takeUncreditedCaptions(
      items(["Đường bay thẳng đã được mở lại.", speech, "Nga là thị trường du lịch trọng điểm.", caption, "Hai bên đã hội đàm."]),
      found,
    );
    expect(kept.map((item) => item.text)).toContain(speech);
    expect(found.captions.map((item) => item.text)).toEqual([caption]);
  });
});

describe("a sentence under an image's alt text that reports speech is the text (blind-vnru-65, 840)", () => {
  it("keeps the paragraph, and takes the photo story's headline with its kind in brackets", () => {
    const parsed = parse(
      [
        "[Ảnh] Người Việt ở thủ đô nước Nga tưng bừng đón Tết Nguyên đán",
        "",
        "Chương trình Tết sum vầy-Mừng Xuân Ất Tỵ 2025 được tổ chức tối 24/1 (giờ Moskva) tại Tổ hợp đa chức năng Hà Nội-Moskva ở thủ đô Liên bang Nga.",
        "[Ảnh] Người Việt ở thủ đô nước Nga tưng bừng đón Tết Nguyên đán ảnh 1",
        "Đại sứ Đặng Minh Khôi chúc mừng thành tích của bà con trong năm 2024 và cho rằng vị thế của cộng đồng ngày càng được nâng lên.",
        "[Ảnh] Người Việt ở thủ đô nước Nga tưng bừng đón Tết Nguyên đán ảnh 2",
        "Đại sứ Đặng Minh Khôi và bà con tại chương trình",
      ].join("\n"),
    );
    expect(parsed.title).toBe("[Ảnh] Người Việt ở thủ đô nước Nga tưng bừng đón Tết Nguyên đán");
    expect(parsed.paragraphs).toContain(
      "Đại sứ Đặng Minh Khôi chúc mừng thành tích của bà con trong năm 2024 và cho rằng vị thế của cộng đồng ngày càng được nâng lên.",
    );
    expect(parsed.captions).toEqual(["Đại sứ Đặng Minh Khôi và bà con tại chương trình"]);
  });

  it("a bracket opens a headline only before a capital and with words after it", () => {
    expect(isTitleLine("[Video] Russian and Vietnamese sailors hold joint drills")).toBe(true);
    expect(isTitleLine("[Ảnh]")).toBe(false);
    expect(isTitleLine("[ảnh] người việt ở thủ đô nước nga")).toBe(false);
  });
});

describe("a quotation closed by straight apostrophes ends a sentence (blind-vnru-39, 522)", () => {
  it("reads the stop inside them", () => {
    expect(endsLikeSentence("He added that Cam Ranh would serve military co-operation between the two former Cold War allies.''")).toBe(
      true,
    );
    expect(endsLikeSentence("The port would not become a base.'")).toBe(true);
  });

  it("not a line whose last word is in quotes without a stop", () => {
    expect(endsLikeSentence("''Vietnam Ready to Host Russian Maritime Base''")).toBe(false);
    expect(endsLikeSentence("From 'There are no Sunglasses'")).toBe(false);
  });
});

describe("a site's display controls are interface, not the headline (blind-vnru-63, 821; blind-vnru-65, 843)", () => {
  it("takes the controls alone or two together", () => {
    for (const line of [
      "Выбрать размер шрифта",
      "Выбрать цветовую схему",
      "Сделать домашней страницей Написать нам",
      "Change font size",
      "Chọn cỡ chữ",
    ])
      expect(isInterfaceLine(line)).toBe(true);
    const parsed = parse(
      [
        "Выбрать размер шрифта",
        "Выбрать цветовую схему",
        "",
        "ВГУ налаживает связи с вузами Вьетнама",
        "",
        "Во время делового визита во Вьетнам с 7 по 9 декабря 2022 года ректор ВГУ Дмитрий Ендовицкий встретился с руководством нескольких университетов.",
      ].join("\n"),
    );
    expect(parsed.title).toBe("ВГУ налаживает связи с вузами Вьетнама");
  });

  it("not a sentence about the font size, nor a control with more words after it", () => {
    expect(isInterfaceLine("The font size was changed.")).toBe(false);
    expect(isInterfaceLine("Выбрать размер шрифта для слабовидящих читателей")).toBe(false);
    expect(isInterfaceLine("Russia and Vietnam contact us about the visit")).toBe(false);
  });
});

describe("a page title whose headline is printed alone too (blind-vnru-51, 677)", () => {
  it("keeps the headline, not the part after the separator", () => {
    const keys = new Set([lineKey("Вьетнамский гость")]);
    expect(titlePrintedAlone("Вьетнамский гость | Продолжение проекта «Русская Весна»", keys)).toBe("Вьетнамский гость");
    const parsed = parse(
      [
        "Вьетнамский гость | Продолжение проекта «Русская Весна»",
        "",
        "Вьетнамский гость",
        "",
        "Наваристый вьетнамский суп «Фо Бо» вошёл в моду в российских городах, и повар из Ханоя открыл уже третий ресторан в Москве.",
      ].join("\n"),
    );
    expect(parsed.title).toBe("Вьетнамский гость");
  });

  it("not a title whose first part is printed nowhere else, nor one without a spaced separator", () => {
    const keys = new Set([lineKey("Вьетнамский гость")]);
    expect(titlePrintedAlone("Việt Nam - Nga: hợp tác năng lượng", keys)).toBeUndefined();
    expect(titlePrintedAlone("Вьетнамский гость|Русская Весна", keys)).toBeUndefined();
  });
});

describe("an envoy's portrait caption names the post with `to` (blind-vnru-61, 787)", () => {
  it("takes the office, its country and the name", () => {
    expect(isPortraitCaption("Russian Ambassador to Vietnam Konstantin Vnokov.")).toBe(true);
    expect(isPortraitCaption("Vietnamese Ambassador to Russia Dang Minh Khoi")).toBe(true);
  });

  it("not `to` after any other word: a headline of plans", () => {
    for (const line of [
      "President to Visit Vietnam",
      "Minister to Attend Summit",
      "President Putin to Visit Hanoi",
      "Prime Minister to Meet Kishida",
    ])
      expect(isPortraitCaption(line)).toBe(false);
  });
});

describe("a quotation opened in lower case goes on from the line above (blind-vnru-64, 829)", () => {
  it("joins the headline broken before its quoted words", () => {
    expect(splitSourceLines("Nước Nga và chiến lược\n‘ngoại giao ký ức’")).toEqual(["Nước Nga và chiến lược ‘ngoại giao ký ức’"]);
    expect(splitSourceLines("Russia and its strategy of\n“memory diplomacy”")).toEqual(["Russia and its strategy of “memory diplomacy”"]);
  });

  it("not a quotation that opens a sentence, nor one under a full stop", () => {
    expect(splitSourceLines("Nước Nga và chiến lược\n“Chúng tôi sẽ hợp tác,” ông nói.")).toEqual([
      "Nước Nga và chiến lược",
      "“Chúng tôi sẽ hợp tác,” ông nói.",
    ]);
    expect(splitSourceLines("Hai bên đã ký kết thỏa thuận.\n‘ngoại giao ký ức’ là chủ đề")).toEqual([
      "Hai bên đã ký kết thỏa thuận.",
      "‘ngoại giao ký ức’ là chủ đề",
    ]);
  });
});

describe("a headline made from a sentence keeps an abbreviation's stop (blind-vnru-69, 892)", () => {
  it("keeps the year's `г.`", () => {
    expect(deriveHeadline("Вьетнам может присоединиться к ЗСТ Евразийского экономического союза уже в 2015 г.")).toBe(
      "Вьетнам может присоединиться к ЗСТ Евразийского экономического союза уже в 2015 г.",
    );
  });

  it("drops a sentence's own stop, and a stop after a word that only ends like one", () => {
    expect(deriveHeadline("Россия и Вьетнам подписали соглашение.")).toBe("Россия и Вьетнам подписали соглашение");
    expect(deriveHeadline("Вьетнам и Россия обсудили энергетику и транспорт в Ханое.")).toBe(
      "Вьетнам и Россия обсудили энергетику и транспорт в Ханое",
    );
    expect(deriveHeadline("The talks were held in Hong Kong.")).toBe("The talks were held in Hong Kong");
  });
});
