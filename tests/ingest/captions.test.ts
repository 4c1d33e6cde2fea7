import { captionBeforeStamp } from "../../src/ingest/classify-lines.ts";
import { describe, expect, it } from "vitest";
import { isCaptionPlaceholder, parseCaptionLine, parseSourcedCaption, splitCredits } from "../../src/ingest/captions.ts";
import { splitCaptionBeforeDateline } from "../../src/ingest/glued-lines.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { galleryCaptions, isPortraitCaption } from "../../src/ingest/photo-lines.ts";

describe("isCaptionPlaceholder", () => {
  it("recognises seed 001's placeholder and other sites' ones", () => {
    for (const line of ["Photo caption", "Image caption", "Ảnh minh họa", "Illustration photo", "img-6312.jpg", "DSC_0412.JPG"]) {
      expect(isCaptionPlaceholder(line), line).toBe(true);
    }
  });
  it("does not take a caption or a sentence about photos for a placeholder", () => {
    expect(isCaptionPlaceholder("Photo caption contest winners were announced.")).toBe(false);
    expect(isCaptionPlaceholder("The ministry posted the file img-6312.jpg")).toBe(false);
    expect(isCaptionPlaceholder("vietnamplus.vn")).toBe(false);
    expect(isCaptionPlaceholder("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin.")).toBe(false);
  });
});

describe("parseCaptionLine", () => {
  it("reads seed 001's caption with a photographer/agency credit", () => {
    expect(parseCaptionLine("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin. Photo: Thong Nhat/VNA")).toEqual(
      {
        text: "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin.",
        credits: ["Thong Nhat", "VNA"],
      },
    );
  });

  it("reads seed 000's first paragraph as a caption: it ends with (Photo: SGGP)", () => {
    expect(
      parseCaptionLine(
        "Party General Secretary To Lam (right) gives a reception in Hanoi on January 14 for visiting Russian Prime Minister Mikhail Vladimirovich Mishustin. (Photo: SGGP)",
      ),
    ).toEqual({
      text: "Party General Secretary To Lam (right) gives a reception in Hanoi on January 14 for visiting Russian Prime Minister Mikhail Vladimirovich Mishustin.",
      credits: ["SGGP"],
    });
  });

  it.each([
    [
      "Thủ tướng Phạm Minh Chính và Thủ tướng Nga Mikhail Mishustin - Ảnh: NGUYỄN KHÁNH",
      "Thủ tướng Phạm Minh Chính và Thủ tướng Nga Mikhail Mishustin",
      ["Nguyễn Khánh"],
    ],
    [
      "Prime Minister Phạm Minh Chính (right) and Mikhail Mishustin at the talks. — VNA/VNS Photo Dương Giang",
      "Prime Minister Phạm Minh Chính (right) and Mikhail Mishustin at the talks.",
      ["VNA", "VNS", "Dương Giang"],
    ],
    [
      "Chinh and Mishustin in Hanoi, Jan. 14, 2025. Photo by VnExpress/Giang Huy",
      "Chinh and Mishustin in Hanoi, Jan. 14, 2025.",
      ["VnExpress", "Giang Huy"],
    ],
    ["The signing ceremony. (Ảnh: TTXVN)", "The signing ceremony.", ["TTXVN"]],
    ["Photo: VNA", "", ["VNA"]],
  ])("reads the caption %s", (line, text, credits) => {
    expect(parseCaptionLine(line)).toEqual({ text, credits });
  });

  it("reads Russian and Vietnamese position notes as a caption's (`(слева)`, `(thứ hai từ trái sang)`), not other brackets", () => {
    // news.ru's caption glued to the date marker, reworded.
    const russian =
      "Министр иностранных дел РФ Сергей Лавров (слева) и министр иностранных дел Вьетнама Ле Хоай Чунг перед встречей с Владимиром Путиным";
    expect(parseCaptionLine(russian)).toEqual({ text: russian, credits: [] });
    const vietnamese = "Thủ tướng Phạm Minh Chính (thứ hai từ trái sang) tiếp Chủ tịch Zarubezhneft";
    expect(parseCaptionLine(vietnamese)).toEqual({ text: vietnamese, credits: [] });
    expect(parseCaptionLine("Министр (слева направо по списку) выступил на заседании правительства")).toBeUndefined();
    expect(parseCaptionLine("Hai bên (Việt Nam và Nga) đã ký kết nhiều văn kiện quan trọng.")).toBeUndefined();
  });

  it("reads a short line pointing at people in the photo as a caption", () => {
    expect(parseCaptionLine("Prime Minister Pham Minh Chinh (R) and Mishustin at the Government Office.")?.credits).toEqual([]);
  });

  it("does not take body text for a caption", () => {
    expect(
      parseCaptionLine(
        "The Party chief highlighted several major directions to further deepen Vietnam-Russia relations in the time ahead.",
      ),
    ).toBeUndefined();
    expect(parseCaptionLine("He visited the VNA Photo exhibition")).toBeUndefined();
    expect(parseCaptionLine("Photos of the visit were shown to the press: everyone liked them.")).toBeUndefined();
  });
});

