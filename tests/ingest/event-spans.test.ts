/**
 * An undated text is dated from its relative words, anchored on the days of a
 * taxonomy event it names outright, or of the one event its people, keywords
 * and places report when its own evidence tells that event from the others
 * (event-spans.ts over the committed taxonomy). The Russian lines are reworded
 * from reports of Putin's state visit of June 2024.
 */
import { describe, expect, it } from "vitest";
import { decideAmong, eventSpansFor } from "../../src/ingest/event-spans.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const eventSpans = eventSpansFor(compileTaxonomy(realTaxonomy()));
const parse = (text: string) => parseSource(text, { today: "2026-12-03", eventSpans });

describe("eventSpansFor on the committed taxonomy", () => {
  it("tells Phúc's visits to Russia apart by the year of the summit the text names in passing (VOV World, blind-vnru-11, 191), and not without it", () => {
    const lede =
      "(VOVworld)- On Monday, at 13 hours Hanoi time, Prime Minister Nguyen Xuan Phuc and his delegation landed at Moscow's Vnukovo international airport, starting an official visit to Russia at the invitation of Russian Premier  Dmitry Medvedev.";
    const summit =
      "He is also to take part in the Russia-ASEAN summit in Sochi. The trip is Prime Minister Nguyen Xuan Phuc's first abroad, and it carries great weight for furthering the comprehensive strategic partnership between Vietnam and Russia.";
    const decided = eventSpans({ title: "", paragraphs: [lede, summit], captions: [] });
    expect(decided.map((span) => span.name)).toEqual(["Nguyễn Xuân Phúc's official visit to Russia (2016)"]);
    expect(decided[0]?.ambiguous).toBeUndefined();
    const withoutSummit = eventSpans({ title: "", paragraphs: [lede], captions: [] });
    expect(withoutSummit.length).toBeGreaterThan(1);
    expect(withoutSummit.every((span) => span.ambiguous)).toBe(true);
    expect(parse(`Phuc arrives in Moscow\n\n${lede}\n\n${summit}`)).toMatchObject({ date: "2016-05-16", dateInferred: true });
  });

  it("tells Medvedev's visits apart by who received him (Gulf Times: talks with Phúc, the host of 2018 only), over the years of other visits the text names", () => {
    const paragraphs = [
      "Russian Prime Minister Dmitry Medvedev held talks yesterday with his Vietnamese counterpart Nguyen Xuan Phuc on a state trip to Hanoi.",
      "The visit comes a year after President Vladimir Putin came to Vietnam for the 2017 Apec summit in Da Nang.",
      "Medvedev was last in Vietnam in 2015, and Putin last paid an official state visit to Hanoi in 2013.",
    ];
    expect(eventSpans({ title: "", paragraphs, captions: [] }).map((span) => span.name)).toEqual([
      "Dmitry Medvedev's official visit to Việt Nam (2018)",
    ]);
  });

  it("tells Putin's state visits apart by the year of the editor's month marker (` date 2024-06`), as by a year the text names", () => {
    const paragraphs = [
      "Đi cùng Tổng thống Liên bang Nga Vladimir Putin trong chuyến thăm cấp Nhà nước tới Việt Nam có Bộ trưởng Ngoại giao Sergei Lavrov và Phó Thủ tướng Dmitri Chernyshenko.",
      "Đoàn đại biểu Nga tới Hà Nội trong chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Vladimir Putin.",
    ];
    const undecided = eventSpans({ title: "", paragraphs, captions: [] });
    expect(undecided.length).toBeGreaterThan(1);
    expect(undecided.every((span) => span.ambiguous)).toBe(true);
    const marked = eventSpans({ title: "", paragraphs, captions: [], markerYears: [2024] });
    expect(marked.map((span) => span.start.year)).toEqual([2024]);
    expect(marked[0]?.ambiguous).toBeUndefined();
  });

  it("anchors 'on Monday' on the visit the text names (VNS, Volodin's visit of 28–29 September 2025)", () => {
    const text = `Russian State Duma Chairman concludes official visit to Việt Nam

Chairman of the State Duma Vyacheslav Volodin on Monday afternoon concluded his official visit to Việt Nam, during which he co-chaired the fourth session of the Inter-Parliamentary Cooperation Committee.`;
    expect(parse(text)).toMatchObject({ date: "2025-09-29", dateInferred: true });
  });

  it("anchors 'on Tuesday' on Putin's 2013 visit named with its month and year", () => {
    const text = `Putin holds talks in Hanoi

President Vladimir Putin arrived in Hanoi on Tuesday for talks with President Truong Tan Sang, Putin's state visit to Vietnam in November 2013 being his third as head of state.`;
    expect(parse(text)).toMatchObject({ date: "2013-11-12", dateInferred: true });
  });

  it("dates nothing from a visit the text does not name outright", () => {
    // Volodin came three times; without the session or the month, the text names none of his visits.
    const text = `Russian State Duma Chairman concludes official visit to Việt Nam

Chairman of the State Duma Vyacheslav Volodin on Monday afternoon concluded his official visit to Việt Nam.`;
    const spans = eventSpans({ title: "", paragraphs: text.split("\n\n"), captions: [] });
    expect(spans.map((span) => span.name)).toHaveLength(3);
    expect(spans.every((span) => span.ambiguous)).toBe(true);
    expect(parse(text).date).toBeUndefined();
  });
});

