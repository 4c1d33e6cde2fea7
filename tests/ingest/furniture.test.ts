/**
 * Furniture told by line features (furniture.ts), glued lines split back
 * (glued-lines.ts) and the shape of lines (line-shape.ts): each rule on the
 * real lines it was written for (from the pages of the issue and the corpus)
 * and on lines it must not match.
 */
import { describe, expect, it } from "vitest";
import { isAltTextLine, isCallToAct, isCounterLine, isFurnitureLine } from "../../src/ingest/furniture.ts";
import {
  splitAltText,
  splitCapitalsLabel,
  splitGluedLine,
  splitLeadingStamp,
  splitLostBreak,
  splitTrailingStamp,
} from "../../src/ingest/glued-lines.ts";
import { endsLikeSentence, isTextLine, isTitleCase, scriptOf } from "../../src/ingest/line-shape.ts";

describe("furniture by features", () => {
  it("drops an author's note marked by an asterisk (ISEAS: `* Ian Storey is Senior Fellow at …`), not a starred sentence of the text", () => {
    expect(
      isFurnitureLine(
        "* Ian Storey is Senior Fellow at ISEAS – Yusof Ishak and editor of Contemporary Southeast Asia. He specialises in security issues in Southeast Asia with a particular focus on the South China Sea dispute",
      ),
    ).toBe(true);
    expect(isFurnitureLine("* Vietnam is now ranked first among Russia’s trade partners from ASEAN, the ministry said.")).toBe(false);
    expect(isFurnitureLine("Ian Storey is Senior Fellow at ISEAS, the institute said in its statement on the paper.")).toBe(false);
  });

  it.each([
    "63787 views",
    "107 просмотров",
    "1 pages in this article",
    "Font Size:",
    "Font size:",
    "Auther :",
    "Your Email :",
    "ID : 362435",
    "Try Our AI Features",
    "Start reading",
    "Log in",
    "Become a member to read the full story",
    "- Read More",
    "Read article in The Chicago Tribune",
    "Email: toasoan@example.vn",
    ">>> Joint Statement toward opening of new era in Viet Nam-Japan extensive strategic partnership",
    "★ Poor ★ ★ Promising ★★★ Good ★★★★ Very good ★★★★★ Exceptional",
    "Sun Mon Tue Wed Thu Fri Sat",
    "« June 2023 »",
    "11 12 13 14 15 16 17",
    "7 min",
    "{keywords}",
    "Tổng thống Mỹ Joe Biden sắp thăm chính thức Việt Nam - Ảnh 1.",
  ])("drops %s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    "Vietnam and Russia agreed on Tuesday to deepen cooperation in energy, said the ministry, which has 63787 views on its page.",
    "The full interview follows:",
    "Question: Back in 2015, Vietnam and Australia both spoke of setting up a Strategic Partnership.",
    "Read the statement, he told reporters, and you will see our position.",
    "Start of a new era in relations",
    "Trade reached 7 billion USD in 2024.",
    "Support for the project is strong.",
    "---",
    "Reporter: How do you see Vietnam-US relations now and in the years ahead?",
    "Ukraine and Russia discussing place and time for talks: Zelenskyy’s spokesman",
    "Members of the delegation visited the Kremlin.",
    "Ảnh hưởng của chuyến thăm rất lớn",
  ])("keeps %s", (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });

  it("tells counters, calls to act and alt text apart from text", () => {
    expect(isCounterLine("04.08.2022 ТАСС 107 просмотров")).toBe(true);
    expect(isCounterLine("The ministry had 107 staff at the talks.")).toBe(false);
    expect(isCallToAct("Subscribe to our newsletter")).toBe(true);
    expect(isCallToAct("Join forces, the two leaders said, to build a just world order.")).toBe(false);
    expect(isAltTextLine("Vietnam, Australia to set up strategic partnership in PM’s visit ảnh 1")).toBe(true);
    expect(isAltTextLine("Anh 1 của Thủ tướng")).toBe(false);
  });

  it("drops the glyph names of an icon font run together above the headline (RT, blind-vnru-11, 187), not a headline about icons", () => {
    expect(
      isFurnitureLine(
        "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon chevron righticon chevron upicon closeicon v-compressicon downloadicon editicon v-expandicon fbicon fileicon filtericon flag ruicon full chevron downicon full chevron lefticon full chevron righticon full chevron upicon gpicon insicon mailicon moveicon-musicicon mutedicon nomutedicon okicon v-pauseicon v-playicon searchicon shareicon sign inicon sign upicon stepbackicon stepforicon swipe downicon tagicon tagsicon tgicon trashicon twicon vkicon yticon wticon fm",
      ),
    ).toBe(true);
    expect(isFurnitureLine("Icon painters from Vologda bring their icons to Hanoi: icon art, icon history and icon trade")).toBe(false);
    expect(isFurnitureLine("Russia-ASEAN summit focuses on partnership and nuclear security")).toBe(false);
  });

  it("drops a bar of account links joined by `|` above the headline (blind-vnru-10, 179), not a headline that registers something", () => {
    expect(isCallToAct("Đăng ký mua gói ấn phẩm|Đăng nhập")).toBe(true);
    expect(isCallToAct("Subscribe | Log in")).toBe(true);
    expect(isCallToAct("Việt Nam đăng ký tham gia hội chợ quốc tế tại Moskva")).toBe(false);
    expect(isCallToAct("Thời sự | Đăng ký kết hôn với người nước ngoài tăng mạnh trong năm qua tại các tỉnh")).toBe(false);
  });
});