describe("parseCaptionLine on long lines", () => {
  it("drops the dashes before the credit, and only those", () => {
    expect(parseCaptionLine(`Hanoi ${"-".repeat(10_000)} the talks — Photo: VNA`)).toEqual({
      text: `Hanoi ${"-".repeat(10_000)} the talks`,
      credits: ["VNA"],
    });
  });

  it("reads a credit naming many agencies", () => {
    expect(parseCaptionLine(`The talks. (${"VNA/".repeat(20_000)}VNS Photo`)?.credits).toHaveLength(20_001);
  });
});

describe("splitCredits", () => {
  it("splits agencies and photographers", () => {
    expect(splitCredits("Thong Nhat/VNA")).toEqual(["Thong Nhat", "VNA"]);
    expect(splitCredits("Reuters, AFP")).toEqual(["Reuters", "AFP"]);
  });
});

describe("credits of other sites", () => {
  it.each([
    // AP
    [
      "Russian President Vladimir Putin, left, and Vietnamese President To Lam shake hands in Hanoi, Vietnam, Thursday, June 20, 2024. (AP Photo/Minh Hoang, Pool)",
      "Russian President Vladimir Putin, left, and Vietnamese President To Lam shake hands in Hanoi, Vietnam, Thursday, June 20, 2024.",
      ["AP", "Minh Hoang"],
    ],
    // AFP / France 24
    [
      "Vladimir Putin and To Lam attend a press conference in Hanoi on June 20, 2024. © Minh Hoang / POOL/AFP",
      "Vladimir Putin and To Lam attend a press conference in Hanoi on June 20, 2024.",
      ["Minh Hoang", "AFP"],
    ],
    // Sputnik, a credit line of its own with the media bank link
    ["© Sputnik / Alexander Kazakov / Go to the mediabank", "", ["Sputnik", "Alexander Kazakov"]],
    // The Diplomat, a credit line of its own
    ["Credit: Kremlin.ru", "", ["Kremlin.ru"]],
    // Government portal
    [
      "Prime Minister Pham Minh Chinh at the talks - Photo: VGP/Nhat Bac",
      "Prime Minister Pham Minh Chinh at the talks",
      ["VGP", "Nhat Bac"],
    ],
  ])("reads %s", (line, text, credits) => {
    expect(parseCaptionLine(line)).toEqual({ text, credits });
  });

  it("does not take a copyright notice or a sentence about credit for a caption", () => {
    expect(parseCaptionLine("© 2024 AFP")).toBeUndefined();
    expect(parseCaptionLine("The bank extended credit to small firms in 2024.")).toBeUndefined();
  });

  it("leaves out words that name nobody", () => {
    expect(splitCredits("Minh Hoang, Pool")).toEqual(["Minh Hoang"]);
    expect(splitCredits("Sputnik / Go to the mediabank")).toEqual(["Sputnik"]);
  });
});

