/**
 * Rules for pages in languages other than English, Vietnamese and Russian, and
 * for layouts first seen on such pages (blind-vnru-16): a Chinese page of the
 * Government portal, a byline under a date line, a French report's weekday.
 * Each on the real (reworded) lines it was written for and on lines it must
 * not take.
 */
import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/ingest/dateline.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });

/** The Government portal's Chinese edition (blind-vnru-16, 253), its list of provinces shortened. */
const CHINESE_PAGE = [
  "• An Giang",
  "  • Binh Duong",
  "  • Binh Phuoc",
  "  • Yen Bai",
  "",
  "为推动越俄合作注入动力",
  "",
  "11:57 | 2019/05/20",
  "",
  "(VGP)5月20日,越南政府总理阮春福偕夫人率越南高级代表团,应俄罗斯总理德米特里·梅德韦杰夫(Dmitri Medvedev)之邀,启程对俄罗斯进行正式访问。",
  "",
  "越南同俄罗斯的传统友谊源远流长。1950年1月30日,苏维埃社会主义共和国联盟(苏联)成为最早承认越南并与之建立外交关系的国家之一。",
  "",
  "越俄关系承继了越苏关系:2001年两国建立战略伙伴关系,2012年又将其提升为全面战略伙伴关系,以适应新时期双边合作的需要。",
].join("\n");

describe("a page written without spaces (VGP's Chinese edition, blind-vnru-16, 253)", () => {
  it("takes its headline, its date, the outlet's code glued to the lede, and every paragraph", () => {
    const parsed = parse(CHINESE_PAGE);
    expect(parsed).toMatchObject({ title: "为推动越俄合作注入动力", date: "2019-05-20", publisher: "Báo Chính Phủ" });
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs[0]).toMatch(/^5月20日,越南政府总理/u);
    expect(parsed.paragraphs.join("\n")).not.toMatch(/An Giang|Yen Bai/u);
  });

  it("reads a code glued to a lede in such a script, not one glued to a number or a word", () => {
    expect(parseDateline("(VGP)5月20日,越南政府总理阮春福启程对俄罗斯进行正式访问。")).toMatchObject({ agency: "VGP" });
    expect(parseDateline("(VGP)5 May is the day.")).toBeUndefined();
    expect(parseDateline("(VGP)The ministry said.")).toBeUndefined();
  });
});

describe("a site naming itself in Russian (the Nenets governor's site, blind-vnru-16, 250)", () => {
  const page = (first: string) =>
    [
      first,
      "",
      "Сегодня в Нарьян-Маре подписана Рабочая программа сотрудничества между Ненецким автономным округом и провинцией Бариа-Вунгтау",
      "",
      "27 августа 2013|00:00 80",
      "",
      "Подписи под документом поставили губернатор Ненецкого автономного округа Игорь Фёдоров и председатель Народного комитета провинции Чань Минь Шань, приехавший в Россию с дружественным визитом.",
    ].join("\n");

  it("takes the line as the publisher's name", () => {
    expect(parse(page("Официальный сайт губернатора Ненецкого автономного округа")).publisher).toBe(
      "Официальный сайт губернатора Ненецкого автономного округа",
    );
  });

  it("not a sentence that opens with the same words", () => {
    expect(parse(page("Официальный сайт губернатора сообщил о подписании программы.")).publisher).toBeUndefined();
  });
});

describe("a byline under the date line (Giáo dục Việt Nam, blind-vnru-16, 257)", () => {
  const page = (nameLine: string) =>
    [
      "Giành học bổng Chính phủ Liên bang Nga, nữ sinh viết tiếp con đường nghiên cứu ngôn ngữ học",
      "",
      "08/02/2026 06:56",
      nameLine,
      "Theo dõi trên Google News",
      "",
      "GDVN -Với học bổng toàn phần bậc thạc sĩ theo Hiệp định Liên bang Nga năm 2025 trong tay, Đỗ Thị Hồng Hạnh ấp ủ mong muốn trở về cống hiến cho giáo dục và nghiên cứu trong nước.",
      "",
      "Đỗ Thị Hồng Hạnh giành được học bổng toàn phần bậc thạc sĩ của Chính phủ Liên bang Nga vào tháng 9 năm 2025, ngành Ngôn ngữ học.",
    ].join("\n");

  it("takes a two-word name right below the date line as the author, and the outlet's code opening the lede", () => {
    expect(parse(page("Thu Trang"))).toMatchObject({ author: "Thu Trang", publisher: "Giáo dục Việt Nam", date: "2026-02-08" });
    expect(parse(page("Thu Trang")).dateline).toBeUndefined();
  });

  it("leaves a place with a comma under a date line, and a place under a time line, as places", () => {
    expect(parse(page("Novo-Ogaryovo, Moscow Region")).author).toBeUndefined();
    const kremlin = [
      "Meeting with Prime Minister of Vietnam",
      "June 20, 2024",
      "11:30",
      "Hanoi",
      "",
      "Vladimir Putin met the Prime Minister of Vietnam in Hanoi on the second day of his state visit to the country.",
    ].join("\n");
    expect(parse(kremlin).author).toBeUndefined();
  });
});