const THANKS = `Путин поблагодарил президента То Лама за гостеприимство

Президент России Владимир Путин направил вьетнамскому коллеге То Ламу телеграмму с благодарностью, опубликованную на сайте Кремля.

Российский лидер поблагодарил собеседника за теплый прием и гостеприимство, оказанные ему и всей делегации во время государственного визита во Вьетнам.

По словам Путина, от поездки во Вьетнам у него остались лучшие впечатления.`;

describe("an undated text that reports a visit without naming it", () => {
  it("takes the visit whose host it names, and dates thanks for it the day after (360, June 2024)", () => {
    // Putin visited Việt Nam in 2013 too; Tô Lâm received him only in 2024.
    const spans = eventSpans({ title: THANKS.split("\n\n")[0]!, paragraphs: THANKS.split("\n\n").slice(1), captions: [] });
    expect(spans).toEqual([expect.objectContaining({ name: "Vladimir Putin's state visit to Việt Nam", evidenced: true })]);
    expect(parse(THANKS)).toMatchObject({ date: "2024-06-21", dateInferred: true });
  });

  it("anchors 'В четверг' within the visit's days (Euronews, June 2024)", () => {
    const text = `Азиатская поездка Владимира Путина продолжилась в Ханое, куда он прилетел из Пхеньяна.

Перед двухдневным визитом глава Кремля написал статью для главной газеты Компартии Вьетнама.

В четверг прошли переговоры с генсеком Нгуен Фу Чонгом и президентом То Ламом, который занимает этот пост с мая.`;
    expect(parse(text)).toMatchObject({ date: "2024-06-20", dateInferred: true });
  });

  it("lets a day the text writes choose among the visits (Vedomosti, June 2024)", () => {
    const text = `Как прошел визит Владимира Путина во Вьетнам

Самолет президента приземлился в ханойском аэропорту после часа ночи. В главный день визита, 20 июня, Путин провел четыре встречи с руководством страны.`;
    expect(parse(text)).toMatchObject({ date: "2024-06-20", dateInferred: true });
    // The same report with no day and no host: Putin's visits of 2013 and 2024 fit alike.
    const undecided = `Как прошел визит Владимира Путина во Вьетнам

Самолет президента приземлился в ханойском аэропорту после часа ночи. Путин провел четыре встречи с руководством страны.`;
    expect(parse(undecided).date).toBeUndefined();
  });

  it("takes no visit from one background sentence in the body", () => {
    const text = `Владимир Путин провел переговоры с Генеральным секретарем То Ламом в Кремле, которые длились около трех с половиной часов после парада.

Стороны обсудили торговлю, энергетику и образование.

Договоренности об этом были достигнуты во время государственного визита Путина во Вьетнам.`;
    // The lede's talks in the Kremlin with Tô Lâm report his visit to Russia; Putin's visits to Việt Nam stay out.
    const names = eventSpans({ title: "", paragraphs: text.split("\n\n"), captions: [] }).map((span) => span.name);
    expect(names).toEqual(["Tô Lâm's visit to Russia and the 80th anniversary of Victory Day"]);
  });

  it("takes no visit from a text on the same leaders without a visit's words", () => {
    const text = `Putin extends New Year greetings to Vietnamese leader

Russian President Vladimir Putin sent a message of congratulations to General Secretary Nguyen Phu Trong.

Putin hoped cooperation between Vietnam and Russia would keep growing.`;
    expect(eventSpans({ title: "", paragraphs: text.split("\n\n"), captions: [] })).toEqual([]);
  });
});