describe("photo galleries", () => {
  it("reads Reuters' gallery captions without their item numbers and licensing link", () => {
    expect(
      parseCaptionLine(
        "Item 1 of 2 Mikhail Mishustin and Pham Minh Chinh attend a welcoming ceremony in Hanoi, January 14, 2025. REUTERS/Thinh Nguyen/Pool",
      ),
    ).toEqual({
      text: "Mikhail Mishustin and Pham Minh Chinh attend a welcoming ceremony in Hanoi, January 14, 2025.",
      credits: ["REUTERS", "Thinh Nguyen"],
    });
    expect(
      parseCaptionLine(
        "[1/2]Mishustin and Chinh in Hanoi, January 14, 2025. REUTERS/Thinh Nguyen/Pool Purchase Licensing Rights, opens new tab",
      ),
    ).toEqual({ text: "Mishustin and Chinh in Hanoi, January 14, 2025.", credits: ["REUTERS", "Thinh Nguyen"] });
  });

  it("does not take a sentence about an agency for a credit", () => {
    expect(parseCaptionLine("The figures were first reported by REUTERS/Ipsos in a poll.")).toBeUndefined();
  });
});

describe("credits the corpus pages print", () => {
  it.each([
    [
      "The US will sanction Russia's Putin and Lavrov over invasion of Ukraine, White House says [File: Carolyn Kaster/AP Photo]",
      "The US will sanction Russia's Putin and Lavrov over invasion of Ukraine, White House says",
    ],
    [
      "Indian Prime Minister Narendra Modi greets Russian President Vladimir Putin before a meeting in New Delhi on Dec. 6. (Money Sharma/AFP/Getty Images)",
      "Indian Prime Minister Narendra Modi greets Russian President Vladimir Putin before a meeting in New Delhi on Dec. 6.",
    ],
    [
      "Vladimir Putin and Kim Jong-un arrive to sign the security pact. Photograph: Gavriil Grigorov/SPUTNIK/KREMLIN POOL/EPA",
      "Vladimir Putin and Kim Jong-un arrive to sign the security pact.",
    ],
    ["Photo: VNA)", ""],
  ])("reads %s", (line, text) => {
    expect(parseCaptionLine(line)?.text).toBe(text);
  });

  it("leaves brackets and parentheses of the text alone", () => {
    expect(parseCaptionLine("The two sides signed the agreement on energy (see the full text) in Hanoi.")).toBeUndefined();
    expect(parseCaptionLine("The ministry cited earlier figures [1] in its report.")).toBeUndefined();
    expect(parseCaptionLine("Trade grew by a fifth (to 7 billion USD/year) in the period.")).toBeUndefined();
  });

  it("knows Vietnamese and Guardian caption placeholders", () => {
    expect(isCaptionPlaceholder("Chú thích ảnh")).toBe(true);
    expect(isCaptionPlaceholder("toggle caption")).toBe(true);
    expect(isCaptionPlaceholder("Chú thích của người viết về vấn đề này")).toBe(false);
  });
});

describe("credits of agencies named in words", () => {
  it("reads `(Antara Photo/Hafidz Mubarak)` after a sentence, not a bracket in the text", () => {
    expect(
      parseCaptionLine("Retno Marsudi walks alongside Sergey Lavrov in Jakarta, Wednesday, July 12, 2023. (Antara Photo/Hafidz Mubarak)")
        ?.credits,
    ).toEqual(["Antara", "Hafidz Mubarak"]);
    expect(parseCaptionLine("The leaders met at the Government Office (Photo Gallery/Room 2) on Tuesday.")).toBeUndefined();
  });

  it("knows a Markdown image for a placeholder, and a table cell for a caption", () => {
    expect(isCaptionPlaceholder("![]() |")).toBe(true);
    expect(isCaptionPlaceholder("![Putin in Hanoi](https://example.vn/a.jpg)")).toBe(true);
    expect(isCaptionPlaceholder("[1] See the appendix")).toBe(false);
  });
});

