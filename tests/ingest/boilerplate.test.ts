import { describe, expect, it } from "vitest";
import {
  isBreadcrumb,
  isInterfaceLine,
  isPathToHeadline,
  isReadMoreLink,
  isTailMarker,
  navigationTailStart,
  parseSiteBanner,
  parseSourceLine,
  promptingOutlet,
} from "../../src/ingest/boilerplate.ts";

describe("isTailMarker", () => {
  it("recognises the seeds' page-tail headings", () => {
    for (const line of ["Comment (0)", "No data", "Same tag", "Same category", "Same author", "TIN LIÊN QUAN"]) {
      expect(isTailMarker(line), line).toBe(true);
    }
  });
  it("recognises other sites' related-news and tag headings", () => {
    for (const line of ["Related news", "Read more", "Tin liên quan", "Xem thêm", "Tags: Vietnam Russia relations", "Bình luận (3)"]) {
      expect(isTailMarker(line), line).toBe(true);
    }
  });
  it("does not take article sentences that start with the same words", () => {
    expect(isTailMarker("Same tag lines appear in many sites, the study said.")).toBe(false);
    expect(isTailMarker("Related news agencies reported the visit.")).toBe(false);
    expect(isTailMarker("No data was released on the deals.")).toBe(false);
  });
});

describe("isInterfaceLine and isReadMoreLink", () => {
  it("drops share buttons, counters and copyright lines", () => {
    expect(isInterfaceLine("No videos available")).toBe(true);
    expect(isInterfaceLine("Share")).toBe(true);
    expect(isInterfaceLine("Our Standards: The Thomson Reuters Trust Principles.")).toBe(true);
    expect(isInterfaceLine("Share prices rose on the news.")).toBe(false);
  });
  it("drops a skip link and a box's promise of more news (blind-vnru-15, 234)", () => {
    expect(isInterfaceLine("Skip to main content /WORLD /WORLD")).toBe(true);
    expect(isInterfaceLine("Skip to content")).toBe(true);
    expect(isInterfaceLine("More news from our")).toBe(true);
    expect(isInterfaceLine("Skip to the end, the minister said, and sign the deal.")).toBe(false);
    expect(isInterfaceLine("More news from Hanoi is expected on Friday.")).toBe(false);
  });
  it("drops in-body links to other articles", () => {
    expect(isReadMoreLink("Read more: Vietnam, Russia to boost oil and gas cooperation")).toBe(true);
    expect(isReadMoreLink("Xem thêm: Thủ tướng chủ trì lễ đón")).toBe(true);
    expect(isReadMoreLink("Read more about the visit in our archive.")).toBe(false);
  });
  it("drops a French in-body link under a bullet (TVA Nouvelles, blind-vnru-16, 255)", () => {
    expect(isReadMoreLink("• À lire aussi: Poutine et Kim signent un accord d’assistance mutuelle en cas «d’agression»")).toBe(true);
    expect(isReadMoreLink("À lire aussi: Tapis rouge pour Poutine en Corée du Nord")).toBe(true);
    expect(isReadMoreLink("À lire aussi les réactions de Hanoï, qui salue la visite.")).toBe(false);
    expect(isReadMoreLink("• Les deux pays: une amitié ancienne")).toBe(false);
  });
});

describe("parseSiteBanner", () => {
  it("reads seed 001's aggregator banner", () => {
    expect(parseSiteBanner("Vietnam.vn - Nền tảng quảng bá Việt Nam")).toBe("Vietnam.vn");
    expect(parseSiteBanner("VnExpress.net | Tin nhanh Việt Nam")).toBe("VnExpress.net");
  });
  it("does not take a sentence for a banner", () => {
    expect(parseSiteBanner("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin")).toBeUndefined();
    expect(parseSiteBanner("Visit baotintuc.vn for more.")).toBeUndefined();
  });
});

