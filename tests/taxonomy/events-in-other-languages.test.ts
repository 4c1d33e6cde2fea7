/**
 * Undated reports in French and in Russian that name people by their initials
 * (blind-vnru-16): each is anchored on its event by the real (reworded) lines,
 * and a line that only looks like one is not.
 */
import { describe, expect, it } from "vitest";
import { withoutPairings } from "../../src/taxonomy/event-structure.ts";
import { anchorsOf, candidatesOf, eventsOf } from "./event-tagging.ts";

describe("a French report of Putin's state visit (TVA Nouvelles, blind-vnru-16, 255)", () => {
  it("anchors the report on the visit of 2024: Poutine, `visite d’État au Vietnam`, and Pyongyang", () => {
    expect(
      anchorsOf(
        "Poutine au Vietnam, après l’accord de défense avec la Corée du Nord",
        "Ce jeudi, Vladimir Poutine est en visite d’État au Vietnam, pays que la Russie arme depuis des décennies.",
        "Le maître du Kremlin a atterri à Hanoï dans la nuit de mercredi à jeudi, arrivant de Pyongyang.",
      ),
    ).toEqual(["Vladimir Putin's state visit to Việt Nam"]);
  });

  it("does not take a trip to Russia, or a visit with no destination, for it", () => {
    expect(
      anchorsOf(
        "Dialogue stratégique",
        "Au cours de ce déplacement de travail, le vice-ministre s'est entretenu avec Vladimir Poutine sur le dialogue Vietnam-Russie.",
      ),
    ).toEqual([]);
    expect(anchorsOf("Poutine", "Vladimir Poutine a reçu une visite du ministre.")).toEqual([]);
  });
});

describe("a country that completes an office or a body is whose, not where (Dân trí, blind-vnru-16, 246)", () => {
  it("reads `Tổng Bí thư đảng Cộng sản Việt Nam … tới Nga` as a visit to Russia, told apart by its host", () => {
    expect(
      anchorsOf(
        "Tổng Bí thư đảng Cộng sản Việt Nam thăm Nga",
        "(Dân trí) - Cơ quan báo chí điện Kremlin cho biết, hôm nay Tổng Bí thư đảng Cộng sản Việt Nam Nông Đức Mạnh tới Nga, mở đầu chuyến thăm chính thức kéo dài 5 ngày theo lời mời của Tổng thống Dmitry Medvedev.",
      ),
    ).toEqual(["Nông Đức Mạnh's official visit to Russia (2010)"]);
  });

  it("still takes two countries named as places for no destination", () => {
    expect(
      anchorsOf(
        "Chuyến đi",
        "(Dân trí) - Hôm nay Tổng Bí thư Nông Đức Mạnh tới Nga, rồi trở về Việt Nam, sau chuyến thăm chính thức theo lời mời của Tổng thống Dmitry Medvedev.",
      ),
    ).toEqual([]);
  });
});

describe("a Russian report naming its people by their initials (arhpress.ru, blind-vnru-16, 252)", () => {
  it("anchors the report on Matviyenko's visit of 2017: its host Nguyễn Thị Kim Ngân tells it from 2012", () => {
    expect(
      anchorsOf(
        "Губернатор НАО находится во Вьетнаме с официальным визитом",
        "Вчера делегация СФ во главе с председателем В. Матвиенко отправилась во Вьетнам с официальным визитом.",
        "В программе - встречи с президентом Вьетнама Ч. Дай Куангом, премьер-министром Н. Суан Фуком, председателем национального собрания Н. Тхи Ким Нган и генсекретарем ЦККП Вьетнама Н. Фу Чонгом.",
      ),
    ).toEqual(["Valentina Matviyenko's official visit to Việt Nam (2017)"]);
  });

  it("leaves the visits in doubt without a host of one of them", () => {
    expect(
      anchorsOf(
        "Делегация СФ во Вьетнаме",
        "Вчера делегация СФ во главе с председателем В. Матвиенко отправилась во Вьетнам с официальным визитом.",
      ),
    ).toEqual([]);
  });
});

describe("an event whose name pairs two countries in a compound (giport.ru, blind-vnru-18, 271)", () => {
  it("takes `ASEAN–Russia` for a pairing, and the visit to Việt Nam for the destination: Mạnh, its host, tells 2010 apart", () => {
    expect(
      anchorsOf(
        "",
        "Продолжая серию двусторонних переговоров в рамках визита во Вьетнам, президент РФ Дмитрий Медведев встретился с генсеком ЦК Коммунистической партии Вьетнама Нонг Дык Манем.",
      ),
    ).toEqual(["Dmitry Medvedev's visit to Việt Nam and the ASEAN–Russia Summit in Hà Nội"]);
  });

  it("leaves out only dash-joined words, so relations of two countries still name no destination", () => {
    expect(withoutPairings("Dmitry Medvedev's visit to Việt Nam and the ASEAN–Russia Summit in Hà Nội")).toBe(
      "Dmitry Medvedev's visit to Việt Nam and the   Summit in Hà Nội",
    );
    expect(withoutPairings("75th anniversary of Việt Nam–Russia diplomatic relations")).toBe(
      "75th anniversary of Việt   diplomatic relations",
    );
    expect(withoutPairings("Vladimir Putin's state visit to Việt Nam")).toBe("Vladimir Putin's state visit to Việt Nam");
  });
});

