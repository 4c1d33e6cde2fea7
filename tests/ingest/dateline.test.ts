import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { capitaliseAllCapsPlace, ledeCreditedWire, parseDateline, parseReportingFrom } from "../../src/ingest/dateline.ts";
import { publisherByHostStem } from "../../src/taxonomy/publishers.ts";

describe("parseDateline", () => {
  it("reads a place, the agency in brackets and a full date before the dash (AFP re-posted: `Hanoi (AFP) Oct 31, 2010 -`), not a bracket before prose", () => {
    expect(
      parseDateline("Hanoi (AFP) Oct 31, 2010 - On Sunday Russia and Vietnam signed a deal, put at some 5.6 billion dollars."),
    ).toEqual({
      place: "Hanoi",
      agency: "AFP",
      monthDay: { month: 10, day: 31 },
      day: { year: 2010, month: 10, day: 31 },
      rest: "On Sunday Russia and Vietnam signed a deal, put at some 5.6 billion dollars.",
    });
    expect(parseDateline("Hanoi (VNA) Many people attended the fair - The fair opened.")).toBeUndefined();
  });

  it("reads a wire's name and a colon opening the lede (`Reuters: В среду …`), not any word and a colon", () => {
    expect(
      parseDateline("Reuters: В среду глава МИД России Сергей Лавров призвал все стороны в мире постараться защитить международное право."),
    ).toEqual({
      agency: "Reuters",
      rest: "В среду глава МИД России Сергей Лавров призвал все стороны в мире постараться защитить международное право.",
    });
    expect(parseDateline("Vietnam: The minister said the talks went well.")).toBeUndefined();
    expect(parseDateline("The Moscow Times: The minister said the talks went well.")).toBeUndefined();
  });

  it("reads OREANDA-NEWS's code and full date as sentences (`OREANDA-NEWS. October 28, 2009. In …`), not a sentence after a code", () => {
    expect(parseDateline("OREANDA-NEWS. October 28, 2009. In the course of the call the two heads of government reviewed trade.")).toEqual({
      agency: "OREANDA-NEWS",
      monthDay: { month: 10, day: 28 },
      day: { year: 2009, month: 10, day: 28 },
      rest: "In the course of the call the two heads of government reviewed trade.",
    });
    expect(parseDateline("NATO. The alliance met on October 28, 2009. It agreed on new rules.")).toBeUndefined();
  });

  it("reads an ordinary-case place with a full date and a dash (Eleousa: `Hanoi, 20 giugno 2024 –`), not a place alone", () => {
    expect(parseDateline("Hanoi, 20 giugno 2024 – Il presidente della Russia Vladimir Putin si è recato in visita di Stato.")).toEqual({
      place: "Hanoi",
      monthDay: { month: 6, day: 20 },
      day: { year: 2024, month: 6, day: 20 },
      rest: "Il presidente della Russia Vladimir Putin si è recato in visita di Stato.",
    });
    expect(parseDateline("Hanoi, Vietnam – The minister said the talks went well.")).toBeUndefined();
    expect(parseDateline("Hanoi, a city of eight million – The minister said.")).toBeUndefined();
  });

  it("reads Interfax's `Москва. 24 февраля. INTERFAX.RU -`: a known outlet after the place and the day", () => {
    expect(parseDateline("Москва. 24 февраля. INTERFAX.RU - Встречаясь с министром иностранных дел Вьетнама, Лавров предложил.")).toEqual({
      place: "Москва",
      agency: "INTERFAX.RU",
      monthDay: { month: 2, day: 24 },
      rest: "Встречаясь с министром иностранных дел Вьетнама, Лавров предложил.",
    });
    // Not an outlet there, or not a day: a sentence, not a dateline.
    expect(parseDateline("Москва. 24 февраля. Путин - Встречаясь с министром.")).toBeUndefined();
    expect(parseDateline("Hanoi. Monday morning. VOV.VN - Text of the story.")).toBeUndefined();
  });

  it("reads seed 003/004's `HÀ NỘI —` and removes it from the paragraph", () => {
    expect(parseDateline("HÀ NỘI — Prime Minister Phạm Minh Chính on Tuesday welcomed his Russian counterpart")).toEqual({
      place: "Hà Nội",
      rest: "Prime Minister Phạm Minh Chính on Tuesday welcomed his Russian counterpart",
    });
  });

  it.each([
    ["MOSCOW (Reuters) - Russia said", { place: "Moscow", agency: "Reuters", rest: "Russia said" }],
    [
      "HANOI, Jan 14 (Reuters) - Vietnam's leader",
      { place: "Hanoi", agency: "Reuters", monthDay: { month: 1, day: 14 }, rest: "Vietnam's leader" },
    ],
    ["HANOI, Vietnam (AP) — Russian Prime Minister", { place: "Hanoi", agency: "AP", rest: "Russian Prime Minister" }],
    [
      "Hanoi, January 14 (VNA) – Party General Secretary",
      { place: "Hanoi", agency: "VNA", monthDay: { month: 1, day: 14 }, rest: "Party General Secretary" },
    ],
    ["Hanoi (VNA) – The Party chief", { place: "Hanoi", agency: "VNA", rest: "The Party chief" }],
    [
      "MOSCOW, January 14. /TASS/. Russian Prime Minister",
      { place: "Moscow", agency: "TASS", monthDay: { month: 1, day: 14 }, rest: "Russian Prime Minister" },
    ],
    ["HO CHI MINH CITY — Exports rose", { place: "Ho Chi Minh City", rest: "Exports rose" }],
    ["TTO - Chiều 14-1, tại Trụ sở Chính phủ", { agency: "TTO", rest: "Chiều 14-1, tại Trụ sở Chính phủ" }],
    ["NDO – Prime Minister Pham Minh Chinh", { agency: "NDO", rest: "Prime Minister Pham Minh Chinh" }],
  ])("reads %s", (paragraph, dateline) => {
    expect(parseDateline(paragraph)).toEqual(dateline);
  });

  it("does not read an ordinary opening as a dateline", () => {
    expect(parseDateline("NA Chairman Mẫn said the Vietnamese NA has developed an action plan.")).toBeUndefined();
    expect(parseDateline("PM Mishustin said that Russia considers Việt Nam a key partner.")).toBeUndefined();
    expect(parseDateline("Vietnam - Russia relations are growing, he said.")).toBeUndefined();
    expect(parseDateline("BREAKING — Russia's prime minister lands")).toBeUndefined();
    expect(parseDateline("Tô Lâm (right) – a portrait")).toBeUndefined();
  });
});