describe("parseSourceLine", () => {
  it("reads seed 001's source address", () => {
    const line =
      "Source: https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm";
    expect(parseSourceLine(line)).toEqual({ url: line.slice("Source: ".length), labelled: true });
  });
  it("reads the other forms an address is given in: labels of three languages, a glued colon, brackets, a name before it", () => {
    const address =
      "https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm";
    for (const line of [
      `Source:${address}`,
      `URL: ${address}`,
      `Link: ${address}`,
      `Link bài gốc: ${address}`,
      `Nguồn: ${address}`,
      `Источник: ${address}`,
      `Ссылка на источник: ${address}`,
      `Originally published at ${address}.`,
      `Source: <${address}>`,
      `(Nguồn: ${address})`,
    ]) {
      expect(parseSourceLine(line), line).toEqual({ url: address, labelled: true });
    }
    expect(parseSourceLine(`Nguồn: Báo Tin tức - ${address}`)).toEqual({ name: "Báo Tin tức", url: address, labelled: true });
    expect(parseSourceLine(`(${address})`)).toBeUndefined();
  });
  it("takes no address out of a sentence, nor a label's word opening prose", () => {
    expect(parseSourceLine("The full text is on the ministry's site, https://mid.ru/en/, the spokeswoman said.")).toBeUndefined();
    expect(parseSourceLine("Link between the two economies: https://example.org/report grows, the study found.")).toBeUndefined();
    expect(parseSourceLine("Source: officials said on Monday that https://tass.com/politics/1 was wrong.")).toBeUndefined();
    expect(parseSourceLine("Original plans called for a visit in May.")).toBeUndefined();
  });
  it("reads named sources and bare addresses", () => {
    expect(parseSourceLine("Nguồn: TTXVN")).toEqual({ name: "TTXVN" });
    expect(parseSourceLine("Theo VnExpress")).toEqual({ name: "VnExpress" });
    expect(parseSourceLine("https://tuoitre.vn/abc.htm")).toEqual({ url: "https://tuoitre.vn/abc.htm" });
  });
  it("does not take prose for a source line", () => {
    expect(parseSourceLine("Source of pride: the two nations share a long history.")).toBeUndefined();
    expect(parseSourceLine("Theo đó, hai bên nhất trí tăng cường hợp tác.")).toBeUndefined();
  });
});

describe("isBreadcrumb", () => {
  it("recognises breadcrumbs", () => {
    expect(isBreadcrumb("Home > Politics > Diplomacy")).toBe(true);
    expect(isBreadcrumb("Trang chủ » Thời sự")).toBe(true);
  });
  it("does not take a title with a slash for one", () => {
    expect(isBreadcrumb("Vietnam / Russia talks")).toBe(false);
    expect(isBreadcrumb("Vietnam, Russia sign 10 cooperation agreements")).toBe(false);
  });
});

describe("isPathToHeadline (blind-vnru-9, 170)", () => {
  const headline = "Путин прибыл с государственным визитом во Вьетнам";
  const onPage = (text: string) => text === headline;
  it("takes a breadcrumb whose last part is the headline printed on its own", () => {
    expect(isPathToHeadline(`Главная - Новости - Новости в мире - ${headline}`, onPage)).toBe(true);
    expect(isPathToHeadline(`Home > World > ${headline}`, onPage)).toBe(true);
  });
  it("leaves a headline joining names with dashes, and a path whose last part the page does not print again", () => {
    expect(isPathToHeadline("Việt Nam - Nga - Trung Quốc: hợp tác ba bên về năng lượng", () => false)).toBe(false);
    expect(isPathToHeadline(`Главная - Новости - Новости в мире - ${headline}`, () => false)).toBe(false);
    // Sections that are sentences are no path.
    expect(isPathToHeadline(`Putin arrived in Hanoi on Wednesday. - He met Tô Lâm. - ${headline}`, onPage)).toBe(false);
  });
});

describe("navigationTailStart", () => {
  it("finds seed 001's run of one-word navigation labels", () => {
    const lines = ["The two leaders met.", "Heritage", "Figure", "Business", "News", "Political System", "Local", "Product"];
    expect(navigationTailStart(lines)).toBe(1);
  });
  it("leaves a single closing line (a signature) and a closing sentence alone", () => {
    expect(navigationTailStart(["The two leaders met.", "Thanh Hà"])).toBe(2);
    expect(navigationTailStart(["The two leaders met.", "He left."])).toBe(2);
  });
});

