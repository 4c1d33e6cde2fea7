import { describe, expect, it } from "vitest";
import { splitQuotedTitleByline } from "../../src/ingest/page-header.ts";
import { deriveHeadline, firstSentence, isTitleLine, MAX_HEADLINE_LENGTH } from "../../src/ingest/headline.ts";

describe("isTitleLine", () => {
  it("accepts the seeds' title lines", () => {
    expect(isTitleLine("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin")).toBe(true);
    expect(isTitleLine("Russia invites General Secretary to attend 80th anniversary of Victory Day")).toBe(true);
    expect(isTitleLine("Vietnam's top leader meets Russian PM, vows closer ties")).toBe(true);
  });
  it("rejects sentences, labels and markup", () => {
    expect(isTitleLine("The two countries are also celebrating the 75th anniversary of their diplomatic ties this year.")).toBe(false);
    expect(isTitleLine("Politics")).toBe(false);
    expect(isTitleLine("<script>alert('x')</script>")).toBe(false);
    expect(isTitleLine("---")).toBe(false);
  });
});

describe("isTitleLine in a script written without spaces (VGP's Chinese edition, blind-vnru-16, 253)", () => {
  it("takes a headline of a few characters, not a sentence, a clause or a lone word", () => {
    expect(isTitleLine("为推动越俄合作注入动力")).toBe(true);
    expect(isTitleLine("越南同俄罗斯的传统友谊源远流长。")).toBe(false);
    expect(isTitleLine("此访正值越俄两国在2019年和2020年互办越南俄罗斯年和俄罗斯越南年,")).toBe(false);
    expect(isTitleLine("越南")).toBe(false);
  });
});

describe("firstSentence", () => {
  it("does not stop at Mr. or an initial", () => {
    expect(firstSentence("It was Mr. Mishustin's first visit. He came in January.")).toBe("It was Mr. Mishustin's first visit.");
    expect(firstSentence("John F. Kennedy said so. Then he left.")).toBe("John F. Kennedy said so.");
    expect(firstSentence(`${"Mr. ".repeat(20_000)}Smith came. Then`)).toBe(`${"Mr. ".repeat(20_000)}Smith came.`);
    // A word ending in an abbreviation's letters is no abbreviation.
    expect(firstSentence("Trade rose by 10 per cent in the year of the Boar. Then it fell.")).toBe(
      "Trade rose by 10 per cent in the year of the Boar.",
    );
  });
});

