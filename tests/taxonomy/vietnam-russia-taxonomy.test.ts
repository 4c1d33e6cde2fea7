/**
 * The committed taxonomy's Việt Nam–Russia events and people (2010–2026) on
 * sentences reworded from news reports of the time: each event is tagged from
 * the report of it and not from a report of another year's visit, a background
 * sentence or another country's anniversary; each person from the spellings
 * those reports use, and not for a namesake.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

function tags(date: string | undefined, title: string, ...paragraphs: string[]) {
  return tagArticle({ title, paragraphs, captions: [], excludedNames: [], ...(date ? { date } : {}) }, matcher);
}

const eventsOf = (date: string | undefined, title: string, ...paragraphs: string[]) => tags(date, title, ...paragraphs).events;
const peopleOf = (title: string, ...paragraphs: string[]) => tags("2020-01-01", title, ...paragraphs).people;

describe("the taxonomy's visits: each from its own reports", () => {
  it("tells Volodin's three visits to Việt Nam apart by their committee sessions", () => {
    // VNS, 29 September 2025.
    const fourth = [
      "Russian State Duma Chairman concludes official visit to Việt Nam",
      "State Duma Chairman Vyacheslav Volodin on Monday afternoon wrapped up his official visit to Việt Nam, during which he co-chaired the fourth session of the Inter-Parliamentary Cooperation Committee.",
    ] as const;
    expect(eventsOf("2025-09-29", ...fourth)).toEqual(["volodin-visit-vietnam-2025"]);
    // VNA, 15 October 2023.
    const second = [
      "Chairman of Russian State Duma arrives in Hanoi, begins official visit",
      "Vyacheslav Volodin arrived in Hanoi on October 15 afternoon for an official visit; he and NA Chairman Vuong Dinh Hue will co-chair the second meeting of the inter-parliamentary cooperation committee.",
    ] as const;
    expect(eventsOf("2023-10-15", ...second)).toEqual(["volodin-visit-vietnam-2023"]);
    // Dated on the 2023 visit's days, the same words report the 2023 visit: the fourth session is two years off.
    expect(eventsOf("2023-10-15", ...fourth)).toEqual(["volodin-visit-vietnam-2023"]);
    // And two months after it, an official visit to Việt Nam by Volodin is none of the three.
    expect(eventsOf("2024-01-20", fourth[0], "Volodin recalled his official visit to Việt Nam.")).toEqual([]);
  });

  it("gives Putin's 2013 state visit its own year, and the 2024 one its own", () => {
    // Xinhua and VNA, 12–13 November 2013.
    const lede =
      "Vietnam and Russia on November 12 issued a joint statement on the occasion of Russian President Vladimir Putin's state visit to Vietnam.";
    expect(eventsOf("2013-11-13", "Vietnam, Russia issue joint statement", lede)).toEqual(["putin-state-visit-vietnam-2013"]);
    // The same words in June 2024 are the 2024 visit, not the one of eleven years before.
    expect(eventsOf("2024-06-21", "Vietnam, Russia issue joint statement", lede)).toEqual(["putin-state-visit-vietnam-2024"]);
    // Named with its month and year, the 2013 visit is recalled in a later lede.
    expect(eventsOf("2014-11-20", "Party chief to visit Russia", "The talks follow up Putin's visit to Vietnam in November 2013.")).toEqual(
      ["putin-state-visit-vietnam-2013"],
    );
  });

  it("tags the 2024 visit from Russian reports, whatever the case of their words", () => {
    // Vedomosti, 21 June 2024: "Вьетнам" stands for the "Việt Nam" of the event's name (its Russian alias has it).
    expect(
      eventsOf(
        "2024-06-21",
        "Как прошел визит Владимира Путина во Вьетнам",
        "Самолет президента приземлился в ханойском аэропорту после часа ночи. Вьетнам стал второй остановкой азиатской поездки Путина.",
      ),
    ).toEqual(["putin-state-visit-vietnam-2024"]);
    // Euronews, 20 June 2024: on the visit's days, Putin and the "Вьетнам" of the Russian alias are enough.
    expect(
      eventsOf("2024-06-20", "", "В четверг Владимир Путин провел переговоры с высшим руководством Вьетнама, в том числе с То Ламом."),
    ).toEqual(["putin-state-visit-vietnam-2024"]);
    // 360, June 2024: the genitive "государственного визита" is the keyword "государственный визит".
    expect(
      eventsOf(
        "2024-06-22",
        "Путин поблагодарил президента То Лама за гостеприимство",
        "Владимир Путин поблагодарил собеседника за теплый прием во время государственного визита во Вьетнам.",
        "По словам Путина, от поездки во Вьетнам у него остались лучшие впечатления.",
      ),
    ).toEqual(["putin-state-visit-vietnam-2024"]);
    // The same words in November 2013 are that year's visit.
    expect(
      eventsOf(
        "2013-11-13",
        "Путин завершил визит",
        "Владимир Путин провел переговоры в Ханое во время государственного визита во Вьетнам.",
        "От поездки во Вьетнам у него остались лучшие впечатления.",
      ),
    ).toEqual(["putin-state-visit-vietnam-2013"]);
  });

  it("does not tag the 2024 visit from one Russian background sentence a year later", () => {
    expect(
      eventsOf(
        "2025-05-10",
        "Путин провел переговоры с То Ламом в Кремле",
        "Владимир Путин и Генеральный секретарь ЦК КПВ То Лам провели в Кремле переговоры, которые длились около трех с половиной часов, после парада Победы.",
        "Стороны вспомнили, что договоренности были достигнуты во время государственного визита Путина во Вьетнам в прошлом году.",
      ),
    ).not.toContain("putin-state-visit-vietnam-2024");
    // On the visit's days, a Russian text on Putin that names no place of it is not about it.
    expect(eventsOf("2024-06-19", "Путин в Пхеньяне", "Владимир Путин провел переговоры с Ким Чен Ыном.")).toEqual([]);
  });

  it("tells Medvedev's visits to Việt Nam apart", () => {
    // TASS, 19 November 2018.
    const talks = [
      "Russian PM Medvedev and Vietnamese Prime Minister hold talks in Hanoi",
      "Prime Minister Dmitry Medvedev, who is on an official visit to Vietnam, is holding talks with Vietnamese Prime Minister Nguyen Xuan Phuc on Monday.",
    ] as const;
    expect(eventsOf("2018-11-19", ...talks)).toEqual(["medvedev-visit-vietnam-2018"]);
    // VNA, April 2015: the visit named with its month and year.
    expect(
      eventsOf("2015-05-21", "Vietnam to sign free trade deal", "The planned signing follows Medvedev's visit to Vietnam in April 2015."),
    ).toEqual(["medvedev-visit-vietnam-2015"]);
  });

  it("reports a Vietnamese leader's visit to Russia from its arrival, not from the last one recalled", () => {
    // VNA, 5 September 2018.
    expect(
      eventsOf(
        "2018-09-05",
        "Party leader begins Russia visit",
        "General Secretary Nguyen Phu Trong arrived at Vnukovo 2 airport in Moscow at noon on September 5, starting an official visit to Russia at the invitation of President Vladimir Putin.",
      ),
    ).toEqual(["nguyen-phu-trong-russia-visit-2018"]);
    // VNA, 20 May 2019: Phúc's visit is reported; Trọng's of September 2018 is recalled in passing.
    const phuc = eventsOf(
      "2019-05-20",
      "Ambassador: PM's upcoming visit to lift Vietnam-Russia ties",
      "Ambassador Ngo Duc Manh said the upcoming Russia visit by Prime Minister Nguyen Xuan Phuc will lift the bilateral partnership to a new height.",
      "The visit follows the one by Party General Secretary Nguyen Phu Trong in September last year.",
    );
    expect(phuc).toEqual(["nguyen-xuan-phuc-russia-visit-2019"]);
    // VNA, 9 December 2019.
    expect(
      eventsOf(
        "2019-12-09",
        "NA Chairwoman arrives in Kazan, beginning Russia visit",
        "National Assembly Chairwoman Nguyen Thi Kim Ngan arrived in Kazan city on December 8 afternoon, beginning her official visit to Russia.",
      ),
    ).toEqual(["nguyen-thi-kim-ngan-russia-visit-2019"]);
  });

  it("tags the summits and meetings on the sidelines", () => {
    // Reuters, 10 November 2017.
    expect(
      eventsOf(
        "2017-11-10",
        "Putin arrives in Vietnam for APEC meet",
        "Russian President Vladimir Putin arrived in Da Nang on Friday to attend the APEC Summit.",
      ),
    ).toEqual(["apec-summit-da-nang-2017"]);
    // VNA, 20 May 2016: the summit, and Phúc's official visit to Russia around it.
    expect(
      eventsOf(
        "2016-05-21",
        "PM addresses ASEAN-Russia commemorative summit",
        "Prime Minister Nguyen Xuan Phuc delivered a speech at the Commemorative Summit marking the 20th anniversary of the ASEAN-Russia dialogue partnership in Sochi, Russia on May 20.",
      ),
    ).toContain("asean-russia-summit-sochi-2016");
    // VNA, 4 September 2025.
    const cuong = "Vietnamese State President Luong Cuong on September 3 had a meeting with Russian President Vladimir Putin in Beijing.";
    expect(eventsOf("2025-09-04", "Vietnamese State leader meets Russian President in China", cuong)).toEqual([
      "putin-vietnam-leaders-china-2025",
    ]);
    // The same day's report of the parade he attended, without Putin, is neither the meeting nor
    // the Victory Day of May 2025 in Moscow.
    expect(
      eventsOf(
        "2025-09-03",
        "President attends parade in Beijing",
        "State President Luong Cuong attended the parade in Beijing marking the 80th anniversary of the victory over fascism.",
      ),
    ).toEqual([]);
  });

  it("tags Putin's call to Tô Lâm and not another leader's call to him", () => {
    // VIR, 25 January 2026.
    expect(
      eventsOf(
        "2026-01-25",
        "Russian President congratulates Vietnamese Party leader during phone talks",
        "President of Russia Vladimir Putin held phone talks with General Secretary To Lam on January 24 evening to offer congratulations on the success of the 14th National Congress.",
      ),
    ).toEqual(["putin-to-lam-re-election-2026"]);
    // People's Daily, 27 January 2026: Xi's call, three days later, names neither Putin nor Russia.
    expect(
      eventsOf(
        "2026-01-27",
        "Xi holds phone talks with To Lam",
        "Chinese President Xi Jinping held phone talks with General Secretary To Lam on Tuesday, congratulating him on his re-election.",
      ),
    ).toEqual([]);
  });

  it("keeps Việt Nam–Russia anniversaries and agreements apart from other countries'", () => {
    // VNA, January 2020.
    expect(
      eventsOf(
        "2020-01-30",
        "Leaders of Vietnam, Russia exchange congratulations on diplomatic ties",
        "Vietnamese leaders have exchanged congratulatory messages with their Russian counterparts on the 70th founding anniversary of the Vietnam-Russia diplomatic ties (January 30).",
      ),
    ).toEqual(["vietnam-russia-relations-70th-anniversary"]);
    expect(
      eventsOf(
        "2020-01-18",
        "Vietnam, China mark 70 years of ties",
        "Party General Secretary and President Nguyen Phu Trong exchanged messages with Chinese leaders on the 70th anniversary of diplomatic ties (January 18).",
      ),
    ).toEqual([]);
    // The Moscow Times, 29 May 2015; and another country's agreement with the same union.
    expect(
      eventsOf(
        "2015-05-29",
        "Vietnam Signs Free Trade Agreement With Russian-Led Economic Union",
        "The Eurasian Economic Union signed a free trade agreement with Vietnam on Friday, the first such deal struck by the bloc with a third party.",
      ),
    ).toEqual(["vietnam-eaeu-fta-signing-2015"]);
    expect(
      eventsOf("2019-10-01", "Singapore signs free trade agreement with Eurasian Economic Union", "The deal was signed in Yerevan."),
    ).toEqual([]);
    // VNA, 10 May 2015: the 70th Victory Day, not the 80th.
    expect(
      eventsOf(
        "2015-05-10",
        "President attends Russia's victory parade in Moscow",
        "State President Truong Tan Sang joined world leaders at the victory parade on Red Square on May 9 to celebrate the 70th anniversary of Victory in the Great Patriotic War.",
      ),
    ).toEqual(["victory-day-70th-anniversary-2015"]);
  });
});

describe("the taxonomy's people: the spellings reports use", () => {
  it("tags leaders and envoys named in full, with their titles or in Cyrillic", () => {
    expect(
      peopleOf(
        "Vietnamese president visits Russia",
        "President Truong Tan Sang arrived in Moscow on Thursday at the invitation of his Russian counterpart Vladimir Putin.",
      ),
    ).toEqual(["truong-tan-sang", "vladimir-putin"]);
    expect(peopleOf("", "Чыонг Тан Шанг: Отношения между Вьетнамом и Россией традиционно носят дружественный характер.")).toEqual([
      "truong-tan-sang",
    ]);
    // VOV writes the Russian minister surname first.
    expect(
      peopleOf(
        "",
        "Minister of Public Security General To Lam hosted a reception for Minister of Internal Affairs of Russia Kolokoltsev Vladimir Aleksandrovich.",
      ),
    ).toEqual(["to-lam", "vladimir-kolokoltsev"]);
    expect(
      peopleOf(
        "",
        "Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh and Russian Deputy Prime Minister Arkady Dvorkovich met in Moscow.",
      ),
    ).toEqual(["pham-binh-minh", "arkady-dvorkovich"]);
    expect(
      peopleOf("", "Deputy Prime Minister Alexei Overchuk held a working meeting with Prime Minister of Vietnam Phạm Minh Chính."),
    ).toEqual(["alexei-overchuk", "pham-minh-chinh"]);
    expect(
      peopleOf("", "Outgoing Russian Ambassador to Vietnam Konstantin Vnukov spoke at the ceremony. Vnukov thanked his hosts."),
    ).toEqual(["konstantin-vnukov"]);
  });

  it("keeps namesakes apart", () => {
    // Two ambassadors' and two ministers' names share their last words.
    expect(peopleOf("", "The Vietnamese Ambassador to Russia Nguyen Thanh Son and Vietnamese expats were also there.")).toEqual([
      "nguyen-thanh-son",
    ]);
    expect(
      peopleOf(
        "",
        "Deputy Prime Minister Trinh Dinh Dung attended the Eastern Economic Forum.",
        "On the occasion, Dung hosted a reception for the governor of Primorie.",
      ),
    ).toEqual(["trinh-dinh-dung"]);
    // "Ngân hàng" (bank) and "Lịch sử" (history) open sentences: no short name takes them.
    expect(
      peopleOf(
        "",
        "Chairwoman Nguyễn Thị Kim Ngân met General Ngô Xuân Lịch.",
        "Ngân hàng Nhà nước và Lịch sử quân sự là những chủ đề khác.",
        "Ambassador Nguyễn Thanh Sơn and Deputy Prime Minister Bùi Thanh Sơn attended. Sơn spoke first.",
      ),
    ).toEqual(["nguyen-thi-kim-ngan", "ngo-xuan-lich", "nguyen-thanh-son", "bui-thanh-son"]);
  });
});