describe("a TASS dateline whose place carries its country between slashes (blind-vnru-8, 151)", () => {
  it("reads the place, the day and the agency and removes them from the paragraph", () => {
    expect(
      parseDateline(
        "BURABAI SETLEMENT /Kazakhstan/, May 29. /TASS/. Russia's Prime Minister Dmitry Medvedev said on Friday that a free trade deal",
      ),
    ).toEqual({
      place: "Burabai Setlement",
      agency: "TASS",
      monthDay: { month: 5, day: 29 },
      rest: "Russia's Prime Minister Dmitry Medvedev said on Friday that a free trade deal",
    });
  });

  it("does not take a slashed aside in a sentence for a dateline", () => {
    expect(parseDateline("TRADE /Exports/, he said. /The ministry/ reported growth")).toBeUndefined();
    expect(parseDateline("The ministry /Kazakhstan/, May 29. /TASS/. Russia said")).toBeUndefined();
  });
});

describe("capitaliseAllCapsPlace", () => {
  it("keeps diacritics and title-cases", () => {
    expect(capitaliseAllCapsPlace("ĐÀ NẴNG")).toBe("Đà Nẵng");
    expect(capitaliseAllCapsPlace("Hanoi")).toBe("Hanoi");
  });
});

describe("datelines of other sites", () => {
  it("reads the agency named after the dash (RIA Novosti)", () => {
    expect(parseDateline("МОСКВА, 14 янв — РИА Новости. Председатель правительства России Михаил Мишустин прибыл во Вьетнам.")).toEqual({
      place: "Москва",
      agency: "РИА Новости",
      monthDay: { month: 1, day: 14 },
      rest: "Председатель правительства России Михаил Мишустин прибыл во Вьетнам.",
    });
  });

  it("reads a paper's name of several words standing for the dateline (Hanoi Times)", () => {
    expect(parseDateline("The Hanoi Times – Chairman of the Hanoi People's Committee signed the program.")).toEqual({
      agency: "The Hanoi Times",
      rest: "Chairman of the Hanoi People's Committee signed the program.",
    });
  });

  it("does not take an aside in dashes for a dateline", () => {
    expect(parseDateline("BRICS – the group of emerging economies – met in Kazan.")).toBeUndefined();
    expect(parseDateline("The two leaders – Putin and Lam – met in Hanoi.")).toBeUndefined();
  });
});

