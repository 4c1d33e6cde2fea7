/**
 * The header, body and tail rules (page-header.ts, page-body.ts, page-tail.ts)
 * through parseSource, on the real lines they were written for (from the
 * issue's pages and the corpus, article sentences reworded) and on lines they
 * must leave alone.
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { cutPageTail } from "../../src/ingest/page-tail.ts";
import { findLede } from "../../src/ingest/page-header.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });

const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi on Tuesday, the two sides said in a statement.";
const SECOND = "The two leaders agreed to raise two-way trade and to work together in energy, education and science.";

describe("the headline, chosen by evidence", () => {
  it("passes over a breadcrumb, the site's name and its tagline", () => {
    const parsed = parse(
      `Home Politics & Law\nOfficial website of the President of Russia\nОткрывая Азию для России\nPutin meets Vietnamese Prime Minister in Moscow\nJune 20, 2024, 14:15\n${LEDE}\n${SECOND}`,
    );
    expect(parsed.title).toBe("Putin meets Vietnamese Prime Minister in Moscow");
    expect(parsed.publisher).toBe("Kremlin.ru");
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("keeps a short headline above a dek of many words with a clause (blind-vnru-12, 199), which is no headline under a kicker", () => {
    const dek =
      "В Ханое президенты России и Вьетнама подписали декларацию о стратегическом партнерстве, которое может позволить России увеличить свое влияние в Азии";
    const lede =
      "Визит Владимира Путина в Ханой завершился тем, что Россия и Вьетнам подписали декларацию о стратегическом партнерстве; благодаря ей влияние России в Азии может вырасти.";
    expect(parse(` date 2001-03-02\nДружеский прием Ханоя\n\n${dek}\n\n${lede}`).title).toBe("Дружеский прием Ханоя");
    // A long headline with no clause under a kicker is still the headline.
    expect(
      parse(
        ` date 2001-03-02\nДружеский прием Ханоя\n\nПрезиденты России и Вьетнама подписали в Ханое декларацию о стратегическом партнерстве двух стран и договорились о выплате долга\n\n${lede}`,
      ).title,
    ).toBe(
      "Президенты России и Вьетнама подписали в Ханое декларацию о стратегическом партнерстве двух стран и договорились о выплате долга",
    );
  });

  it("reads a name on its own line between the headline and the lede as the byline (blind-vnru-12, 209), not a headline-shaped line", () => {
    const sapo =
      "(NLĐO)- Chủ tịch Đuma Quốc gia Quốc hội Liên bang Nga Vyacheslav Volodin tới Hà Nội chiều 28-9, mở đầu chuyến thăm chính thức Việt Nam.";
    const parsed = parse(
      ` date 2025-09-28\nThời sự Chính trị\n\nChủ tịch Đuma Quốc gia Nga đến Hà Nội, bắt đầu thăm Việt Nam\n\nDương Ngọc\n\n${sapo}`,
    );
    expect(parsed).toMatchObject({ title: "Chủ tịch Đuma Quốc gia Nga đến Hà Nội, bắt đầu thăm Việt Nam", author: "Dương Ngọc" });
    expect(parsed.paragraphs.join("\n")).not.toContain("Dương Ngọc");
    // A line of lower-case words there is no one's name.
    expect(
      parse(` date 2025-09-28\nChủ tịch Đuma Quốc gia Nga đến Hà Nội, bắt đầu thăm Việt Nam\n\nthời sự chính trị\n\n${sapo}`).author,
    ).toBeUndefined();
  });

  it("reads the author box a page closes with (`About Author` / the name / a biography, blind-vnru-12, 203) and leaves it out of the body", () => {
    const text = ` date 2015-04-08\nVietnam Set To Sign Free Trade Deal With Eurasian Economic Union\n\n${LEDE}\n\n${SECOND}\n\n\nAbout Author\n\nRebecca Adams\n\nRebecca Adams is a New Zealander living in Panama City. She has visited more than 35 countries.`;
    const parsed = parse(text);
    expect(parsed.author).toBe("Rebecca Adams");
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
    // A box whose first line is no one's name names no author.
    expect(parse(text.replace("\nRebecca Adams\n", "\nmore stories from our team\n")).author).toBeUndefined();
  });

  it("reads the lede code `(VOV5) -` as Voice of Vietnam's (blind-vnru-12, 204)", () => {
    expect(
      parse(
        ` date 2017-06-28\nChủ tịch nước bắt đầu thăm chính thức Liên bang Nga\n\n(VOV5) - Đây là chuyến thăm chính thức Liên bang Nga đầu tiên của Chủ tịch nước từ sau Đại hội Đảng lần thứ XII.`,
      ).publisher,
    ).toBe("Voice of Vietnam");
  });

  it("passes over a short tagline or kicker above a longer headline", () => {
    expect(
      parse(`Opening Asia for Russia\nRussia intends to establish regular contacts with Laos\n04.08.2022 ТАСС 107 просмотров\n${LEDE}`)
        .title,
    ).toBe("Russia intends to establish regular contacts with Laos");
    expect(
      parse(
        `The Washington PostDemocracy Dies in Darkness\nAs sanctions mount, Russia turns to India to buy oil and arms\nMarch 17, 2022 at 1:07 p.m. EDT\n${LEDE}`,
      ),
    ).toMatchObject({
      title: "As sanctions mount, Russia turns to India to buy oil and arms",
      publisher: "The Washington Post",
    });
  });

  it("keeps a dek, a second dek and a photo's title out of the headline and the body", () => {
    const parsed = parse(
      `All news\nPutin arrives in India for talks with Prime Minister Modi\nPutin and Modi will make statements for the media at the beginning of their meeting\nRussian President Vladimir Putin and Indian Prime Minister Narendra Modi\n© EPA-EFE/HARISH TYAGI\n${LEDE}`,
    );
    expect(parsed.title).toBe("Putin arrives in India for talks with Prime Minister Modi");
    expect(parsed.captions).toEqual(["Russian President Vladimir Putin and Indian Prime Minister Narendra Modi"]);
    expect(parsed.paragraphs).toEqual([LEDE]);
  });

  it("takes the headline the page repeats in its alt text", () => {
    const parsed = parse(
      `tk88 bet\nVietnam, Australia to set up strategic partnership in PM’s visit\nDuring the visit the two prime ministers will sign a joint statement on a strategic partnership, the ministry said.\nVietnam, Australia to set up strategic partnership in PM’s visit ảnh 1Prime Minister Nguyen Xuan Phuc (Photo: VNA)\n${SECOND}`,
    );
    expect(parsed.title).toBe("Vietnam, Australia to set up strategic partnership in PM’s visit");
    expect(parsed.captions).toEqual(["Prime Minister Nguyen Xuan Phuc"]);
  });

  it("never takes a tag list, a ticker item or a section label", () => {
    const parsed = parse(
      `10:14 Typhoon Yagi makes landfall in northern provinces\nВладимир Путин Сергей Лавров Джо Байден Россия США Израиль общество политика Владимир Путин Сергей Лавров\nRussian Politics & Diplomacy\nLavrov says the United States wants dialogue with Russia\n${LEDE}`,
    );
    expect(parsed.title).toBe("Lavrov says the United States wants dialogue with Russia");
  });

  it("takes a headline set in capitals, however long, for a headline and not for a list of tags", () => {
    const caps = "TỔNG BÍ THƯ TÔ LÂM HỘI ĐÀM VỚI TỔNG THỐNG NGA VLADIMIR PUTIN TẠI ĐIỆN KREMLIN TRONG CHUYẾN THĂM CHÍNH THỨC";
    expect(parse(`${caps}\n20/06/2024 14:17\n${LEDE}`).title).toBe(caps);
  });

  it("takes a long headline in title case, its little words capitalised, for a headline and not for a list of tags (blind-vnru-8, 153)", () => {
    const headline = "Vietnam Notes Positive Effect Of Increased Trade With EEU Since FTA Signing - Ambassador";
    expect(parse(`${headline}\n27/09/2021 11:20\n${LEDE}`).title).toBe(headline);
    // Names and topics with no little words stay a list of tags, however they are capitalised.
    const tags = "Vladimir Putin Sergey Lavrov Pham Minh Chinh Russia Vietnam Energy Trade Politics Diplomacy Asia Moscow Hanoi";
    expect(parse(`${tags}\nLavrov says the United States wants dialogue with Russia\n${LEDE}`).title).toBe(
      "Lavrov says the United States wants dialogue with Russia",
    );
  });

  it("takes a question headline above the first paragraph for the headline, not for the lede", () => {
    const parsed = parse(
      `July 2, 2024\nDoes the alliance between Vladimir Putin and Kim Jong Un spell doom for the US?\n${LEDE}\n${SECOND}`,
    );
    expect(parsed.title).toBe("Does the alliance between Vladimir Putin and Kim Jong Un spell doom for the US?");
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("finds the lede past tag lists and list-item deks, and not in a long headline", () => {
    const items = [
      "Xi and Putin vow to ‘significantly increase’ trade between China and Russia",
      "- The second day of talks covers security and financial issues, with the leaders signing an economic cooperation joint statement",
      LEDE,
    ].map((text, at) => ({ text, at }));
    expect(findLede(items)).toBe(2);
  });
});

describe("the body", () => {
  it("keeps a block printed twice once: a caption, or a paragraph", () => {
    const caption = "Prime Minister Pham Minh Chinh holds talks with his Japanese counterpart Kishida Fumio.";
    const parsed = parse(` date 2021-11-26 ${LEDE}\n\n${caption}\n\n${caption}\n\n${SECOND}`);
    expect(parsed.captions).toEqual([caption]);
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("drops a teaser that repeats the start of the lede", () => {
    const parsed = parse(
      ` date 2024-06-20 Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi…\n\n${LEDE}\n\n${SECOND}`,
    );
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("takes a line without a sentence end between paragraphs for a caption, in the page's language or as alt text in another", () => {
    const vietnamese = parse(
      ` date 2025-08-11 Sáng nay, Tổng thống Lee Jae Myung đã chủ trì lễ đón trọng thể Tổng Bí thư Tô Lâm tại Phủ Tổng thống.\n\nTổng thống Hàn Quốc Lee Jae Myung và Phu nhân đón Tổng Bí thư và Phu nhân Ngô Phương Ly\n\nTổng Bí thư Tô Lâm là vị quốc khách nước ngoài đầu tiên được Tổng thống đón tiếp.`,
    );
    expect(vietnamese.captions).toEqual(["Tổng thống Hàn Quốc Lee Jae Myung và Phu nhân đón Tổng Bí thư và Phu nhân Ngô Phương Ly"]);
    expect(vietnamese.paragraphs).toHaveLength(2);
    const altText = parse(
      ` date 2024-03-10 ${LEDE}\n\nToàn cảnh Thủ tướng Việt Nam-Australia hội đàm, trao văn kiện thiết lập quan hệ Đối tác chiến lược toàn diện\n\nThe Prime Ministers of Vietnam and Australia handed over documents on the partnership.\n\n${SECOND}`,
    );
    expect(altText.captions).toEqual(["The Prime Ministers of Vietnam and Australia handed over documents on the partnership."]);
    expect(altText.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("keeps list items, a heading ending in a colon and an interview's questions", () => {
    const parsed = parse(
      ` date 2018-03-14 ${LEDE}\n\nThe full interview follows:\n\nQuestion: Back in 2015, Vietnam and Australia both spoke of setting up a Strategic Partnership?\n\n• Trade: two-way trade grew by a fifth to 7 billion USD last year\n\n${SECOND}`,
    );
    expect(parsed.paragraphs).toHaveLength(5);
    expect(parsed.captions).toEqual([]);
  });

  it("reads a credit split over two lines, and a credit line under a caption", () => {
    const parsed = parse(
      ` date 2024-06-19 ${LEDE}\n\nVladimir Putin and Kim Jong-un arrive to sign the security pact\nPhoto:\nGavriil Grigorov / AFP\n\n${SECOND}\n\nMr. Joe Biden shook hands with General Secretary Nguyen Phu Trong in Washington, DC on July 7, 2015. (Photo: VNA)\nWHITE HOUSE\n\nThe two sides will meet again next year in Moscow, the statement added.`,
    );
    expect(parsed.captions).toEqual([
      "Vladimir Putin and Kim Jong-un arrive to sign the security pact",
      "Mr. Joe Biden shook hands with General Secretary Nguyen Phu Trong in Washington, DC on July 7, 2015.",
    ]);
    expect(parsed.photoCredits).toEqual(expect.arrayContaining(["Gavriil Grigorov", "AFP", "White House"]));
    expect(parsed.paragraphs).toHaveLength(3);
  });
});

describe("the tail", () => {
  it("starts at a short heading with little text below it", () => {
    const lines = [
      LEDE,
      SECOND,
      "Read article in The Chicago Tribune",
      "More on Eurasia",
      "By Daniel Davis",
      "December 31, 2024",
      "By Daniel Davis",
      "December 17, 2024",
    ];
    expect(cutPageTail(lines).kept).toEqual(lines.slice(0, 3));
  });

  it("does not start at a subheading with text below, at a sign-off, a signature or an author box", () => {
    const body = [LEDE, "Energy cooperation", SECOND, SECOND];
    expect(cutPageTail(body).tail).toEqual([]);
    expect(cutPageTail([LEDE, "CPV/VNA", "RELATED NEWS", "Comment"]).kept).toEqual([LEDE, "CPV/VNA"]);
    expect(cutPageTail([LEDE, "BÍCH QUYÊN", "Most read", "Other story"]).kept).toEqual([LEDE, "BÍCH QUYÊN"]);
    expect(cutPageTail([LEDE, "Author", "Daniel", "DePetris", "Fellow", "More on Eurasia", "By Daniel Davis"]).kept).toEqual([
      LEDE,
      "Author",
      "Daniel",
      "DePetris",
      "Fellow",
    ]);
  });

  it("reads the author box and drops the furniture after the last paragraph", () => {
    const parsed = parse(
      ` date 2024-07-02 ${LEDE}\n${SECOND}\nRead article in The Chicago Tribune\nAuthor\nDaniel\nDePetris\nFellow\nMore on Eurasia\nBy Daniel Davis\nDecember 31, 2024`,
    );
    expect(parsed).toMatchObject({ author: "Daniel DePetris", paragraphs: [LEDE, SECOND], date: "2024-07-02" });
  });
});

describe("rules added for the pages fetched later (48-59)", () => {
  it("reads a byline above the date line, and one printed again with counters", () => {
    expect(
      parse(`Lavrov Stays Tight-Lipped after Talks with Indonesia, China\n\nJayanty Nada Shofa\nJuly 12, 2023 | 10:02 pm\n${LEDE}`),
    ).toMatchObject({
      author: "Jayanty Nada Shofa",
      date: "2023-07-12",
      title: "Lavrov Stays Tight-Lipped after Talks with Indonesia, China",
    });
    expect(
      parse(
        ` date 2025-11-17 Лавров назвал визит главы МИД Индии в Москву своевременным\n\n|\nДарья Корзина\nДарья Корзина 32 0\n\n${LEDE}`,
      ).author,
    ).toBe("Дарья Корзина");
    // A headline that is two or three capitalised words stays a headline.
    expect(parse(`Russia-Laos Talks\nMay 9, 2024, The Kremlin, Moscow\n${LEDE}`)).toMatchObject({
      title: "Russia-Laos Talks",
      date: "2024-05-09",
    });
    expect(parse(`Russia-Laos Talks\nMay 9, 2024, The Kremlin, Moscow\n${LEDE}`).author).toBeUndefined();
  });

  it("drops a link glued to the end of the last paragraph", () => {
    expect(parse(` date 2020-02-05 ${LEDE} Read more\n\nX`).paragraphs).toEqual([LEDE]);
    expect(parse(` date 2020-02-05 The reading of the report was followed by the words read more.`).paragraphs).toEqual([
      "The reading of the report was followed by the words read more.",
    ]);
  });

  it("takes a long headline without a sentence end above a salutation and the text for the headline (the salutation is header)", () => {
    const title =
      "Foreign Minister Sergey Lavrov’s remarks following talks with Indonesian Foreign Minister Retno Marsudi, Jakarta, August 9, 2017";
    const parsed = parse(`9 August 201711:15\n\n${title}\n\n  • en-GB1 ru-RU1\n\nLadies and Gentlemen,\n\n${LEDE}`);
    expect(parsed).toMatchObject({ title, date: "2017-08-09" });
    expect(parsed.paragraphs).toEqual([LEDE]);
  });

  it("reads a caption kept as a Markdown table cell under an empty image", () => {
    const parsed = parse(` date 2025-06-06 ${LEDE}\n![]() |\n| Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki. |\n${SECOND}`);
    expect(parsed.captions).toEqual(["Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki."]);
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("dates by the caption's day over a day the text counts from, in the first year from the text's years that fits its weekday", () => {
    const parsed = parse(
      `Suga landed in Hanoi on Sunday evening, his first trip abroad since he took office on September 16.\nSuga is welcomed by officials in Hanoi on October 18. Photo: VNA |\nThe university where he spoke opened in 2016.\n${SECOND}`,
    );
    expect(parsed).toMatchObject({ date: "2020-10-18", dateInferred: true });
  });
});

describe("a press wire's copy of a paper's story", () => {
  it("takes the paper's dateline after the wire's, and leaves a single dateline alone", () => {
    const parsed = parse(` date 2023-06-22 VIETNAM, June 22 - HÀ NỘI — ${LEDE} — VNS`);
    expect(parsed).toMatchObject({ dateline: "Hà Nội", publisher: "Việt Nam News", paragraphs: [LEDE] });
    expect(
      parse(
        ` date 2024-06-20 MOSCOW (Reuters) - BRICS – the group of emerging economies – met in Kazan, officials said on Thursday in a statement.`,
      ).paragraphs,
    ).toEqual(["BRICS – the group of emerging economies – met in Kazan, officials said on Thursday in a statement."]);
  });
});

describe("a summary printed over the lede", () => {
  it("keeps one copy, the one that kept its spaces, as text", () => {
    const sapo = "Prime Minister Pham Minh Chinh received Japanese Ambassador to Vietnam Yamada Takio in Hanoi on August 13.";
    const parsed = parse(
      `PM Pham Minh Chinh receives Japanese Ambassador\n\n${sapo}\nHanoi (VNA) – PrimeMinister Pham Minh Chinh received JapaneseAmbassador to Vietnam Yamada Takio in Hanoi on August 13.\n\n${SECOND}`,
    );
    expect(parsed.paragraphs).toEqual([sapo, SECOND]);
    expect(parsed.captions).toEqual([]);
  });
});

describe("short sentences and alt text at the top of the text", () => {
  it("keeps a short sentence between the headline and the lede as text, not a dek without a sentence end", () => {
    const parsed = parse(`Putin lands in Hanoi for talks\nThe Russian president lands for a two-day visit.\n${LEDE}`);
    expect(parsed).toMatchObject({
      title: "Putin lands in Hanoi for talks",
      paragraphs: ["The Russian president lands for a two-day visit.", LEDE],
    });
    const dek = parse(`Putin lands in Hanoi for talks\nThe visit shows Vietnam’s bamboo diplomacy at work\n${LEDE}`);
    expect(dek.paragraphs).toEqual([LEDE]);
  });

  it("drops an image's alt text printed just above its caption in the same words", () => {
    const parsed = parse(
      `Putin in Pyongyang\n${LEDE}\nVladimir Putin and Kim Jong-un arrive to sign the security pact.\nVladimir Putin and Kim Jong-un arrive to sign the security pact. Photograph: Gavriil Grigorov/SPUTNIK/KREMLIN POOL/EPA\n${SECOND}`,
    );
    expect(parsed.captions).toEqual(["Vladimir Putin and Kim Jong-un arrive to sign the security pact."]);
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });
});

describe("a paper's strapline in capitals above the photo and the headline", () => {
  const VN_LEDE =
    "Ban Đối ngoại Trung ương hôm 1.9 thông báo Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Nguyễn Phú Trọng sẽ có chuyến thăm chính thức Liên bang Nga từ ngày 5 đến 8.9.";
  const HEADER =
    "MỚI NHẤT\nCƠ QUAN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nTổng Bí thư Nguyễn Phú Trọng và Tổng thống Nga Vladimir Putin. Ảnh: RIA.\n\n";

  it("takes the headline in mixed case right above the date line over the strapline (Lao Động, blind-vnru-11, 192)", () => {
    const parsed = parse(
      `${HEADER}Tổng Bí thư Nguyễn Phú Trọng sắp thăm chính thức Liên bang Nga\n\nH.Liên LDO | 02/09/2018 12:12\n${VN_LEDE}`,
    );
    expect(parsed.title).toBe("Tổng Bí thư Nguyễn Phú Trọng sắp thăm chính thức Liên bang Nga");
  });

  it("keeps a headline in capitals when no line in mixed case stands above the date line", () => {
    const parsed = parse(
      `PUTIN VÀ TỔNG BÍ THƯ NGUYỄN PHÚ TRỌNG HỘI ĐÀM TẠI SOCHI\nTổng Bí thư Nguyễn Phú Trọng và Tổng thống Nga Vladimir Putin. Ảnh: RIA.\n\n02/09/2018 12:12\n${VN_LEDE}`,
    );
    expect(parsed.title).toBe("PUTIN VÀ TỔNG BÍ THƯ NGUYỄN PHÚ TRỌNG HỘI ĐÀM TẠI SOCHI");
  });
});

describe("a name alone between the headline and the lede", () => {
  const TITLE = "Chủ tịch Quốc hội Trần Thanh Mẫn đến Moscow, bắt đầu thăm chính thức Liên bang Nga";
  const VN_LEDE =
    "Chiều 8/9, Chủ tịch Quốc hội Trần Thanh Mẫn cùng Đoàn đại biểu cấp cao Quốc hội Việt Nam đã tới Sân bay quốc tế Vnukovo ở thủ đô Moscow, mở đầu chuyến thăm chính thức Liên bang Nga.";

  it("reads it as the byline (Báo Quốc tế, blind-vnru-11, 196)", () => {
    const parsed = parse(` date 2024-09-08\n${TITLE}\n\nChu Văn\n${VN_LEDE}`);
    expect(parsed).toMatchObject({ title: TITLE, author: "Chu Văn" });
    expect(parsed.paragraphs[0]).toBe(VN_LEDE);
  });

  it("leaves a place the lede names too", () => {
    const parsed = parse(` date 2024-09-08\n${TITLE}\n\nHà Nội\n${VN_LEDE.replace("Chiều 8/9,", "Chiều 8/9, tại Hà Nội,")}`);
    expect(parsed.author).toBeUndefined();
  });
});

describe("a line printed twice between the headline and the lede", () => {
  const RU_LEDE =
    "Завершением рабочей программы президента России в Китае станут переговоры с президентом Вьетнама, сказал журналистам пресс-секретарь Кремля.";

  it("keeps the headline above a caption printed twice and a story label, and reads the caption (blind-vnru-10, 182)", () => {
    const parsed = parse(
      ` date 2025-09-03 Песков: программа Путина в Китае завершится переговорами с президентом Вьетнама\n\nПесков рассказал, как пройдет последний день визита\nПесков рассказал, как пройдет последний день визита\nПоездка Путина в Китай на саммит и парад\n\n${RU_LEDE}`,
    );
    expect(parsed.title).toBe("Песков: программа Путина в Китае завершится переговорами с президентом Вьетнама");
    expect(parsed.captions).toEqual(["Песков рассказал, как пройдет последний день визита"]);
    expect(parsed.paragraphs).toEqual([RU_LEDE]);
  });

  it("keeps a short headline above a longer line printed twice, the photo's caption (blind-vnru-15, 234)", () => {
    const caption = "Moscow valued Cam Ranh as a long-held strategic dream";
    const parsed = parse(
      `Skip to main content /WORLD /WORLD\n\nRussia in Vietnam pullout\n\n${caption}\n${caption}  \n\nStaff and wires\n\n${LEDE}\n\n${SECOND}`,
    );
    expect(parsed.title).toBe("Russia in Vietnam pullout");
    expect(parsed.captions).toEqual([caption]);
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });

  it("still passes over a short kicker above a longer headline printed once", () => {
    const parsed = parse(`Russia in Vietnam\n\nMoscow says it will leave the Cam Ranh Bay base by July\n\n${LEDE}\n\n${SECOND}`);
    expect(parsed.title).toBe("Moscow says it will leave the Cam Ranh Bay base by July");
  });

  it("takes no caption from a headline printed twice", () => {
    const parsed = parse(`Putin meets Vietnamese Prime Minister in Moscow\nPutin meets Vietnamese Prime Minister in Moscow\n${LEDE}`);
    expect(parsed.title).toBe("Putin meets Vietnamese Prime Minister in Moscow");
    expect(parsed.captions).toEqual([]);
  });
});

describe("a headline ended with a full stop", () => {
  const RU_LEDE =
    "В Кремле завершились переговоры президента России Владимира Путина с генеральным секретарем ЦК Компартии Вьетнама То Ламом, сообщает РИА Новости.";

  it("takes the header's one short sentence the lede takes up again as the headline (blind-vnru, 62)", () => {
    const parsed = parse(`Переговоры Путина с вьетнамским лидером продлились 3,5 часа.\n\n${RU_LEDE}\n${SECOND}`);
    expect(parsed.title).toBe("Переговоры Путина с вьетнамским лидером продлились 3,5 часа.");
    expect(parsed.paragraphs).toEqual([RU_LEDE, SECOND]);
  });

  it("does not take a short sentence the lede does not take up, nor two sentences", () => {
    expect(parse(`Погода в Москве остается теплой.\n\n${RU_LEDE}`).title).not.toContain("Погода");
    expect(parse(`Переговоры шли долго. Путин доволен.\n\n${RU_LEDE}`).title).not.toContain("Путин доволен");
  });

  const STANDFIRST =
    "В канун праздника Зяп Тхинь 2024 года Чрезвычайный и Полномочный Посол Российской Федерации во Вьетнаме Геннадий Бездетко дал интервью";

  it("takes the page's first line for the headline when its date line stands under it (blind-vnru-61, 794)", () => {
    const parsed = parse(
      `Вьетнам является приоритетным партнером внешней политики Российской Федерации.\n\nThời ĐạiThời Đại16/02/2024\n\n\n${STANDFIRST}\n\n${RU_LEDE}`,
    );
    expect(parsed.title).toBe("Вьетнам является приоритетным партнером внешней политики Российской Федерации.");
    expect(parsed.date).toBe("2024-02-16");
  });

  it("does not take a first line of two sentences, nor one with no date line under it", () => {
    const two = parse(`Вьетнам является партнером. Россия тоже.\n\nThời ĐạiThời Đại16/02/2024\n\n${STANDFIRST}\n\n${RU_LEDE}`);
    expect(two.title).not.toContain("Россия тоже");
    const undated = parse(`Вьетнам является приоритетным партнером внешней политики Российской Федерации.\n\n${STANDFIRST}\n\n${RU_LEDE}`);
    expect(undated.title).not.toBe("Вьетнам является приоритетным партнером внешней политики Российской Федерации.");
  });
});

describe("a gallery's caption printed under each of its photos (blind-vnru-2, 75)", () => {
  const caption = "Mikhail Mishustin’s talks with the General Secretary of the Communist Party of Vietnam To Lam";
  it("reads three copies or more in a row as one caption, out of the text", () => {
    const parsed = parse(`${LEDE}\n${caption}\n${caption}\n${caption}\n${caption}\n${SECOND}`);
    expect(parsed.captions).toEqual([caption]);
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });
  it("leaves a sentence printed again and again as it stands", () => {
    const sentence = "The two sides agreed to meet again in Moscow next year.";
    const parsed = parse(`${LEDE}\n${sentence}\n${sentence}\n${sentence}\n${SECOND}`);
    expect(parsed.paragraphs).toContain(sentence);
  });
});