describe("reader prompts and page footers of other sites", () => {
  it.each([
    "Like us on Facebook to stay updated with the latest news from Tuoi Tre News!",
    "Subscribe to our Telegram channel",
    "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
    "2 min Reading time",
    "Published in sections: News, Transcripts",
    "© 2024 AFP",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Story continues below this ad",
  ])("drops %s", (line) => {
    expect(isInterfaceLine(line)).toBe(true);
  });

  it("keeps sentences that merely start alike", () => {
    expect(isInterfaceLine("Subscribers to the state broadcaster grew by a fifth in 2024, the ministry said.")).toBe(false);
    expect(isInterfaceLine("Follow-up talks will be held in Moscow next month.")).toBe(false);
    expect(isInterfaceLine("The story continues below the surface of the talks.")).toBe(false);
  });

  it("reads Kremlin.ru's direct link as the source address", () => {
    expect(parseSourceLine("Direct link: http://en.kremlin.ru/events/president/news/74321")).toEqual({
      url: "http://en.kremlin.ru/events/president/news/74321",
      labelled: true,
    });
  });
});

describe("outlets' prompts and topic tails", () => {
  it("drops a prompt to follow an outlet and reads the outlet's name (RT)", () => {
    expect(isInterfaceLine("Follow RT on Telegram")).toBe(true);
    expect(promptingOutlet("Follow RT on Telegram")).toBe("RT");
    expect(isInterfaceLine("Follow-up talks on energy will be held in Moscow.")).toBe(false);
  });

  it("reads the site asking to be followed on its platform channel (Pravda.Ru, blind-vnru-15, 236), not a channel of no one", () => {
    expect(isInterfaceLine("Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!")).toBe(true);
    expect(promptingOutlet("Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!")).toBe("Pravda.Ru");
    expect(promptingOutlet("Join VietnamPlus's Zalo group")).toBe("VietnamPlus");
    expect(promptingOutlet("Subscribe to our Telegram channel")).toBeUndefined();
    expect(promptingOutlet("Join the talks on the Telegram channel issue.")).toBeUndefined();
  });

  it("drops a Vietnamese or Russian prompt to follow the site and reads its name (Báo Quốc tế, НСН)", () => {
    expect(isInterfaceLine("Theo dõi Baoquocte.vn trên")).toBe(true);
    expect(promptingOutlet("Theo dõi Baoquocte.vn trên")).toBe("Baoquocte.vn");
    expect(isInterfaceLine("Подписывайтесь на НСН: Новости | Дзен | VK | Telegram")).toBe(true);
    expect(promptingOutlet("Подписывайтесь на НСН: Новости | Дзен | VK | Telegram")).toBe("НСН");
    expect(promptingOutlet("Подписывайтесь на РИА Новости в Telegram")).toBe("РИА Новости");
    // A prompt that names no one, and sentences that open with the same words.
    expect(isInterfaceLine("Подписывайтесь на нас в Telegram")).toBe(true);
    expect(promptingOutlet("Подписывайтесь на нас в Telegram")).toBeUndefined();
    expect(promptingOutlet("Follow us on Facebook")).toBeUndefined();
    expect(isInterfaceLine("Theo dõi diễn biến trên Biển Đông, lực lượng chức năng đã tăng cường tuần tra.")).toBe(false);
    expect(promptingOutlet("Theo dõi diễn biến trên Biển Đông, lực lượng chức năng đã tăng cường tuần tra.")).toBeUndefined();
    expect(promptingOutlet("Подписывайтесь на новости о визите")).toBeUndefined();
  });

  it("drops a banner asking to support the outlet and reads its name (`Support The Moscow Times!`), not a sentence about support", () => {
    expect(isInterfaceLine("Support The Moscow Times!")).toBe(true);
    expect(promptingOutlet("Support The Moscow Times!")).toBe("The Moscow Times");
    expect(promptingOutlet("Support for the plan grew in Hanoi and Moscow.")).toBeUndefined();
  });

  it("drops a Russian prompt to subscribe and a comments label (Gazeta.Ru), and reads the outlet's name, not a sentence", () => {
    const prompt = "Подписывайтесь на Газету.Ru в Telegram Публикуем там только самое важное и интересное!";
    expect(isInterfaceLine(prompt)).toBe(true);
    expect(promptingOutlet(prompt)).toBe("Газету.Ru");
    expect(isInterfaceLine("Новые комментарии +")).toBe(true);
    expect(isInterfaceLine("Комментарии (3)")).toBe(true);
    expect(isInterfaceLine("Комментарии экспертов к визиту были сдержанными.")).toBe(false);
  });

  it("cuts the page at a topics list (The Moscow Times)", () => {
    expect(isTailMarker("Read more about: Victory Day, Putin")).toBe(true);
    expect(isTailMarker("Read more about the visit in our live blog, the editors said.")).toBe(false);
  });
});