describe("more agency datelines", () => {
  it("reads Interfax's full stop after the place", () => {
    expect(parseDateline("MOSCOW. Jan 30 (Interfax) - Russian Foreign Minister Sergei Lavrov has sent a message.")).toMatchObject({
      place: "Moscow",
      agency: "Interfax",
      monthDay: { month: 1, day: 30 },
      rest: "Russian Foreign Minister Sergei Lavrov has sent a message.",
    });
  });

  it("reads outlets and a full date inside the bracket, with no dash after it (UrduPoint carrying Sputnik)", () => {
    expect(
      parseDateline(
        "MOSCOW (UrduPoint News / Sputnik - 16th September, 2021) Russian Foreign Minister Sergey Lavrov is to meet his Vietnamese counterpart.",
      ),
    ).toEqual({
      place: "Moscow",
      agency: "UrduPoint News / Sputnik",
      monthDay: { month: 9, day: 16 },
      day: { year: 2021, month: 9, day: 16 },
      rest: "Russian Foreign Minister Sergey Lavrov is to meet his Vietnamese counterpart.",
    });
    // A bracket that ends in anything but a full date is an aside, not a dateline.
    expect(parseDateline("NATO (North Atlantic Treaty - the alliance) Leaders met in Vilnius.")).toBeUndefined();
    expect(parseDateline("MOSCOW (Sputnik - 16th September) Lavrov met his counterpart.")).toBeUndefined();
  });

  it("reads a known paper code closed by a full stop (Báo Quốc tế)", () => {
    expect(parseDateline("TG&VN. Chiều 3/3, Bộ trưởng Ngoại giao đã điện đàm.")).toEqual({
      agency: "TG&VN",
      rest: "Chiều 3/3, Bộ trưởng Ngoại giao đã điện đàm.",
    });
    expect(parseDateline("Mr. Smith arrived in Hanoi on Tuesday.")).toBeUndefined();
  });
});

describe("place-and-outlet datelines", () => {
  it("reads CNN's place followed by the outlet", () => {
    expect(parseDateline("Hong Kong CNN — Russian President Vladimir Putin was welcomed in Hanoi.")).toEqual({
      place: "Hong Kong",
      agency: "CNN",
      rest: "Russian President Vladimir Putin was welcomed in Hanoi.",
    });
    expect(parseDateline("Prime Minister NATO — a joke")).toBeUndefined();
  });

  it("reads CNA's all-capital place with a colon, but not a label", () => {
    expect(parseDateline("HANOI: Vietnam and Russia on Tuesday agreed to cooperate.")).toEqual({
      place: "Hanoi",
      rest: "Vietnam and Russia on Tuesday agreed to cooperate.",
    });
    expect(parseDateline("NOTE: The figures are provisional.")).toBeUndefined();
  });

  it("reads a place with its country and the wire's code before the colon (blind-vnru-15, 239)", () => {
    expect(
      parseDateline(
        "LANGKAWI, MALAYSIA (BNS): The first of six Varshavyanka class submarines Vietnam is buying from Russia will reach it in 2013.",
      ),
    ).toEqual({
      place: "Langkawi",
      agency: "BNS",
      rest: "The first of six Varshavyanka class submarines Vietnam is buying from Russia will reach it in 2013.",
    });
    expect(parseDateline("HANOI, Vietnam: the talks went on.")).toBeUndefined();
    expect(parseDateline("NOTE (BNS): The figures are provisional.")).toBeUndefined();
  });

  it("reads the BBC's reporting line", () => {
    expect(parseReportingFrom("Reporting fromHanoi")).toBe("Hanoi");
    expect(parseReportingFrom("Reporting from Ho Chi Minh City")).toBe("Ho Chi Minh City");
    expect(parseReportingFrom("Reporting from the region was difficult.")).toBeUndefined();
  });
});