describe("glued lines split back", () => {
  it("splits a masthead from its tagline and a headline from its dek", () => {
    expect(splitLostBreak("The Washington PostDemocracy Dies in Darkness")).toEqual(["The Washington Post", "Democracy Dies in Darkness"]);
    expect(
      splitLostBreak(
        "Как проходят переговоры Владимира Путина и Си Цзиньпина в ПекинеПосле встречи в составе делегаций стартовала беседа двух лидеров по международной повестке",
      ),
    ).toEqual([
      "Как проходят переговоры Владимира Путина и Си Цзиньпина в Пекине",
      "После встречи в составе делегаций стартовала беседа двух лидеров по международной повестке",
    ]);
  });

  it("leaves names with capitals inside, doubled names and sentences whole", () => {
    expect(splitLostBreak("Rosneft and PetroVietnam sign oil and gas deal in Moscow")).toEqual([
      "Rosneft and PetroVietnam sign oil and gas deal in Moscow",
    ]);
    expect(splitLostBreak("US President Joe Biden lays a wreath at John McCain's monument in Hanoi")).toHaveLength(1);
    expect(splitLostBreak("Báo Thanh niênBáo Thanh niên29/08/2023")).toEqual(["Báo Thanh niênBáo Thanh niên29/08/2023"]);
    expect(
      splitLostBreak("The visit was covered by VnExpress and the Washington PostIt said so, in the long paragraph that ends here."),
    ).toHaveLength(1);
  });

  it("splits an image's alt text off the caption glued after it", () => {
    expect(
      splitAltText("Vietnam, Australia to set up strategic partnership in PM’s visit ảnh 1Prime Minister Nguyen Xuan Phuc (Photo: VNA)"),
    ).toEqual(["Vietnam, Australia to set up strategic partnership in PM’s visit ảnh 1", "Prime Minister Nguyen Xuan Phuc (Photo: VNA)"]);
    expect(splitGluedLine("Thủ tướng chụp ảnh lưu niệm với đoàn")).toEqual(["Thủ tướng chụp ảnh lưu niệm với đoàn"]);
  });

  it("splits an alt text set off by a dash, with a space before the caption (VOV, blind-vnru-12, 204), not a sentence with `ảnh` in it", () => {
    expect(
      splitAltText(
        "Chủ tịch nước Trần Đại Quang cùng Đoàn đại biểu cấp cao VN bắt đầu thăm chính thức Liên bang Nga - ảnh 1 Chủ tịch nước Trần Đại Quang gặp Tổng thống Nga V.Putin. Ảnh: báo An ninh thủ đô.",
      ),
    ).toEqual([
      "Chủ tịch nước Trần Đại Quang cùng Đoàn đại biểu cấp cao VN bắt đầu thăm chính thức Liên bang Nga - ảnh 1",
      "Chủ tịch nước Trần Đại Quang gặp Tổng thống Nga V.Putin. Ảnh: báo An ninh thủ đô.",
    ]);
    expect(splitAltText("Hai bên đã chụp ảnh 2 lần - ảnh hưởng lớn Tới quan hệ hai nước")).toHaveLength(1);
  });

  it("splits a headline from the time stamp printed after it (Pháp Luật TP.HCM, blind-vnru-13, 220)", () => {
    expect(splitGluedLine("Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam 28/09/2025 17:10")).toEqual([
      "Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam",
      "28/09/2025 17:10",
    ]);
  });

  it("splits the stamp however the page prints it: time first, after a dash or bar, with its weekday or zone, run in, or with the month's name", () => {
    const headline = "Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam";
    for (const stamp of [
      "17:10 28/09/2025",
      "28/09/2025 - 17:10",
      "Chủ nhật, 28/09/2025 17:10",
      "Chủ nhật, 28/09/2025 - 17:10",
      "28/09/2025 17:10 (GMT+7)",
      "28/09/2025 17h10",
    ]) {
      expect(splitGluedLine(`${headline} ${stamp}`)).toEqual([headline, stamp]);
      expect(splitGluedLine(`${headline} - ${stamp}`)).toEqual([headline, stamp]);
      expect(splitGluedLine(`${headline} | ${stamp}`)).toEqual([headline, stamp]);
    }
    expect(splitGluedLine(`${headline}28/09/2025 17:10`)).toEqual([headline, "28/09/2025 17:10"]);
    expect(splitGluedLine("Russian Duma Chairman begins official visit to Vietnam September 28, 2025 17:10")).toEqual([
      "Russian Duma Chairman begins official visit to Vietnam",
      "September 28, 2025 17:10",
    ]);
    expect(splitGluedLine("Володин прибыл с официальным визитом во Вьетнам 28 сентября 2025, 17:10")).toEqual([
      "Володин прибыл с официальным визитом во Вьетнам",
      "28 сентября 2025, 17:10",
    ]);
  });

  it("splits a labelled stamp after the headline, and a stamp printed before it", () => {
    expect(splitGluedLine("Russian Duma Chairman begins official visit to Vietnam Updated: 28 Sep 2025 17:10")).toEqual([
      "Russian Duma Chairman begins official visit to Vietnam",
      "Updated: 28 Sep 2025 17:10",
    ]);
    expect(splitGluedLine("Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam Cập nhật lúc 28/09/2025 17:10")).toEqual([
      "Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam",
      "Cập nhật lúc 28/09/2025 17:10",
    ]);
    expect(splitGluedLine("Chủ nhật, 28/09/2025 - 17:10 Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam")).toEqual([
      "Chủ nhật, 28/09/2025 - 17:10",
      "Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam",
    ]);
    expect(splitLeadingStamp("28/09/2025 17:10 | Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam")).toEqual([
      "28/09/2025 17:10",
      "Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam",
    ]);
  });

  it("leaves a stamp before a sentence or a label of few words, and a bare time before a headline, on their line", () => {
    expect(splitLeadingStamp("28/09/2025 17:10 Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đã đến Hà Nội chiều nay.")).toHaveLength(1);
    expect(splitLeadingStamp("28/09/2025 17:10 Thời sự")).toHaveLength(1);
    expect(splitLeadingStamp("17:10 Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam")).toHaveLength(1);
  });

  it("splits a section's label in capitals from the headline it runs into, not a short code or a sentence", () => {
    expect(splitGluedLine("THỜI SỰChủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam")).toEqual([
      "THỜI SỰ",
      "Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam",
    ]);
    expect(splitCapitalsLabel("VNExpress International reports on the Duma chairman's visit")).toHaveLength(1);
    expect(splitCapitalsLabel("HANOIPrime Minister Pham Minh Chinh received the Russian ambassador on Tuesday.")).toHaveLength(1);
    expect(splitCapitalsLabel("THẾ GIỚINga và Việt Nam")).toHaveLength(1);
  });

  it("leaves a labelled or weekday date line, a byline and a stamp without its day on their line", () => {
    expect(splitTrailingStamp("Chủ nhật, 28/09/2025 - 17:10 (GMT+7)")).toHaveLength(1);
    expect(splitTrailingStamp("Cập nhật: 17:10 28/09/2025")).toHaveLength(1);
    expect(splitTrailingStamp("Updated: September 28, 2025 17:10")).toHaveLength(1);
    expect(splitTrailingStamp("Dương Ngọc - 28/09/2025 17:10")).toHaveLength(1);
    expect(splitTrailingStamp("Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam 17:10")).toHaveLength(1);
    expect(splitTrailingStamp("Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam 28/09 17:10")).toHaveLength(1);
  });

  it("leaves a date line's label, a sentence and a day without a time on their line", () => {
    expect(splitTrailingStamp("Cập nhật 28/09/2025 17:10")).toEqual(["Cập nhật 28/09/2025 17:10"]);
    expect(splitTrailingStamp("Thứ hai, 28/09/2025 17:10")).toEqual(["Thứ hai, 28/09/2025 17:10"]);
    expect(splitTrailingStamp("Lễ đón diễn ra tại Phủ Chủ tịch sáng nay. 28/09/2025 17:10")).toHaveLength(1);
    expect(splitTrailingStamp("Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin tại Hà Nội 28/9/2025")).toHaveLength(1);
  });
});