describe("captionBeforeStamp", () => {
  it("reads a one-sentence caption with a date-and-time stamp glued after it (Turan), not a paragraph ending on a date or a stamp without a time", () => {
    expect(
      captionBeforeStamp(
        "Министр иностранных дел России Сергей Лавров и министр иностранных дел Венесуэлы Карлос Фариа на совместной пресс-конференции в Москве. Ср, 6 июля 2022 г., 7:39",
      ),
    ).toBe(
      "Министр иностранных дел России Сергей Лавров и министр иностранных дел Венесуэлы Карлос Фариа на совместной пресс-конференции в Москве.",
    );
    expect(
      captionBeforeStamp(
        "The ministers met in Moscow and agreed on a plan. They will meet again next year in Hanoi. Wednesday, July 6, 2022, 7:39",
      ),
    ).toBeUndefined();
    expect(captionBeforeStamp("The ministers met in Moscow for talks on the plan. Wednesday, July 6, 2022")).toBeUndefined();
  });
});

describe("a caption and its credit glued before the dateline (blind-vnru-9, 171)", () => {
  const caption =
    "Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn held talks with Konstantin Kosachev, Deputy Speaker of the Federation Council of the Federal Assembly of Russia during the trip to the country.";
  it("splits the caption with its credit from the text that starts at the dateline", () => {
    const text = "HÀ NỘI — Konstantin Kosachev has called Việt Nam an important and close partner of Russia in the Asia-Pacific.";
    expect(splitCaptionBeforeDateline(`${caption} — VNA/VNS Photo Duy Trinh ${text}`)).toEqual([
      `${caption} — VNA/VNS Photo Duy Trinh`,
      text,
    ]);
  });
  it("splits a credit that names no photographer (blind-vnru, 69)", () => {
    const first = "Foreign Minister Bùi Thanh Sơn held phone talks with his Russian counterpart Sergei Lavrov on Tuesday.";
    const text = "HÀ NỘI — Foreign Minister Bùi Thanh Sơn told Sergei Lavrov that Việt Nam values its partnership with Russia.";
    expect(splitCaptionBeforeDateline(`${first} — VNA/VNS Photo ${text}`)).toEqual([`${first} — VNA/VNS Photo`, text]);
    const unsplit = "The minister thanked the press. — VNA Photo HÀ NỘI hosts an exhibition of photos next week.";
    expect(splitCaptionBeforeDateline(unsplit)).toEqual([unsplit]);
  });
  it("leaves a caption's credit at the end of its line, and a sentence naming a photo, whole", () => {
    expect(splitCaptionBeforeDateline(`${caption} — VNA/VNS Photo Duy Trinh`)).toEqual([`${caption} — VNA/VNS Photo Duy Trinh`]);
    const sentence = "The minister thanked the press. — VNA Photo Day HÀ NỘI will host an exhibition of photos next week.";
    expect(splitCaptionBeforeDateline(sentence)).toEqual([sentence]);
  });
});