describe("deriveHeadline", () => {
  it("makes seed 000's headline from its first real paragraph, without the lead-in", () => {
    expect(
      deriveHeadline(
        "During the reception, Party General Secretary To Lam emphasised the significance of Mishustin’s visit, saying that it takes place at a time when the two countries are celebrating the 75th anniversary of the diplomatic relations, and is Mishustin's first visit to Vietnam in his capacity as Russian Prime Minister.",
      ),
    ).toBe("Party General Secretary To Lam emphasised the significance of Mishustin’s visit");
  });

  it("makes seed 004's headline without the weekday, cut before a clause", () => {
    expect(
      deriveHeadline(
        "Prime Minister Phạm Minh Chính on Tuesday welcomed his Russian counterpart Mikhail Mishustin on the latter’s first official visit to Việt Nam, expressing confidence that this trip will drive further the Việt Nam-Russia Comprehensive Strategic Partnership.",
      ),
    ).toBe("Prime Minister Phạm Minh Chính welcomed his Russian counterpart Mikhail Mishustin");
  });

  it("makes seed 003's headline without the dates and the attribution", () => {
    const headline = deriveHeadline(
      "Russian Prime Minister Mikhail Vladimirovich Mishustin's official visit to Việt Nam from January 14-15 at the invitation of his Vietnamese counterpart Phạm Minh Chính aims to strengthen the comprehensive strategic partnership between the two countries and prepare for important activities in bilateral relations in 2025, according to a Vietnamese diplomat.",
    );
    expect(headline).toBe("Russian Prime Minister Mikhail Vladimirovich Mishustin's official visit to Việt Nam");
  });

  it("passes over a dateline stopped like a sentence at the lede's start", () => {
    // Page 328 (El Caribe), reworded: its copy prints no headline, and the title was `Ho Chi Minh`.
    expect(
      deriveHeadline(
        "Ho Chi Minh. Durante la visita oficial de Vladímir Putin a Hanói, Vietnam y Rusia mostraron su cercanía con una decena de acuerdos.",
      ),
    ).toBe("Durante la visita oficial de Vladímir Putin a Hanói");
    // Not a lede of one short sentence, nor a short first sentence of four words.
    expect(deriveHeadline("Putin arrives in Hanoi.")).toBe("Putin arrives in Hanoi");
    expect(deriveHeadline("Putin lands in Hanoi. The visit is his first since 2017.")).toBe("Putin lands in Hanoi");
  });

  it("ends a headline cut where no clause ends with an ellipsis", () => {
    // Page 135's lede (blind-vnru-6, Italian, no headline): cut at a word, its title ended on `hanno` (`have`) as if whole.
    const headline = deriveHeadline(
      "Il capo della diplomazia russa Sergej Lavrov e il suo omologo vietnamita Le Hoai Trung hanno esaminato le misure per rendere ancora più profondo il partenariato strategico globale, compresi i prossimi contatti a diversi livelli, ha reso noto il Ministero degli Esteri russo.",
    );
    expect(headline).toBe("Il capo della diplomazia russa Sergej Lavrov e il suo omologo vietnamita Le Hoai Trung hanno…");
    // Page 205's lede (blind-vnru-12, Russian), reworded: the cut ended on the preposition `по`.
    expect(
      deriveHeadline(
        "Президент Вьетнама Чан Дай Куанг приедет в Москву с официальным визитом с 28 июня по 1 июля по приглашению президента России Владимира Путина.",
      ),
    ).toBe("Президент Вьетнама Чан Дай Куанг приедет в Москву с официальным визитом с 28 июня по 1 июля…");
    // Not a headline cut at a clause's end, nor a short lede kept whole.
    expect(deriveHeadline("Vietnam and Russia signed 10 deals on Tuesday.")).not.toMatch(/…$/u);
  });

  it("makes a Chinese or Japanese headline of the first sentence's opening clause", () => {
    // Page 318 (blind-vnru-22), no headline printed: the title had been the lede's first 101 characters.
    expect(
      deriveHeadline(
        "【Now新闻台】俄罗斯总统普京开始对越南进行为期两天的国事访问,并同越南国家主席苏林举行会谈,双方同意把全面战略协作伙伴关系推向更深层次,并加强国防与安全领域的合作。普京称,两国希望在亚太地区共同建立一个可靠的安全架构。",
      ),
    ).toBe("【Now新闻台】俄罗斯总统普京开始对越南进行为期两天的国事访问");
    expect(deriveHeadline("プーチン大統領がベトナムを訪問した。両国は協定に署名した。")).toBe("プーチン大統領がベトナムを訪問した");
    // A long clause with no mark to cut at is cut at the limit, and says so.
    expect(deriveHeadline(`${"越俄合作".repeat(15)}。`)).toBe(`${"越俄合作".repeat(10)}…`);
    // Not a lede with spaces, whatever its script.
    expect(deriveHeadline("푸틴 대통령이 하노이에 도착해 또 럼 주석과 회담했다.")).toBe(
      "푸틴 대통령이 하노이에 도착해 또 럼 주석과 회담했다",
    );
  });

  it("keeps a short lede whole, without its period", () => {
    expect(deriveHeadline("Vietnam and Russia signed 10 deals on Tuesday.")).toBe("Vietnam and Russia signed 10 deals");
  });

  it("never cuts mid-word, never ends on a comma or a small word, and stays within the limit", () => {
    const lede =
      "Representatives of ministries, sectors, localities, enterprises, universities, research institutes, banks, cooperatives, associations and investors gathered in Hà Nội.";
    const headline = deriveHeadline(lede);
    expect(headline.length).toBeLessThanOrEqual(MAX_HEADLINE_LENGTH);
    expect(lede.startsWith(headline)).toBe(true);
    expect(lede[headline.length]).toMatch(/[\s,]/);
    expect(headline).not.toMatch(/[,;:]$|\s(?:and|of|the)$/);
  });
});

describe("deriveHeadline on a lede of separators", () => {
  it("cuts after the text, not after a long run of commas, colons or spaces", () => {
    const lede = `Russia and Vietnam signed agreements on energy, trade and education in Hanoi${", ".repeat(20_000)}officials said`;
    expect(deriveHeadline(lede)).toBe("Russia and Vietnam signed agreements on energy, trade and education in Hanoi");
    expect(deriveHeadline(`Russia and Vietnam signed agreements${",".repeat(20_000)}`)).toBe("Russia and Vietnam signed agreements");
  });
});