describe("line shape", () => {
  it("sees a sentence's end through a closing quote and an outlet's sign-off", () => {
    expect(endsLikeSentence("Prime Minister Phạm Minh Chính said <b>bold</b> words. — VNS")).toBe(true);
    expect(endsLikeSentence("the special friendship and solidarity between the two nations./.")).toBe(true);
    expect(endsLikeSentence("He said Vietnam was a partner.”")).toBe(true);
    expect(endsLikeSentence("Tổng thống Hàn Quốc Lee Jae Myung và Phu nhân đón Tổng Bí thư")).toBe(false);
  });

  it("reads a line written without spaces: its sentence's end and its words (VGP's Chinese edition, blind-vnru-16, 253)", () => {
    const lede = "越南同俄罗斯的传统友谊源远流长。1950年1月30日,苏联成为最早承认越南并与之建立外交关系的国家之一。";
    expect(endsLikeSentence(lede)).toBe(true);
    expect(isTextLine(lede)).toBe(true);
    expect(endsLikeSentence("为推动越俄合作注入动力")).toBe(false);
    expect(isTextLine("为推动越俄合作注入动力")).toBe(false);
    // Words still part at spaces only in other scripts.
    expect(isTextLine("Alpha beta.")).toBe(false);
  });

  it("counts a long line cut off mid-sentence as text", () => {
    expect(isTextLine(`Putin had said earlier that major new initiatives ${"on developing the relations ".repeat(6)}would be o`)).toBe(
      true,
    );
    expect(isTextLine("More on Eurasia")).toBe(false);
  });

  it("knows title case and the script of a line", () => {
    expect(isTitleCase("Russian Politics & Diplomacy")).toBe(true);
    expect(isTitleCase("Moscow appreciates Laos’ role in Russia-ASEAN dialogue partnership")).toBe(false);
    expect(scriptOf("Toàn cảnh Thủ tướng Việt Nam-Australia hội đàm")).toBe("vietnamese");
    expect(scriptOf("Pham Minh Chinh holds talks in Hanoi")).toBe("latin");
    expect(scriptOf("Лавров заявил о желании США")).toBe("cyrillic");
  });
});