describe("a photo gallery printed as one line (blind-vnru-9, 173)", () => {
  const meeting =
    "The 24th meeting of the Russian-Vietnamese Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation";
  const gallery = `${meeting} 6 April 2023 ${meeting} 6 April 2023 Dmitry Chernyshenko at the 24th meeting of the Russian-Vietnamese Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation 6 April 2023 Russian Deputy Prime Minister Dmitry Chernyshenko and Deputy Prime Minister of the Socialist Republic of Vietnam Tran Hong Ha 6 April 2023 Предыдущая новость Следующая новость ${meeting}`;
  it("reads its captions, each once", () => {
    expect(galleryCaptions(gallery)).toEqual([
      meeting,
      "Dmitry Chernyshenko at the 24th meeting of the Russian-Vietnamese Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation",
      "Russian Deputy Prime Minister Dmitry Chernyshenko and Deputy Prime Minister of the Socialist Republic of Vietnam Tran Hong Ha",
    ]);
  });
  it("takes no sentence with the same date thrice, nor a line of different dates, for a gallery", () => {
    expect(
      galleryCaptions("The commission met on 6 April 2023. Its minutes, signed on 6 April 2023, were published on 6 April 2023 in Moscow."),
    ).toBeUndefined();
    expect(galleryCaptions("Talks in Hanoi 5 April 2023 Talks in Moscow 6 April 2023 Talks in Sochi 7 April 2023")).toBeUndefined();
  });
  it("dates a dateline's day without a year (`RUSSIA, April 6 -`) from its photos of that day, and from no other day", () => {
    const page = (stamp: string) =>
      [
        "RUSSIA, April 6 - Russian Deputy Prime Minister Dmitry Chernyshenko and Deputy Prime Minister Tran Hong Ha co-chaired the 24th meeting of the commission.",
        "",
        gallery.replaceAll("6 April 2023", stamp),
        "",
        "Those taking part in the meeting discussed trade and economic cooperation, industry, energy, science and education.",
      ].join("\n");
    const dated = parseSource(page("6 April 2023"), { today: "2026-12-03" });
    expect(dated.date).toBe("2023-04-06");
    expect(dated.paragraphs.join("\n")).not.toContain("Предыдущая новость");
    expect(parseSource(page("5 April 2023"), { today: "2026-12-03" }).date).toBeUndefined();
  });
});

describe("a paper credited by the word for one and its name in sentence case", () => {
  it("reads `Ảnh: báo An ninh thủ đô` as a caption's credit (blind-vnru-12, 204)", () => {
    expect(
      parseCaptionLine(
        "Chủ tịch nước Trần Đại Quang gặp Tổng thống Nga V.Putin bên lề Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường” tại Bắc Kinh, Trung Quốc tháng 5/2017. Ảnh: báo An ninh thủ đô.",
      ),
    ).toEqual({
      text: "Chủ tịch nước Trần Đại Quang gặp Tổng thống Nga V.Putin bên lề Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường” tại Bắc Kinh, Trung Quốc tháng 5/2017.",
      credits: ["báo An ninh thủ đô"],
    });
  });

  it("takes no lower-case words for a credit otherwise", () => {
    expect(parseCaptionLine("Hai bên đã trao đổi nhiều vấn đề. Ảnh: các bạn trẻ tại buổi gặp.")).toBeUndefined();
    expect(splitCredits("báo chí trong nước")).toEqual([]);
  });
});

describe("a wire's bare name under a short line", () => {
  const RU_LEDE =
    "Во вторник глава российского государства Владимир Путин возвратился из Ханоя, где принимал участие в саммите АТЭС. Завершением поездки стали официальный визит во Вьетнам и переговоры с президентом этой страны Нгуен Минь Чиетом.";

  it("reads the line above as a caption the wire credits (NEWSru.com's gallery, blind-vnru-11, 186), and not as the publisher", () => {
    const parsed = parseSource(
      `Путин вернулся из Ханоя\n\n02.12.2006\n\nЕго визит в Ханой завершился официальным визитом во Вьетнам и переговорами с вьетнамским президентом Нгуен Минь Чиетом\nReuters\n \n \nПо итогам переговоров был подписан ряд документов, в частности, Совместная декларация о сотрудничестве в области добычи нефти и газа\nReuters\n\n${RU_LEDE}`,
      { today: "2026-12-03" },
    );
    expect(parsed.captions).toEqual([
      "Его визит в Ханой завершился официальным визитом во Вьетнам и переговорами с вьетнамским президентом Нгуен Минь Чиетом",
      "По итогам переговоров был подписан ряд документов, в частности, Совместная декларация о сотрудничестве в области добычи нефти и газа",
    ]);
    expect(parsed.publisher).toBeUndefined();
    expect(parsed.paragraphs).toEqual([RU_LEDE]);
  });

  it("leaves the page's first line, a headline above the wire's byline (Shanghai Daily carrying Xinhua, dev 35)", () => {
    const parsed = parseSource(
      "Xi holds talks with Vietnam's top leader To Lam in Beijing\n\nXinhua\n  14:55 UTC+8, 2024-08-19       0\nXinhua\nOn Monday in Beijing, Xi Jinping, general secretary of the Communist Party of China Central Committee and Chinese president, held talks with To Lam.",
      { today: "2026-12-03" },
    );
    expect(parsed.title).toBe("Xi holds talks with Vietnam's top leader To Lam in Beijing");
    expect(parsed.captions).toEqual([]);
    expect(parsed.date).toBe("2024-08-19");
  });

  it("leaves a paragraph that ends with a full stop above a wire's name", () => {
    const parsed = parseSource(`Путин вернулся из Ханоя\n\n02.12.2006\n\n${RU_LEDE}\nReuters`, { today: "2026-12-03" });
    expect(parsed.captions).toEqual([]);
    expect(parsed.paragraphs[0]).toBe(RU_LEDE);
  });
});