describe("decideAmong", () => {
  const visit = (slug: string, start: string, hosts: string[]) => ({
    name: slug,
    slug,
    description: "",
    aliases: [],
    keywords: [],
    people: ["vladimir-putin"],
    start,
    hosts,
  });
  const of2013 = visit("v2013", "2013-11-12", ["truong-tan-sang", "nguyen-phu-trong"]);
  const of2024 = visit("v2024", "2024-06-19", ["to-lam", "nguyen-phu-trong"]);

  it("decides by a host of one visit only, or a year the text names", () => {
    expect(decideAmong([of2013, of2024], [], new Set(["to-lam"]))).toBe(of2024);
    expect(decideAmong([of2013, of2024], [2013], new Set())).toBe(of2013);
    expect(decideAmong([of2024], [], new Set())).toBe(of2024);
  });

  it("decides nothing from a host of both, nor from hosts and names that disagree", () => {
    expect(decideAmong([of2013, of2024], [], new Set(["nguyen-phu-trong"]))).toBeUndefined();
    expect(decideAmong([of2013, of2024], [2013, 2024], new Set())).toBeUndefined();
    expect(decideAmong([of2013, of2024], [], new Set(["to-lam"]), new Set([of2013.slug]))).toBeUndefined();
  });

  it("lets a host or a distinctive word outweigh a year the text names (NSN: `прежде он бывал … в 2013 и 2017 годах`)", () => {
    // The years of his earlier visits, in a report of the visit of 2024 that names Kim Jong Un's country.
    expect(decideAmong([of2013, of2024], [2001, 2006, 2013, 2017], new Set(["to-lam"]))).toBe(of2024);
    expect(decideAmong([of2013, of2024], [2001, 2006, 2013, 2017], new Set(), new Set([of2024.slug]))).toBe(of2024);
    // A year alone still decides when nothing else speaks.
    expect(decideAmong([of2013, of2024], [2013], new Set())).toBe(of2013);
  });
});

