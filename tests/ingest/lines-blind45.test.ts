/**
 * Rules fitted to the forty-fifth blind Việt Nam–Russia set (594–605): a
 * closing line that sends the reader to the outlet's channel to see more is
 * furniture and names the outlet; a wire's name and a photographer's full name
 * joined by a slash, alone on a line, are a photo credit; the initials of a
 * given name and a patronymic before a surname name the person the taxonomy
 * holds; a sentence closed by its picture's source in brackets (`(Nguồn: …)`)
 * as a page's first line is the photo's caption (found when the initials made
 * the page of blind-vnru-3 that begins so tag its caption's names). With the
 * reworded real lines they were written for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLine, promptingOutlet } from "../../src/ingest/boilerplate.ts";
import { channelPromptOutlet, isChannelPrompt } from "../../src/ingest/channel-prompts.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { wirePhotographerCredit } from "../../src/ingest/photo-lines.ts";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const PROMPT_603 = "Больше актуальных новостей и эксклюзивных видео смотрите в телеграм канале ОСН.";

describe("a closing prompt to see more on the outlet's channel (blind-vnru-45, 603)", () => {
  it("is furniture, and names the outlet", () => {
    expect(isChannelPrompt(PROMPT_603)).toBe(true);
    expect(isInterfaceLine(PROMPT_603)).toBe(true);
    expect(channelPromptOutlet(PROMPT_603)).toBe("ОСН");
    expect(promptingOutlet(PROMPT_603)).toBe("ОСН");
  });

  it("takes the same prompt in other words, with no name or a channel of ours", () => {
    expect(isChannelPrompt("Ещё больше новостей читайте в нашем Telegram-канале")).toBe(true);
    expect(isChannelPrompt("More news on our Telegram channel")).toBe(true);
    expect(channelPromptOutlet("More news on our Telegram channel")).toBeUndefined();
  });

  it("leaves sentences that report what a channel said, or count anything", () => {
    expect(isChannelPrompt("Об этом сообщается в телеграм-канале ведомства.")).toBe(false);
    expect(isChannelPrompt("Больше всего туристов приехало из Москвы.")).toBe(false);
    expect(isChannelPrompt("Больше 45 тысяч человек подписались на канал в Telegram, сообщил он.")).toBe(false);
    expect(isChannelPrompt("More than 40,000 passengers flew in Telegram channel ads.")).toBe(false);
    expect(isChannelPrompt("More news on our Telegram channel, the minister said, would follow the visit to Hanoi next week.")).toBe(false);
  });

  it("drops the line from the body and reads the outlet from it", () => {
    const page = [
      "Чернышенко рассказал о росте турпотока из Вьетнама в Россию",
      "",
      "4 декабря 2024, 14:32",
      "",
      "О том, что турпоток из Вьетнама в Россию растёт, рассказал вице-премьер РФ Дмитрий Чернышенко.",
      "",
      "Рост турпотока, кроме того, поддерживает налаживание прямого авиасообщения между двумя странами.",
      "",
      PROMPT_603,
    ].join("\n");
    const parsed = parseSource(page, { today: "2026-12-07" });
    expect(parsed.paragraphs.join("\n")).not.toContain("телеграм канале");
    expect(parsed.paragraphs.at(-1)).toBe(
      "Рост турпотока, кроме того, поддерживает налаживание прямого авиасообщения между двумя странами.",
    );
    expect(parsed.publisher).toBe("ОСН");
  });
});

const CREDIT_602 = "РИА Новости/Кристина Кормилицына";

describe("a wire and a photographer joined by a slash, alone on a line (blind-vnru-45, 602)", () => {
  it("is a photo credit, in either order", () => {
    expect(wirePhotographerCredit(CREDIT_602)).toEqual(["Кристина Кормилицына", "РИА Новости"]);
    expect(wirePhotographerCredit("Thong Nhat / VNA")).toEqual(["Thong Nhat", "VNA"]);
  });

  it("leaves a place, a poll, a lone name, two places and three parts", () => {
    expect(wirePhotographerCredit("TASS/Moscow")).toBeUndefined();
    expect(wirePhotographerCredit("Reuters/Ipsos poll shows support")).toBeUndefined();
    expect(wirePhotographerCredit("РИА Новости")).toBeUndefined();
    expect(wirePhotographerCredit("Кристина Кормилицына")).toBeUndefined();
    expect(wirePhotographerCredit("Hà Nội/Moskva")).toBeUndefined();
    expect(wirePhotographerCredit("Thong Nhat/VNA/VNS")).toBeUndefined();
  });

  it("drops the line and keeps the paragraphs around it", () => {
    const lead =
      "В ходе государственного визита президента РФ Владимира Путина во Вьетнам Россия и Вьетнам приняли совместное заявление о том, что стратегическое партнёрство двух стран будет углубляться.";
    const next =
      "Заявление президенты Владимир Путин и То Лам одобрили по итогам переговоров, проходивших в Большом зале президентского дворца в Ханое.";
    const parsed = parseSource([" date 2024-06-20", lead, "", CREDIT_602, "", next].join("\n"), { today: "2026-12-07" });
    expect(parsed.paragraphs.join("\n")).not.toContain(CREDIT_602);
    expect(parsed.paragraphs.join("\n")).toContain("приняли совместное заявление");
    expect(parsed.paragraphs.join("\n")).toContain("в Большом зале президентского дворца");
    expect(parsed.captions).toEqual([]);
  });
});

const matcher = compileTaxonomy(realTaxonomy());

function people(...paragraphs: string[]) {
  return tagArticle({ title: "", paragraphs, captions: [], excludedNames: [], date: "2025-02-01" }, matcher).people;
}

describe("the initials of a given name and a patronymic before a surname (blind-vnru-45, 594)", () => {
  it("names the person whose first name the first initial begins", () => {
    expect(
      people(
        "A further notable event was the 25th session of the Vietnam-Russia Intergovernmental Committee on Economic, Trade, and Scientific-Technical Cooperation, which Russian Deputy Prime Minister D.N. Chernyshenko and Vietnamese Deputy Prime Minister Tran Hong Ha co-chaired in Moscow on September 11, 2024.",
      ),
    ).toContain("dmitry-chernyshenko");
    expect(people("Премьер-министр М.В. Мишустин прибыл в Ханой.")).toContain("mikhail-mishustin");
  });

  it("leaves initials that begin another first name, and capitals without full stops", () => {
    expect(people("A.N. Chernyshenko, a teacher from Omsk, spoke at the school.")).not.toContain("dmitry-chernyshenko");
    expect(people("A.V. Medvedev, the deputy minister, opened the meeting.")).not.toContain("dmitry-medvedev");
    expect(people("D N Chernyshenko was printed on the badge.")).not.toContain("dmitry-chernyshenko");
  });
});

const FIRST_84 =
  "Tổng Bí thư Tô Lâm tiếp Thủ tướng Liên bang Nga M.V. Mishustin nhân dịp thăm chính thức Việt Nam tháng 1/2025. (Nguồn: Nhân Dân)";
const QUESTION_84 =
  "Thưa Đại sứ, chuyến thăm Việt Nam lần này của Chủ tịch Duma Quốc gia Quốc hội Liên bang Nga Vyacheslav Volodin có ý nghĩa gì và tập trung vào những nội dung nào?";

describe("a sentence and its picture's source in brackets as the page's first line (blind-vnru-3, 84)", () => {
  it("is the photo's caption, not the headline or the text", () => {
    const parsed = parseSource([` date 2025-09-27 ${FIRST_84}`, "", QUESTION_84].join("\n"), { today: "2026-12-07" });
    expect(parsed.captions).toContain(
      "Tổng Bí thư Tô Lâm tiếp Thủ tướng Liên bang Nga M.V. Mishustin nhân dịp thăm chính thức Việt Nam tháng 1/2025.",
    );
    expect(parsed.paragraphs.join("\n")).not.toContain("Nguồn: Nhân Dân");
    expect(parsed.paragraphs.join("\n")).toContain("có ý nghĩa gì");
  });

  it("leaves a headline with a source but no sentence before it, and a first line with no source", () => {
    for (const first of ["Việt Nam và Nga ký 14 văn kiện hợp tác (Nguồn: TTXVN)", "Việt Nam và Nga ký 14 văn kiện hợp tác"]) {
      const parsed = parseSource([` date 2025-09-27 ${first}`, "", QUESTION_84].join("\n"), { today: "2026-12-07" });
      expect(parsed.captions).toEqual([]);
      expect(parsed.title).toBe(first);
    }
  });
});