describe("titles and headlines of other sites", () => {
  it("takes a short hyphenated title for a title line (Kremlin.ru)", () => {
    expect(isTitleLine("Russian-Vietnamese talks")).toBe(true);
    expect(isTitleLine("Asia-Pacific")).toBe(false);
    expect(isTitleLine("Hà Nội")).toBe(false);
  });

  it("cuts a derived headline before a participle clause", () => {
    expect(
      deriveHeadline(
        "Vietnamese Ambassador to Russia Dang Minh Khoi on February 5 attended a ceremony in Moscow marking the 95th founding anniversary of the Communist Party of Vietnam (February 3, 1930-2025).",
      ),
    ).toBe("Vietnamese Ambassador to Russia Dang Minh Khoi attended a ceremony in Moscow");
  });
});

describe("derived headlines from other sites' ledes", () => {
  it("prefers a whole clause to a longer cut inside the next one", () => {
    expect(
      deriveHeadline(
        "Russian President Vladimir Putin arrived in Vietnam early on Thursday for a state visit, seeking to bolster ties with one of Moscow's traditional allies in Asia after signing a defence pact with North Korea.",
      ),
    ).toBe("Russian President Vladimir Putin arrived in Vietnam early for a state visit");
  });

  it("drops Vietnamese time and place lead-ins and cuts before a joining word", () => {
    // Dân Trí, Tuổi Trẻ
    expect(
      deriveHeadline(
        "Rạng sáng 20/6, Tổng thống Nga Vladimir Putin đã tới Hà Nội, bắt đầu chuyến thăm cấp nhà nước tới Việt Nam theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.",
      ),
    ).toBe("Tổng thống Nga Vladimir Putin đã tới Hà Nội, bắt đầu chuyến thăm cấp nhà nước tới Việt Nam");
    expect(
      deriveHeadline(
        "Chiều 14-1, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nga Mikhail Mishustin đang thăm chính thức Việt Nam.",
      ),
    ).toBe("Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nga Mikhail Mishustin");
  });

  it("keeps a sentence that only starts like a lead-in word", () => {
    expect(deriveHeadline("Ngày Chiến thắng được tổ chức trọng thể tại Moscow.")).toBe(
      "Ngày Chiến thắng được tổ chức trọng thể tại Moscow",
    );
  });
});

describe("deriveHeadline and a time in brackets", () => {
  it("drops a Vietnamese lead-in whose brackets hold a comma (`Sáng nay (11/8, giờ địa phương),`)", () => {
    expect(
      deriveHeadline("Sáng nay (11/8, giờ địa phương), Tổng thống Lee Jae Myung đã chủ trì lễ đón Tổng Bí thư Tô Lâm tại Phủ Tổng thống."),
    ).toBe("Tổng thống Lee Jae Myung đã chủ trì lễ đón Tổng Bí thư Tô Lâm tại Phủ Tổng thống");
    expect(deriveHeadline("Tổng thống (người đứng đầu nhà nước) Lee Jae Myung đã chủ trì lễ đón.")).toBe(
      "Tổng thống (người đứng đầu nhà nước) Lee Jae Myung đã chủ trì lễ đón",
    );
  });
});

describe("splitQuotedTitleByline", () => {
  it("reads a paper's title line with its series number and author (ISEAS: `2024/13 “…” by Ian Storey`), not a quotation with `by`", () => {
    expect(
      splitQuotedTitleByline(
        "2024/13 “Vietnam and the Russia-Ukraine War: Hanoi’s ‘Bamboo Diplomacy’ Pays Off but Challenges Remain” by Ian Storey",
      ),
    ).toEqual({
      title: "Vietnam and the Russia-Ukraine War: Hanoi’s ‘Bamboo Diplomacy’ Pays Off but Challenges Remain",
      author: "Ian Storey",
    });
    expect(splitQuotedTitleByline("“We agreed on everything” by the two sides of the talks")).toBeUndefined();
    expect(splitQuotedTitleByline("Putin hails “a new page” in ties with Vietnam")).toBeUndefined();
  });
});

describe("deriveHeadline and a day opening the lede", () => {
  it("leaves out `On Sunday` with no comma after it (an AFP lede re-posted), not a weekday that is the subject", () => {
    expect(
      deriveHeadline(
        "On Sunday Russia and Vietnam signed a deal, put at some 5.6 billion dollars, to build the Southeast Asian country's first nuclear power plant as Moscow seeks more influence in the region.",
      ),
    ).toBe("Russia and Vietnam signed a deal, put at some 5.6 billion dollars");
    expect(deriveHeadline("Monday saw the leaders meet in Hanoi for talks on trade and energy.")).toBe(
      "Monday saw the leaders meet in Hanoi for talks on trade and energy",
    );
  });
});