describe("share buttons and end-of-page links", () => {
  it("drops share buttons with their targets and licensing links", () => {
    for (const line of ["Share on X", "Share on Facebook", "Print this article", "Purchase Licensing Rights, opens new tab"]) {
      expect(isInterfaceLine(line), line).toBe(true);
    }
    expect(isInterfaceLine("Share prices rose on the Hanoi exchange after the visit.")).toBe(false);
  });

  it("cuts the page at Reuters' end-of-page headings", () => {
    expect(isTailMarker("Read next")).toBe(true);
    expect(isTailMarker("Suggested Topics:")).toBe(true);
    expect(isTailMarker("Read next week's report for more figures.")).toBe(false);
  });
});

describe("a source line with its day", () => {
  it("reads `Theo TTXVN | 20/06/2024` as the source and the day it was printed", () => {
    expect(parseSourceLine("Theo TTXVN | 20/06/2024")).toEqual({ name: "TTXVN", date: "20/06/2024" });
    expect(parseSourceLine("Nguồn: VOV - 20.06.2024 14:17")).toEqual({ name: "VOV", date: "20.06.2024 14:17" });
  });

  it("reads a wire's name and the day closing a story a site copied (blind-vnru-15, 235)", () => {
    expect(parseSourceLine("The Associated Press - May 03, 2002.")).toEqual({ name: "The Associated Press", date: "May 03, 2002" });
    expect(parseSourceLine("Reuters - 14/01/2025")).toEqual({ name: "Reuters", date: "14/01/2025" });
  });

  it("but not a name the list does not hold as a wire, nor a wire's name before words", () => {
    expect(parseSourceLine("Vladimir Putin - May 03, 2002.")).toBeUndefined();
    expect(parseSourceLine("The Associated Press - reported the handover on Thursday.")).toBeUndefined();
  });

  it("but not a sentence that starts with `Theo`, nor a source without a day", () => {
    expect(parseSourceLine("Theo ông Lavrov - 20 năm qua quan hệ phát triển")?.date).toBeUndefined();
    expect(parseSourceLine("Theo TTXVN")).toEqual({ name: "TTXVN" });
  });
});

describe("the box an advertisement loads into (blind-vnru-61, 795)", () => {
  it("is an interface line", () => {
    for (const line of ["ARTICLE AD BOX", "AD", "ADS", "AD SLOT", "Ad placeholder", "Article ad box"]) {
      expect(isInterfaceLine(line), line).toBe(true);
    }
  });

  it("is not a headline or a sentence with `ad` or `AD` in it", () => {
    for (const line of [
      "Ad hoc talks on trade open in Hanoi",
      "AD 2024: Vietnam and Russia mark 75 years",
      "The ministry ran an ad in the paper.",
      "HANOI AND MOSCOW SIGN AGREEMENT",
    ]) {
      expect(isInterfaceLine(line), line).toBe(false);
    }
  });
});

describe("a headline quoting a name in guillemets (blind-vnru-60, 782)", () => {
  it("is no breadcrumb: its closing guillemet, the line going on in lower case, separates nothing", () => {
    expect(isBreadcrumb("«Весна на Родине 2025» в Москве")).toBe(false);
    expect(isBreadcrumb("«Русская зима» в Нячанге")).toBe(false);
  });

  it("still reads a path whose parts the guillemet separates", () => {
    expect(isBreadcrumb("Главная » Новости » Политика")).toBe(true);
    expect(isBreadcrumb("Home » Politics")).toBe(true);
  });
});