describe("a Slovak report of Putin's state visit (Pravda, blind-vnru-20, 300)", () => {
  it("anchors `pricestoval … do Vietnamu` after Pyongyang (`Do Pchjongjangu`) on the visit of 2024", () => {
    expect(
      anchorsOf(
        "",
        "V stredu pricestoval ruský prezident Vladimir Putin do Vietnamu, kde sa zdrží do štvrtka, ako informovali ruské tlačové agentúry. V Hanoji sa hlava Kremľa stretne s predstaviteľmi komunistickej krajiny. Do Pchjongjangu prišiel v utorok a so severokórejským vodcom strávil asi deväť hodín.",
      ),
    ).toEqual(["Vladimir Putin's state visit to Việt Nam"]);
  });

  it("does not anchor a Slovak line with no visit's word, or a visit with nothing of 2024's", () => {
    expect(anchorsOf("", "Ruský prezident Vladimir Putin hovoril o Vietnamu a o obchode.")).toEqual([]);
    expect(anchorsOf("", "V stredu pricestoval ruský prezident Vladimir Putin do Vietnamu.")).toEqual([]);
  });
});

describe("Chinese and Japanese reports of visits (blind-vnru-20, 301 and 304)", () => {
  it("fits `阮富仲与俄罗斯总统普京在索契市会谈` to Trọng's visits to Russia, its day left to decide", () => {
    expect(
      candidatesOf(
        "越南与俄罗斯:全面战略合作迈上新高度",
        "当地时间9月6日下午,越共中央总书记阮富仲与俄罗斯总统普京在索契市会谈结束后,共同出席了双方合作文件的签署仪式。",
      ),
    ).toEqual(["Nguyễn Phú Trọng's official visit to Russia (2018)", "Nguyễn Phú Trọng's official visit to Russia (2014)"]);
  });

  it("fits `ロシアを公式訪問している…国家主席は11月30日、首都モスクワで…会談した` to Phúc's visits to Russia, its day left to decide", () => {
    expect(
      candidatesOf(
        "",
        "ロシアを公式訪問しているグエン・スアン・フック国家主席は11月30日、首都モスクワでウラジーミル・プーチン大統領と会談した。",
      ),
    ).toEqual([
      "Nguyễn Xuân Phúc's official visit to Russia (2016)",
      "Nguyễn Xuân Phúc's official visit to Russia (2019)",
      "Nguyễn Xuân Phúc's visit to Russia (2021)",
    ]);
  });

  it("does not anchor a line that names the leaders and the countries but no visit or talks", () => {
    expect(candidatesOf("", "俄罗斯总统普京谈到越南经济和阮富仲的讲话。")).toEqual([]);
    expect(candidatesOf("", "プーチン大統領はベトナムとロシアの貿易について述べた。")).toEqual([]);
  });
});

describe("Korean reports of Putin's state visit of June 2024 (opinionnews, blind-vnru-20, 305; dailian, blind-vnru-22, 326)", () => {
  it("tags a report dated on the visit's days: `베트남` and `방문` with their endings, and Putin", () => {
    expect(
      eventsOf(
        "2024-06-20",
        "[씬짜오! 베트남] 푸틴 러시아 대통령, 하노이 새벽 도착...공식 일정 개시",
        "[호치민=강태윤 통신원] 블라디미르 푸틴(Vladimir Putin) 러시아 대통령이 북한 방문 일정을 마치고 베트남 현지시각 20일 오전 1시50분께 하노이 노이바이 공항에 내렸다.",
        "당초 푸틴 대통령은 19일부터 1박2일로 베트남을 찾을 계획이었지만, 먼저 들른 북한에 늦게 도착하면서 베트남 일정에도 차질이 생겼다.",
      ),
    ).toEqual(["putin-state-visit-vietnam-2024"]);
    expect(
      eventsOf(
        "2024-06-20",
        '푸틴 7년 만에 베트남 방문…"경제 협력 강화"',
        "블라디미르 푸틴 러시아 대통령이 20일 새벽 베트남 수도 하노이에 도착해 국빈 방문 일정을 시작했다.",
      ),
    ).toEqual(["putin-state-visit-vietnam-2024"]);
    // Only with their endings: `하노이에` ("in Hà Nội"), `도착한` ("who arrived").
    expect(eventsOf("2024-06-20", "푸틴 대통령", "블라디미르 푸틴 대통령은 예정보다 늦게 하노이에 도착해 환영행사에 참석한다.")).toEqual([
      "putin-state-visit-vietnam-2024",
    ]);
  });

  it("does not tag a Korean text of those days that names no visit, nor one that names the visit to North Korea only", () => {
    expect(eventsOf("2024-06-20", "러시아·베트남 교역", "블라디미르 푸틴 러시아 대통령은 베트남과의 교역이 늘었다고 말했다.")).toEqual([]);
    expect(eventsOf("2024-06-19", "푸틴, 평양 도착", "블라디미르 푸틴 러시아 대통령이 19일 북한 평양에 도착했다.")).toEqual([]);
  });
});
