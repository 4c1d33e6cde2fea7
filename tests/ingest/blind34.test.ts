/**
 * Rules fitted to the thirty-fourth blind Việt Nam–Russia set (462–473): a
 * section's RSS link and a site's switch for the visually impaired above the
 * headline (471), the outlet's name and a colon after a dated dateline (462),
 * a photo credit naming a body (473), a region's government domain (471), an
 * agency's programme under a video's text (468), and Nhân Dân's Russian name
 * opening a lede (473, a name the outlet table now holds). Each with the
 * reworded real line it was written for and a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { registrableDomain, siteOfAddress } from "../../src/ingest/address-site.ts";
import { isClosingSignature } from "../../src/ingest/byline.ts";
import { parseCaptionLine, splitCredits } from "../../src/ingest/captions.ts";
import { parseDateline } from "../../src/ingest/dateline.ts";
import { isCallToAct } from "../../src/ingest/furniture.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-06" });

describe("a feed's link and a version for the visually impaired are not headlines (471)", () => {
  const header = [
    "Версия для слабовидящих Вернуться на обычную версию",
    "Размер шрифта:",
    "    к списку",
    "",
    "    Новости RSS подписка",
    "",
    "    7",
    "    июля",
    "    2024",
    "",
    "    Дни Культуры Вьетнама прошли в Санкт‑Петербурге",
    "",
    "    Поделиться:",
    "    Распечатать",
    "",
    "    4 июля 2024 года делегация Социалистической Республики Вьетнам во главе с Министром культуры, спорта и туризма Нгуен Ван Хунгом побывала в Санкт‑Петербурге в рамках Дней культуры Вьетнама в России.",
  ].join("\n");

  it("reads the lines as the reader's controls, and the headline below them", () => {
    expect(isCallToAct("Новости RSS подписка")).toBe(true);
    expect(isCallToAct("Версия для слабовидящих Вернуться на обычную версию")).toBe(true);
    expect(isCallToAct("Version for the visually impaired")).toBe(true);
    expect(parse(header).title).toBe("Дни Культуры Вьетнама прошли в Санкт‑Петербурге");
  });

  it("does not take a headline, a sentence naming a subscription or a long line", () => {
    expect(isCallToAct("Дни Культуры Вьетнама прошли в Санкт‑Петербурге")).toBe(false);
    expect(isCallToAct("Подписка на облигации выросла.")).toBe(false);
    expect(isCallToAct("Vietnam and Russia agree to share news through RSS feeds between their agencies")).toBe(false);
    expect(
      isCallToAct("Версия событий для слабовидящих читателей и их семей изложена в докладе министерства здравоохранения сегодня"),
    ).toBe(false);
  });
});

describe("the outlet's name and a colon after a dated dateline (462)", () => {
  const lede =
    "Moscow, February 28, 2025 – The Europe Today: On Thursday the Vietnamese Embassy in Russia held a grand ceremony to mark the 75th anniversary of diplomatic relations between Vietnam and Russia.";

  it("reads the name as the dateline's outlet, out of the lede", () => {
    const dateline = parseDateline(lede);
    expect(dateline?.place).toBe("Moscow");
    expect(dateline?.agency).toBe("The Europe Today");
    expect(dateline?.rest.startsWith("On Thursday the Vietnamese Embassy")).toBe(true);
    const parsed = parse(`${lede}\nSome 600 distinguished guests came to the event, among them senior officials.`);
    expect(parsed.publisher).toBe("The Europe Today");
    expect(parsed.paragraphs[0]!.startsWith("On Thursday")).toBe(true);
  });

  it("takes no name from a lede that goes on after the dash, nor a phrase with small words before a colon", () => {
    expect(parseDateline("Hanoi, 20 June 2024 – The Vietnamese Embassy held a ceremony on Thursday.")?.agency).toBeUndefined();
    expect(parseDateline("Moscow, February 28, 2025 – Russia and Vietnam: a partnership of 75 years.")?.agency).toBeUndefined();
  });
});

describe("a photo credit naming a body (473)", () => {
  const line =
    "Чрезвычайный и Полномочный Посол Российской Федерации в СРВ Константин Васильевич Внуков. Фото: Посольство России во Вьетнаме";

  it("reads the body as the credit and the line as a caption", () => {
    expect(parseCaptionLine(line)).toEqual({
      text: "Чрезвычайный и Полномочный Посол Российской Федерации в СРВ Константин Васильевич Внуков.",
      credits: ["Посольство России во Вьетнаме"],
    });
    expect(splitCredits("Embassy of Russia in Vietnam")).toEqual(["Embassy of Russia in Vietnam"]);
  });

  it("takes no phrase in lower case, nor small words strung together", () => {
    expect(splitCredits("taken at the talks")).toEqual([]);
    expect(splitCredits("Taken at the talks")).toEqual([]);
    expect(parseCaptionLine("Фото: сделано во время переговоров")).toBeUndefined();
  });
});

describe("a region's government domain (471)", () => {
  it("keeps the office before `gov`", () => {
    expect(registrableDomain("kvs.gov.spb.ru")).toBe("kvs.gov.spb.ru");
    expect(siteOfAddress("https://kvs.gov.spb.ru/news/85987")).toBe("kvs.gov.spb.ru");
  });

  it("leaves a country's government domain and other hosts as they were", () => {
    expect(registrableDomain("en.mofa.gov.vn")).toBe("mofa.gov.vn");
    expect(registrableDomain("moj.gov.vn")).toBe("moj.gov.vn");
    expect(registrableDomain("news.spb.ru")).toBe("spb.ru");
  });
});

describe("an agency's programme under a video's text is no signature (468)", () => {
  it("does not sign the text with `TTXVN Toàn Cầu`", () => {
    expect(isClosingSignature("TTXVN Toàn Cầu")).toBe(false);
    const parsed = parse(
      [
        "Đẩy mạnh hợp tác giữa TP HCM và St. Petersburg",
        "",
        "30-06-2023, 13:15",
        "",
        "Chiều 29/6 (giờ địa phương), Bí thư Thành ủy Nguyễn Văn Nên dẫn Đoàn đại biểu thành phố Hồ Chí Minh đến làm việc với Thống đốc thành phố St. Petersburg.",
        "",
        "TTXVN Toàn Cầu",
        "",
        "Nga",
        "",
        "Xem thêm",
      ].join("\n"),
    );
    expect(parsed.author).toBeUndefined();
  });

  it("still signs the text with a writer's name", () => {
    expect(isClosingSignature("Đăng Thúy")).toBe(true);
    expect(isClosingSignature("THÀNH CHUNG")).toBe(true);
  });
});

describe("Nhân Dân's name in Russian opening a lede (473)", () => {
  it("reads `Нянзан Онлайн –` as the paper's code", () => {
    const parsed = parse(
      [
        "Вьетнамский Тэт глазами Посла России во Вьетнаме Константина Внукова",
        "",
        "3 февраля 2019, 22:22 (GMT+7)",
        "",
        "Нянзан Онлайн – Вьетнамский «Тэт», Новый год по лунному календарю, издавна оставлял незабываемые впечатления у дипломатов со всех концов света.",
      ].join("\n"),
    );
    expect(parsed.publisher).toBe("Nhân Dân");
  });

  it("does not take the paper quoted inside a sentence for the page's publisher", () => {
    const parsed = parse(
      "25.04.2019\n\nВ Ханое прошёл большой творческий вечер. Как сообщает газета «Нянзан», декан факультета русского языка отметила высокий уровень подготовки.",
    );
    expect(parsed.publisher).toBeUndefined();
  });
});