describe("a dateline with its year", () => {
  it("gives the full day (`HANOI, Jan 15, 2025 (Reuters) -`)", () => {
    expect(parseDateline("HANOI, Jan 15, 2025 (Reuters) - Russia and Vietnam signed a roadmap on Wednesday.")).toMatchObject({
      place: "Hanoi",
      agency: "Reuters",
      monthDay: { month: 1, day: 15 },
      day: { year: 2025, month: 1, day: 15 },
    });
  });

  it("but none from a dateline without one", () => {
    expect(parseDateline("HANOI, Jan 15 (Reuters) - Russia and Vietnam signed a roadmap.")?.day).toBeUndefined();
  });
});

describe("a site's domain opening the lede", () => {
  it("reads `Kinhtedothi -` as the code of kinhtedothi.vn (blind-vnru-10, 179), not a word that opens no listed host", () => {
    expect(
      parseDateline("Kinhtedothi - Sáng nay (8/12), Chủ tịch Quốc hội dẫn đoàn đại biểu rời Hà Nội, lên đường thăm Liên bang Nga."),
    ).toMatchObject({
      agency: "Kinhtedothi",
      rest: "Sáng nay (8/12), Chủ tịch Quốc hội dẫn đoàn đại biểu rời Hà Nội, lên đường thăm Liên bang Nga.",
    });
    expect(parseDateline("Kinhtexanh - Sáng nay (8/12), Chủ tịch Quốc hội dẫn đoàn đại biểu rời Hà Nội.")?.agency).toBeUndefined();
    expect(publisherByHostStem("kinhtedothi")?.name).toBe("Kinh tế & Đô thị");
    expect(publisherByHostStem("en")).toBeUndefined();
    expect(publisherByHostStem("Vietnam")).toBeUndefined();
  });
});

describe("ledeCreditedWire", () => {
  it("reads the wire a rewrite credits at the end of its lede's first sentence (`…, сообщает ТАСС.`), not a press service or a later sentence", () => {
    expect(
      ledeCreditedWire(
        "Экономический диалог России и Вьетнама выходит на новый уровень, сообщает ТАСС. Переговоры в Ханое показывают, что нынешние объемы торговли больше не отражают потенциала.",
      ),
    ).toBe("ТАСС");
    expect(ledeCreditedWire("Trade between the two countries grew by a fifth last year, TASS reported.")).toBe("TASS");
    expect(ledeCreditedWire("Путин провел телефонный разговор с То Ламом, сообщает пресс-служба Кремля.")).toBeUndefined();
    expect(ledeCreditedWire("Путин провел телефонный разговор с То Ламом. Переговоры шли час, сообщает ТАСС.")).toBeUndefined();
  });

  it("reads the credit standing as the lede's second sentence (`Об этом пишет РИА Новости.`, blind-vnru-10, 183), not a press service or a later sentence", () => {
    expect(
      ledeCreditedWire(
        "Президент РФ Владимир Путин прибыл в Пекин с двухдневным визитом: он выступит на открытии форума и проведет ряд встреч. Об этом пишет РИА Новости.",
      ),
    ).toBe("РИА Новости");
    expect(ledeCreditedWire("Путин провел телефонный разговор с То Ламом. Об этом сообщает ТАСС.")).toBe("ТАСС");
    expect(ledeCreditedWire("Путин провел телефонный разговор с То Ламом. Об этом сообщает пресс-служба Кремля.")).toBeUndefined();
    expect(
      ledeCreditedWire("Путин провел телефонный разговор с То Ламом. Стороны обсудили торговлю. Об этом сообщает ТАСС."),
    ).toBeUndefined();
  });

  it("reads a credit opening a sentence of the lede (`Как передает РИА Новости, …`, blind-vnru-8, 150), not a ministry or a credit inside a sentence", () => {
    expect(
      ledeCreditedWire(
        "Владимир Путин, президент России, принял в Кремле министра иностранных дел Вьетнама Ле Хоай Чунга. Как передает РИА Новости, министр приехал в Москву спецпосланником генерального секретаря ЦК Компартии Вьетнама То Лама.",
      ),
    ).toBe("РИА Новости");
    expect(ledeCreditedWire("As reported by TASS, the two ministers met in Hanoi on Monday.")).toBe("TASS");
    expect(ledeCreditedWire("Как сообщает Министерство иностранных дел, переговоры пройдут в Ханое.")).toBeUndefined();
    expect(ledeCreditedWire("Министр рассказал, как передает ТАСС, о новых планах.")).toBeUndefined();
  });

  it("reads the wire's special envoy or reporter opening the lede (`Theo đặc phái viên TTXVN, …`, blind-vnru-9, 166), not a ministry or a person", () => {
    expect(
      ledeCreditedWire(
        "Theo đặc phái viên TTXVN, chiều 1/9 tại thành phố Thiên Tân, Thủ tướng Chính phủ Phạm Minh Chính đã gặp Tổng thống Nga Vladimir Putin.",
      ),
    ).toBe("TTXVN");
    expect(ledeCreditedWire("Theo phóng viên TTXVN, hai bên đã ký kết nhiều văn kiện.")).toBe("TTXVN");
    expect(ledeCreditedWire("Theo Bộ Ngoại giao, chuyến thăm sẽ diễn ra vào tuần tới.")).toBeUndefined();
    expect(ledeCreditedWire("Theo Đại sứ Đặng Minh Khôi, quan hệ hai nước phát triển tốt.")).toBeUndefined();
  });
});