describe("a caption crediting one source via another", () => {
  it("reads `(VNA via AP)` after a caption's last sentence (The Asahi Shimbun carrying AP, blind-vnru-11, 194), not a sentence that goes via a place", () => {
    expect(
      parseCaptionLine(
        "Russian Foreign Minister Sergey Lavrov, left, and Vietnamese Foreign Minister Bui Thanh Son shake hands in Hanoi, Vietnam on July 6, 2022. (VNA via AP)",
      ),
    ).toEqual({
      text: "Russian Foreign Minister Sergey Lavrov, left, and Vietnamese Foreign Minister Bui Thanh Son shake hands in Hanoi, Vietnam on July 6, 2022.",
      credits: ["VNA", "AP"],
    });
    expect(splitCredits("AFP via Getty Images")).toEqual(["AFP", "Getty Images"]);
    expect(parseCaptionLine("He flew on to Bali. (He went via Hanoi)")).toBeUndefined();
    expect(parseCaptionLine("Lavrov arrived in Hanoi via Ulaanbaatar (Mongolia)")).toBeUndefined();
  });

  it("takes such a caption under the date line as a caption, not the headline", () => {
    const parsed = parseSource(
      "THE ASSOCIATED PRESS\nJuly 7, 2022 at 12:40 JST\nRussian Foreign Minister Sergey Lavrov, left, and Vietnamese Foreign Minister Bui Thanh Son shake hands in Hanoi, Vietnam on July 6, 2022. (VNA via AP)\nHANOI--On Wednesday Russian Foreign Minister Sergey Lavrov paid a visit to Vietnam, part of a drive to shore up relations with a country that has neither openly condemned Russia's invasion of Ukraine nor imposed sanctions on it.",
      { today: "2026-12-03" },
    );
    expect(parsed.captions).toEqual([
      "Russian Foreign Minister Sergey Lavrov, left, and Vietnamese Foreign Minister Bui Thanh Son shake hands in Hanoi, Vietnam on July 6, 2022.",
    ]);
    expect(parsed.title).not.toContain("shake hands");
  });
});

describe("a person pointed at between commas (blind-vnru-10, 185)", () => {
  it("takes a wire's caption with `, left,` after a name, its bracketed source as the credit", () => {
    expect(
      parseCaptionLine(
        "Russian President Vladimir Putin, left, and Vietnam's President To Lam stand for photos at the Presidential Palace in Hanoi. (AP)",
      ),
    ).toEqual({
      text: "Russian President Vladimir Putin, left, and Vietnam's President To Lam stand for photos at the Presidential Palace in Hanoi.",
      credits: ["AP"],
    });
    expect(parseCaptionLine("Sergey Lavrov, second right, listens during the talks in Moscow.")?.credits).toEqual([]);
  });

  it("leaves text where left or right is no position in a photo", () => {
    expect(parseCaptionLine("The party has moved to the right, and its leader said so on Tuesday.")).toBeUndefined();
    expect(parseCaptionLine("He turned, left, and never came back to Hanoi.")).toBeUndefined();
  });
});

