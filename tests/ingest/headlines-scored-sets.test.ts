/**
 * Headlines still wrong on the scored blind sets 13–28: a day printed before
 * the headline on its line (375), the page's first line taken for the caption
 * of the photo credited under it and a photo's alt text with its width and day
 * taken for a page title (362), a teaser printed above the headline and again
 * under it (383), a headline in guillemets (297), and a ministry's title of a
 * record of remarks, longer than a headline, ending with its place and day (288). Each rule on its real
 * (reworded) page lines and on lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { isRecordTitle, isTitleLine, withoutLeadingDay } from "../../src/ingest/headline.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const today = "2026-12-03";
const parse = (lines: readonly string[]) => parseSource(lines.join("\n\n"), { today });

describe("a day printed before the headline on its line (fc-union.com, blind-vnru-26, 375)", () => {
  it("is left out of the title, and still dates the page", () => {
    expect(withoutLeadingDay("22.12.2014 Вьетнам допускает участие Росатома в сооружении АЭС «Ниньтхуан-1»")).toBe(
      "Вьетнам допускает участие Росатома в сооружении АЭС «Ниньтхуан-1»",
    );
    const parsed = parse([
      "22.12.2014 Вьетнам допускает участие Росатома в сооружении АЭС «Ниньтхуан-1»",
      "Как ожидает правительство Вьетнама, строить станцию «Ниньтхуан-1» начнут до 2017 года. Об этом журналистам рассказал посол Вьетнама в России Нгуен Тхань Шон.",
    ]);
    expect(parsed.title).toBe("Вьетнам допускает участие Росатома в сооружении АЭС «Ниньтхуан-1»");
    expect(parsed.date).toBe("2014-12-22");
  });

  it("keeps a day before a few words, before a sentence, and a number that is no day", () => {
    expect(withoutLeadingDay("20.06.2024 Hà Nội")).toBe("20.06.2024 Hà Nội");
    expect(withoutLeadingDay("20/06/2024 Tổng thống Nga Vladimir Putin đã đến Hà Nội lúc rạng sáng.")).toBe(
      "20/06/2024 Tổng thống Nga Vladimir Putin đã đến Hà Nội lúc rạng sáng.",
    );
    expect(withoutLeadingDay("2024 Russia-Vietnam bilateral trade expected to reach US$3 billion")).toBe(
      "2024 Russia-Vietnam bilateral trade expected to reach US$3 billion",
    );
    expect(withoutLeadingDay("75 năm quan hệ Việt Nam - Liên bang Nga")).toBe("75 năm quan hệ Việt Nam - Liên bang Nga");
  });
});

describe("the headline above a photo's credit, the caption after it (Sputnik Việt Nam, blind-vnru-25, 362)", () => {
  const page = [
    "Nga phối hợp khôi phục đường bay tới Việt Nam",
    "© Sputnik / Andrey Stanavov / Chuyển đến kho ảnhMáy bay chở khách đỗ ở sân bay quốc tế Sheremetyevo",
    "Máy bay chở khách đỗ ở sân bay quốc tế Sheremetyevo - Sputnik Việt Nam, 1920, 30.03.2023",
    "Đăng ký",
    "MOSKVA (Sputnik) - Người đứng đầu Cơ quan Vận tải Hàng không Liên bang Alexandr Neradko cho hay tại một hội nghị ở Hội đồng Liên bang rằng năm nay Nga đang làm việc để mở lại các đường bay với Việt Nam.",
  ];

  it("is the title, not the photo's caption or its alt text", () => {
    expect(parse(page).title).toBe("Nga phối hợp khôi phục đường bay tới Việt Nam");
  });

  it("still takes a caption above a photo's credit further down, and a page title with its site", () => {
    const parsed = parse([
      "Nga phối hợp khôi phục đường bay tới Việt Nam",
      "Người đứng đầu Cơ quan Vận tải Hàng không Liên bang Alexandr Neradko cho hay tại một hội nghị ở Hội đồng Liên bang rằng năm nay Nga đang làm việc để mở lại các đường bay với Việt Nam.",
      "Máy bay chở khách ở sân bay Sheremetyevo",
      "© Sputnik / Andrey Stanavov",
      "Theo ông Neradko, năm nay Nga đang mở đường bay với Myanmar và khôi phục các chuyến bay tới Việt Nam, Mông Cổ và Hàn Quốc.",
    ]);
    expect(parsed.captions).toContain("Máy bay chở khách ở sân bay Sheremetyevo");
    const titled = parse([
      "Sputnik Việt Nam",
      "Nga phối hợp khôi phục đường bay tới Việt Nam",
      "Thứ năm, 30/03/2023",
      "Người đứng đầu Cơ quan Vận tải Hàng không Liên bang Alexandr Neradko cho hay tại một hội nghị ở Hội đồng Liên bang rằng năm nay Nga đang làm việc để mở lại các đường bay với Việt Nam.",
      "Nga phối hợp khôi phục đường bay tới Việt Nam - Sputnik Việt Nam",
    ]);
    expect(titled.title).toBe("Nga phối hợp khôi phục đường bay tới Việt Nam");
  });
});

describe("a teaser printed above the headline and again under it (Báo điện tử Tổ Quốc, blind-vnru-27, 383)", () => {
  const teaser =
    "(Tổ Quốc) - Trả lời phỏng vấn Báo điện tử Tổ Quốc, Đại sứ Nga tại Việt Nam G.S. Bezdetko đã chia sẻ suy nghĩ và tình cảm của mình đối với Việt Nam trước thềm Năm mới.";

  it("is the lede's first print: the line between is the headline", () => {
    const parsed = parse([
      "Chia sẻ",
      teaser,
      "Đại sứ Nga tại Việt Nam G.S. Bezdetko: Tôi đặc biệt quan tâm đến văn hóa Việt Nam",
      teaser.replace("Báo điện tử", "Báo Điện Tử"),
      "Từ khi hai nước chính thức lập quan hệ ngoại giao ngày 30/1/1950, quan hệ song phương Việt Nam - Nga không ngừng phát triển.",
    ]);
    expect(parsed.title).toBe("Đại sứ Nga tại Việt Nam G.S. Bezdetko: Tôi đặc biệt quan tâm đến văn hóa Việt Nam");
    expect(parsed.paragraphs.join("\n")).toContain("trước thềm Năm mới");
  });

  it("leaves a lede followed by a subheading and another paragraph", () => {
    const parsed = parse([
      "Đại sứ Nga tại Việt Nam G.S. Bezdetko: Tôi đặc biệt quan tâm đến văn hóa Việt Nam",
      teaser,
      "Quan hệ hai nước không ngừng phát triển",
      "Từ khi hai nước chính thức lập quan hệ ngoại giao ngày 30/1/1950, quan hệ song phương Việt Nam - Nga không ngừng phát triển.",
    ]);
    expect(parsed.title).toBe("Đại sứ Nga tại Việt Nam G.S. Bezdetko: Tôi đặc biệt quan tâm đến văn hóa Việt Nam");
    expect(parsed.paragraphs[0]).toContain("trước thềm Năm mới");
  });
});

describe("a headline in guillemets (huunghivietnga.org, blind-vnru-20, 297)", () => {
  it("is a title line", () => {
    const title = "«Русский язык через расстояния: история мечты, родившейся во Вьетнаме»";
    expect(isTitleLine(title)).toBe(true);
    const parsed = parse([
      title,
      "Чан Тхи Тыонг Ви учится в 11 классе специализированной школы имени Нгуен Тат Тханя (провинция Куангнгай).",
      "Год научно-образовательного сотрудничества Вьетнама и России продолжается, 2026 год.",
    ]);
    expect(parsed.title).toBe(title);
  });

  it("not a quoted sentence or a guillemet before a small letter", () => {
    expect(isTitleLine("«Мы будем развивать отношения с Вьетнамом», — заявил посол.")).toBe(false);
    expect(isTitleLine("«и другие» слова без заглавной буквы в начале")).toBe(false);
  });
});

describe("a ministry's title of a record of remarks, ending with its place and day (GlobalSecurity.org, blind-vnru-19, 288)", () => {
  const record =
    "Foreign Minister Sergey Lavrov's remarks and reply to a question from the media at a joint news conference after talks with Foreign Minister of the Socialist Republic of Vietnam Bui Thanh Son, Moscow, September 28, 2021";

  it("is the title, over the site's section and the ministry's name", () => {
    expect(record.length).toBeGreaterThan(200);
    expect(isRecordTitle(record)).toBe(true);
    expect(isTitleLine(record)).toBe(true);
    const parsed = parse([
      "Weapons of Mass Destruction (WMD)",
      "The Ministry of Foreign Affairs of the Russian Federation",
      record,
      "28 September 202114:32",
      "Good afternoon,",
      "Vietnamese Foreign Minister Bui Thanh Son and I have had talks in a friendly and constructive atmosphere. We went into depth on a wide range of matters of common interest.",
      "We welcomed the regular political dialogue at the high and highest levels, which has continued despite the pandemic.",
    ]);
    expect(parsed.title).toBe(record);
  });

  it("not a long line without its place and day, nor a sentence ending with them", () => {
    const long = record.replace(", Moscow, September 28, 2021", " and the members of both delegations in the Foreign Ministry's mansion");
    expect(long.length).toBeGreaterThan(200);
    expect(isTitleLine(long)).toBe(false);
    expect(isTitleLine(`${record}.`)).toBe(false);
    expect(isRecordTitle(`${record} ${record}`)).toBe(false);
  });
});