describe("a wire's own dateline under the headline: place, then the wire's code and the day in brackets (blind-vnru-10, 181)", () => {
  const lede =
    "Theo lời mời của Tổng thống Liên bang Nga Vladimir Putin, Chủ tịch nước Nguyễn Xuân Phúc dẫn đoàn đại biểu cấp cao Việt Nam sang thăm chính thức Liên bang Nga.";
  const parse = (text: string) => parseSource(text, { today: "2026-12-03" });
  it("names the wire as the publisher, not as a carried agency", () => {
    const parsed = parse(`Quan hệ Việt Nam - Nga ngày càng sâu rộng và hiệu quả\nHà Nội (TTXVN 29/11/2021)\n${lede}`);
    expect(parsed).toMatchObject({ date: "2021-11-29", publisher: "Vietnam News Agency" });
    expect(parsed.agency).toBeUndefined();
  });
  it("reads the wire's code in brackets before the day (blind-vnru-15, 237)", () => {
    const english = "A string of arms deals has been signed by Russia and Vietnam, among them submarines and jet fighters.";
    const parsed = parse(`Russia, Vietnam ink submarine, arms deal\nby Staff Writers\nMoscow (UPI) Dec 21, 2009\n${english}`);
    expect(parsed).toMatchObject({ date: "2009-12-21", publisher: "United Press International" });
    const unknown = parse(`Russia, Vietnam ink submarine, arms deal\nMoscow (Monday) Dec 21, 2009\n${english}`);
    expect(unknown).toMatchObject({ date: "2009-12-21" });
    expect(unknown.publisher).toBeUndefined();
  });
  it("names no publisher from a date line whose brackets hold no wire", () => {
    const parsed = parse(`Quan hệ Việt Nam - Nga ngày càng sâu rộng và hiệu quả\nHà Nội (Thứ Hai 29/11/2021)\n${lede}`);
    expect(parsed.publisher).toBeUndefined();
  });
});

describe("a wire's reporter as the subject of the lede (blind-vnru-13, 211)", () => {
  it("credits the wire whose special envoy or reporter tells the news", () => {
    expect(
      ledeCreditedWire(
        "Đặc phái viên TTXVN cho biết, trong ngày 11-9, ngày tiếp theo của chuyến thăm chính thức LB Nga, Thủ tướng Nguyễn Tấn Dũng đã đặt vòng hoa tại Đài tưởng niệm các Liệt sĩ vô danh.",
      ),
    ).toBe("TTXVN");
    expect(
      ledeCreditedWire(
        "Phóng viên TTXVN tại Moskva cho biết, ngày 23/5, bên lề chuyến thăm chính thức Liên bang Nga của Thủ tướng Nguyễn Xuân Phúc, hai bên đã ký biên bản.",
      ),
    ).toBe("TTXVN");
  });

  it("credits no one for a reporter who is a person, or a reporter named inside a sentence", () => {
    expect(ledeCreditedWire("Phóng viên Nguyễn Văn An cho biết, đoàn đã tới Moskva chiều 8/9.")).toBeUndefined();
    expect(ledeCreditedWire("Ông An kể lại những gì phóng viên TTXVN cho biết, rồi đoàn tới Moskva.")).toBeUndefined();
  });
});