describe("a portrait's caption: an office and a name alone (blind-vnru-10, 175 and 179)", () => {
  it("takes the office and the full name, with or without a stop", () => {
    expect(isPortraitCaption("Russian President Vladimir Putin")).toBe(true);
    expect(isPortraitCaption("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.")).toBe(true);
    expect(isPortraitCaption("Ambassador Nguyen Thanh Son")).toBe(true);
    // (blind-vnru-6, 133: the office in full, a dash, the name, in a table's cell)
    expect(isPortraitCaption("Đại sứ đặc mệnh toàn quyền Việt Nam tại Liên bang Nga - Ngô Đức Mạnh. |")).toBe(true);
  });

  it("leaves a headline or a sentence about the person, and a name without an office", () => {
    expect(isPortraitCaption("Vietnam welcomes President Vladimir Putin")).toBe(false);
    expect(isPortraitCaption("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân lên đường thăm Nga")).toBe(false);
    expect(isPortraitCaption("Nguyễn Thị Kim Ngân")).toBe(false);
    expect(isPortraitCaption("President Putin")).toBe(false);
    expect(isPortraitCaption("Gặp gỡ Đại sứ Việt Nam tại Nga - Ngô Đức Mạnh")).toBe(false);
    expect(isPortraitCaption("Đại sứ Việt Nam tại Nga: quan hệ hai nước - Ngô Đức Mạnh")).toBe(false);
  });

  it("takes the portrait's caption out of the body and out of the headline", () => {
    const lede = "Vladimir Putin, the Russian president, landed in the Vietnamese city of Da Nang on Friday for the summit of the forum.";
    const parsed = parseSource(`Russian President Vladimir Putin\n\n${lede}\n\nChủ tịch Quốc hội Nguyễn Thị Kim Ngân.\n\n${lede}`, {
      today: "2026-12-03",
    });
    expect(parsed.captions).toEqual(["Russian President Vladimir Putin", "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân."]);
    expect(parsed.title).not.toBe("Russian President Vladimir Putin");
  });
});

describe("a photo's source in brackets, Vietnamese style (blind-vnru-10, 180)", () => {
  it("reads `(Nguồn: photographer/agency)` closing a caption", () => {
    expect(
      parseCaptionLine(
        "Thủ tướng Nguyễn Xuân Phúc rời thủ đô Moskva, lên đường sang thủ đô Oslo, thăm chính thức Na Uy (Nguồn: Thống Nhất/TTXVN)",
      ),
    ).toEqual({
      text: "Thủ tướng Nguyễn Xuân Phúc rời thủ đô Moskva, lên đường sang thủ đô Oslo, thăm chính thức Na Uy",
      credits: ["Thống Nhất", "TTXVN"],
    });
  });
  it("leaves an article's source, which names no photographer", () => {
    expect(parseCaptionLine("Hai bên ký 14 văn kiện hợp tác. (Nguồn: TTXVN)")).toBeUndefined();
    expect(parseCaptionLine("Nguồn: Bộ Ngoại giao")).toBeUndefined();
  });
});

describe("a photographer and the paper after a caption, set off by slashes (blind-vnru, 60)", () => {
  it("reads the credit when the last part is an outlet the table knows", () => {
    expect(
      parseCaptionLine("Владимир Путин на итоговой пресс-конференции рассказал, как читать договор / Андрей Гордеев / Ведомости"),
    ).toEqual({
      text: "Владимир Путин на итоговой пресс-конференции рассказал, как читать договор",
      credits: ["Андрей Гордеев", "Ведомости"],
    });
  });
  it("leaves slashes between words that credit no outlet", () => {
    expect(parseCaptionLine("Россия / Вьетнам / Андрей Гордеев / Новости")).toBeUndefined();
    expect(parseCaptionLine("Торговля выросла на 10 % / Росстат / Министерство экономики")).toBeUndefined();
  });
});