describe("a day written without a year, in a text that reports one event of the taxonomy", () => {
  it("takes the event's year before a year named in a historical phrase (September 1945)", () => {
    const text = `Prime Ministers hold talks

In talks in Hanoi on January 14, Prime Minister Pham Minh Chinh and Russian Prime Minister Mikhail Mishustin agreed to widen cooperation.

Ties go back to the proclamation of independence in September 1945, Chinh recalled.`;
    expect(parse(text)).toMatchObject({ date: "2025-01-14", dateInferred: true });
  });

  it("dates from the event, not from a day merely mentioned before it (`April 30, right before your visit`)", () => {
    const text = `Mikhail Mishustin meets To Lam

The talks took place during the official visit of General Secretary To Lam to the Russian Federation.

We are glad you came to the celebrations of the 80th anniversary of the Victory in the Great Patriotic War, Mikhail Mishustin told To Lam.

April 30, right before your visit, marked the 50th anniversary of the reunification of Vietnam.`;
    const date = parse(text).date;
    expect(date?.startsWith("2025-05-")).toBe(true);
  });

  it("dates a text the day before a day it says is to come (`sẽ diễn ra … vào ngày 6/9 tới`)", () => {
    const text = `Tổng bí thư Nguyễn Phú Trọng sẽ hội đàm với Tổng thống Putin ở Sochi

Theo Điện Kremlin, cuộc hội đàm giữa Tổng thống Vladimir Putin và Tổng bí thư Nguyễn Phú Trọng sẽ diễn ra tại Sochi vào ngày 6/9 tới.

Đây là dịp trước 70 năm quan hệ ngoại giao vào năm 2020.`;
    expect(parse(text)).toMatchObject({ date: "2018-09-05", dateInferred: true });
  });

  it("keeps a day that is past as written (`đã diễn ra … ngày 6/9`)", () => {
    const text = `Tổng bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Putin ở Sochi

Cuộc hội đàm giữa Tổng thống Vladimir Putin và Tổng bí thư Nguyễn Phú Trọng đã diễn ra tại Sochi ngày 6/9.`;
    expect(parse(text)).toMatchObject({ date: "2018-09-06", dateInferred: true });
  });

  it("tells Putin's visit of June 2024 from that of 2013 by a word only its reports write (`после Северной Кореи`)", () => {
    // Reworded from a Russian-language report of his arrival in Hanoi (tinsider.com.tr), which names no host.
    const text = `После Северной Кореи Путин во Вьетнаме

Президент России Владимир Путин прилетел в Ханой, столицу Вьетнама, где у него запланированы официальные встречи.

Как говорится в заявлении Кремля, Владимир Путин прибыл в вьетнамскую столицу с государственным визитом.`;
    expect(parse(text)).toMatchObject({ date: "2024-06-20", dateInferred: true });
    // Without it (and without a host or a year) both visits fit: refused, as before.
    const bare = text.replace("После Северной Кореи Путин во Вьетнаме", "Путин во Вьетнаме");
    expect(parse(bare).date).toBeUndefined();
  });

  it("takes one sentence of evidence as enough beside a distinctive word (dpa on nordot, `a short trip to North Korea`)", () => {
    const text = `Putin lauds 'trusted friend' Vietnam after signing co-operation deals

Russian President Vladimir Putin on Thursday stressed how much the strategic partnership with Hanoi matters to his country as he signed deals with Vietnamese leaders.

On a state visit that followed a short trip to North Korea on Wednesday, Putin was greeted with a 21-gun salute before he met President To Lam.`;
    expect(parse(text)).toMatchObject({ date: "2024-06-20", dateInferred: true });
    // The same sentence without the distinctive word is one background sentence: nothing reported, no date.
    expect(parse(text.replace("followed a short trip to North Korea on Wednesday", "was his fifth")).date).toBeUndefined();
  });

  it("anchors an event on its named non-participant in any spelling (`Путин` for the `Putin` of its name)", () => {
    // Reworded from Moscow 24's report of the call of January 2026.
    const text = `Как сообщила пресс-служба Кремля, Владимир Путин поздравил То Лама по телефону с избранием генеральным секретарем ЦК Компартии Вьетнама.

Российский лидер тепло поздравил То Лама с переизбранием на XIV съезде Коммунистической партии Вьетнама.`;
    expect(parse(text)).toMatchObject({ date: "2026-01-24", dateInferred: true });
    // Another leader's call to him (Xi Jinping's, the same week) does not anchor Putin's event.
    expect(parse(text.replaceAll("Владимир Путин", "Си Цзиньпин").replace("Российский", "Китайский")).date).toBeUndefined();
  });
});

describe("Putin and Lương Cường in Beijing, written in Russian (blind-vnru-9, 169)", () => {
  it("finds the meeting of September 2025 from `вьетнамским коллегой` with Lương Cường in the lede, and dates the undated page by it", () => {
    const paragraphs = [
      "Президент России Владимир Путин провел в Пекине встречу со своим вьетнамским коллегой Лыонг Кыонгом, сообщает пресс-служба Кремля.",
      "Обращаясь к журналистам перед встречей, президент РФ сказал, что за 75 лет между Россией и Вьетнамом сложились особые отношения.",
    ];
    expect(eventSpans({ title: "", paragraphs, captions: [] }).map((span) => span.name)).toEqual([
      "Putin's meetings with Lương Cường and Phạm Minh Chính",
    ]);
    expect(parse(paragraphs.join("\n\n")).date).toBe("2025-09-03");
  });

  it("does not take a meeting with another Vietnamese colleague for it", () => {
    const paragraphs = [
      "Президент России Владимир Путин провел в Сочи встречу со своим вьетнамским коллегой Чан Дай Куангом, сообщает пресс-служба Кремля.",
      "Обращаясь к журналистам перед встречей, президент РФ сказал, что между Россией и Вьетнамом сложились особые отношения.",
    ];
    expect(eventSpans({ title: "", paragraphs, captions: [] }).map((span) => span.name)).not.toContain(
      "Putin's meetings with Lương Cường and Phạm Minh Chính",
    );
  });
});