describe("a sentence with its picture's source, `(Nguồn: …)`, under the date line (blind-vnru-29, 407)", () => {
  const lede =
    "VTV.vn - Hãng hàng không Royal Flight đã khởi sự các chuyến bay thuê bao chở khách du lịch từ sân bay Vladivostok tới thành phố Cam Ranh.";
  it("is the photo's caption", () => {
    const parsed = parseSource(
      `Nga mở các chuyến bay thuê bao du lịch đến Cam Ranh\n\nBan Thời sự-Thứ bảy, ngày 22/10/2016 06:19 GMT+7\n\nDu khách Nga tại Cảng hàng không quốc tế Cam Ranh, Khánh Hòa. (Nguồn: TTXVN)\n\n${lede}`,
      { today: "2026-12-03" },
    );
    expect(parsed.captions).toEqual(["Du khách Nga tại Cảng hàng không quốc tế Cam Ranh, Khánh Hòa."]);
  });
  it("is not read so away from the date line, nor for a paragraph or a line without a sentence", () => {
    const parsed = parseSource(
      `Nga mở các chuyến bay thuê bao du lịch đến Cam Ranh\n\nBan Thời sự-Thứ bảy, ngày 22/10/2016 06:19 GMT+7\n\n${lede}\n\nHai bên ký 14 văn kiện hợp tác. (Nguồn: TTXVN)\n\nChỉ trong 8 tháng đầu năm 2016, khoảng 266.000 lượt khách Nga đã tới thăm Việt Nam.`,
      { today: "2026-12-03" },
    );
    expect(parsed.captions).not.toContain("Hai bên ký 14 văn kiện hợp tác.");
    const paragraph = `${"Chỉ trong 8 tháng đầu năm 2016, khoảng 266.000 lượt khách Nga đã tới thăm Việt Nam, nhiều hơn 125% so với cùng kỳ năm 2015; "}số khách sẽ còn tăng trong những tháng tới, khi mùa nghỉ Đông tại Liên bang Nga bắt đầu. (Nguồn: TTXVN)`;
    expect(parseSourcedCaption(paragraph)).toBeUndefined();
    expect(parseSourcedCaption("Số liệu thương mại (Nguồn: Tổng cục Hải quan)")).toBeUndefined();
    expect(parseSourcedCaption("Du khách Nga tại Cảng hàng không quốc tế Cam Ranh, Khánh Hòa. (Nguồn: TTXVN)")?.text).toBe(
      "Du khách Nga tại Cảng hàng không quốc tế Cam Ranh, Khánh Hòa.",
    );
  });
});

describe("the headline printed again with a full stop under it (blind-vnru-3, 91)", () => {
  it("is the caption of the photo under the headline, not text", () => {
    const lede =
      "A series of events presenting study opportunities at Russia's leading universities to Vietnamese students is being held in Hanoi this week.";
    const second = "The project has reached its tenth stage, and the centre works with a portal to set up an office.";
    const parsed = parseSource(
      `More chances for Vietnamese students to study in Russia\n\n${lede}\n\nMore chances for Vietnamese students to study in Russia.\n\n${second}`,
      { today: "2026-12-03" },
    );
    expect(parsed.captions).toEqual(["More chances for Vietnamese students to study in Russia."]);
    expect(parsed.paragraphs).toEqual([lede, second]);
  });
  it("keeps a sentence that only starts like the headline", () => {
    const parsed = parseSource(
      "More chances for Vietnamese students to study in Russia\n\nMore chances for Vietnamese students to study in Russia were announced on Tuesday by the centre in Hanoi.",
      { today: "2026-12-03" },
    );
    expect(parsed.captions).toEqual([]);
  });
});
