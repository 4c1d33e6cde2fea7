import { describe, expect, it } from "vitest";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";

describe("splitSourceLines", () => {
  it("joins a sentence broken where links stood, its full stop left at the head of the next line (blind-vnru-9, 164)", () => {
    const broken = [
      "Ле Хоай Чунг приехал в Москву во вторник",
      "в качестве спецпосланника генерального секретаря ЦК Компартии Вьетнама",
      "и провел встречу с президентом РФ Владимиром Путиным",
      ". На встрече с вьетнамским министром Путин, в свою очередь, тоже указал на позитивное развитие отношений между странами.",
    ].join("\n");
    expect(splitSourceLines(broken)).toEqual([
      "Ле Хоай Чунг приехал в Москву во вторник в качестве спецпосланника генерального секретаря ЦК Компартии Вьетнама и провел встречу с президентом РФ Владимиром Путиным. На встрече с вьетнамским министром Путин, в свою очередь, тоже указал на позитивное развитие отношений между странами.",
    ]);
  });

  it("leaves a line opening with punctuation under a finished sentence, and an ellipsis, on their own", () => {
    expect(splitSourceLines("The two leaders met in Moscow.\n. . .\nThey signed four agreements.")).toEqual([
      "The two leaders met in Moscow.",
      ". . .",
      "They signed four agreements.",
    ]);
    expect(splitSourceLines("Xem thêm\n...và nhiều tin khác")).toEqual(["Xem thêm", "...và nhiều tin khác"]);
  });

  it("keeps a bare address under a paragraph on a line of its own (a blog's link to its source), and still joins a wrapped word", () => {
    expect(
      splitSourceLines(
        "He told reporters the project was a very important one, bu ... more\nhttp://www.nuclearpowerdaily.com/reports/Vietnam_Russia_sign_deal_on_first_nuclear_plant_999.html",
      ),
    ).toEqual([
      "He told reporters the project was a very important one, bu ... more",
      "http://www.nuclearpowerdaily.com/reports/Vietnam_Russia_sign_deal_on_first_nuclear_plant_999.html",
    ]);
    expect(splitSourceLines("He told reporters the project was a\nhttp-based one.")).toEqual([
      "He told reporters the project was a http-based one.",
    ]);
  });

  it("joins a hard-wrapped reprint's full lines even before a capital (`… khẳng định Việt` / `Nam và …`), and keeps its paragraphs", () => {
    const wrapped = [
      "Những ngày văn hóa Nga tại Việt Nam được tổ chức đúng dịp kỷ niệm 96 năm",
      "Cách mạng tháng Mười Nga (7/11/1917-7/11/2013) và chuyến thăm cấp Nhà nước",
      "tới Việt Nam của Tổng thống Nga V. Putin.",
      "Tại lễ khai mạc, Chủ tịch nước Trương Tấn Sang phát biểu khẳng định Việt",
      "Nam và Liên bang Nga có lịch sử quan hệ lâu đời và tình hữu nghị thủy",
      "chung gắn bó; với nhân dân Việt Nam, nhân dân Nga anh em là những người",
      "bạn thân thiết, hết lòng.",
      "Với người Việt Nam, nền văn hóa Nga vĩ đại hết sức gần gũi, thân thương.",
    ].join("\n");
    expect(splitSourceLines(wrapped)).toEqual([
      "Những ngày văn hóa Nga tại Việt Nam được tổ chức đúng dịp kỷ niệm 96 năm Cách mạng tháng Mười Nga (7/11/1917-7/11/2013) và chuyến thăm cấp Nhà nước tới Việt Nam của Tổng thống Nga V. Putin.",
      "Tại lễ khai mạc, Chủ tịch nước Trương Tấn Sang phát biểu khẳng định Việt Nam và Liên bang Nga có lịch sử quan hệ lâu đời và tình hữu nghị thủy chung gắn bó; với nhân dân Việt Nam, nhân dân Nga anh em là những người bạn thân thiết, hết lòng.",
      "Với người Việt Nam, nền văn hóa Nga vĩ đại hết sức gần gũi, thân thương.",
    ]);
  });

  it("does not join a headline to its lede in a copy of whole paragraphs", () => {
    const page = [
      "Petrovietnam, Zarubezhneft Mull Third Venture and Plan New Exploration",
      "Petrovietnam and Zarubezhneft are weighing a third joint venture to look for oil and gas in the Barents Sea, according to the Vietnamese company.",
      "Since 1981 Petrovietnam and Zarubezhneft have produced oil and gas off southern Vietnam through Vietsovpetro, a joint venture split 51/49.",
    ].join("\n");
    expect(splitSourceLines(page)).toHaveLength(3);
  });

  it("keeps seed 002's byline and related-news heading apart (no blank line between them)", () => {
    expect(splitSourceLines("Thanh Hà\nTIN LIÊN QUAN\n\n|")).toEqual(["Thanh Hà", "TIN LIÊN QUAN", "|"]);
  });

  it("keeps seed 001's navigation lines apart", () => {
    expect(splitSourceLines("No data\nNo data\n\nSame tag")).toEqual(["No data", "No data", "Same tag"]);
  });

  it("joins hard-wrapped wire copy", () => {
    expect(
      splitSourceLines("HANOI (Reuters) - Vietnam's leader met the\nRussian prime minister on Tuesday,\nofficials said.\n\nNext."),
    ).toEqual(["HANOI (Reuters) - Vietnam's leader met the Russian prime minister on Tuesday, officials said.", "Next."]);
    expect(splitSourceLines("the visit\nwill last two days")).toEqual(["the visit will last two days"]);
  });

  it("does not join markup lines that only look like continuations", () => {
    expect(splitSourceLines("---\ntitle: not front matter\n---")).toEqual(["---", "title: not front matter", "---"]);
  });

  it("collapses runs of spaces and drops blank lines", () => {
    expect(splitSourceLines("  a   b \n\n\n c")).toEqual(["a b", "c"]);
  });

  it("makes any run of white space one space: form feeds and line separators too", () => {
    expect(splitSourceLines("Hanoi\f\f —\u2028Russian President \u205F\u1680 Putin arrived.\v")).toEqual([
      "Hanoi — Russian President Putin arrived.",
    ]);
  });

  it("joins a paragraph hard-wrapped over thousands of lines, judging each line by the end of the last", () => {
    const lines = splitSourceLines(
      `HANOI (Reuters) - The talks went on with\n${"the delegations of the two countries, and\n".repeat(5_000)}officials said.\n\nNext.`,
    );
    expect(lines).toEqual([
      `HANOI (Reuters) - The talks went on with ${"the delegations of the two countries, and ".repeat(5_000)}officials said.`,
      "Next.",
    ]);
  });

  it("joins a dateline left on a line of its own to its paragraph (CNN)", () => {
    expect(splitSourceLines("Hong Kong CNN —\nRussian President Vladimir Putin was welcomed.")).toEqual([
      "Hong Kong CNN — Russian President Vladimir Putin was welcomed.",
    ]);
    expect(splitSourceLines("Ceasefire talks — a timeline\nThe first round began in May.")).toHaveLength(2);
  });
});

describe("a date stamp in lower case", () => {
  it("stands on its own line under the headline (`четверг, 20 июня 2024`, `от 20.06.2024`)", () => {
    expect(splitSourceLines("Путин и То Лам провели переговоры\nчетверг, 20 июня 2024")).toEqual([
      "Путин и То Лам провели переговоры",
      "четверг, 20 июня 2024",
    ]);
    expect(splitSourceLines("Лавров провел переговоры\nот 20.06.2024")).toHaveLength(2);
  });

  it("but a wrapped sentence that goes on in lower case is still one line", () => {
    expect(splitSourceLines("Президент прибыл в Ханой\nв четверг, 20 июня 2024 года, с визитом.")).toHaveLength(1);
    expect(splitSourceLines("Лавров провел переговоры\nчетверг был днем переговоров")).toHaveLength(1);
  });
});

describe("a hard-wrapped paragraph that goes on after a capital (blind-vnru-59, 767)", () => {
  const copy = [
    "Thông",
    "tin này được công bố tại cuộc họp báo của Đoàn các trường đại học Nga đang",
    "sang làm việc tại Việt Nam.",
    "Chương",
    "trình học bổng thuộc dự án giáo dục của các trường đại học Nga, được thực hiện",
    "từ năm 2014. Ở giai đoạn 6 của dự án, 6 trường đại học Nga đã tới Việt",
    "Nam để trao đổi với các cơ sở giáo dục Việt Nam tại Hà Nội, Hải Dương và Thái",
    "Nguyên. Hai bên đã bàn về khả năng cùng tổ chức các hoạt động như",
    "hội thảo, hội nghị và thi Olympic.",
  ];

  it("joins the line that stops on a word inside a paragraph already wrapped", () => {
    expect(splitSourceLines(copy.join("\n"))).toEqual([
      "Thông tin này được công bố tại cuộc họp báo của Đoàn các trường đại học Nga đang sang làm việc tại Việt Nam.",
      "Chương trình học bổng thuộc dự án giáo dục của các trường đại học Nga, được thực hiện từ năm 2014. Ở giai đoạn 6 của dự án, 6 trường đại học Nga đã tới Việt Nam để trao đổi với các cơ sở giáo dục Việt Nam tại Hà Nội, Hải Dương và Thái Nguyên. Hai bên đã bàn về khả năng cùng tổ chức các hoạt động như hội thảo, hội nghị và thi Olympic.",
    ]);
  });

  it("keeps a headline of one line that stops on a word apart from the lede under it", () => {
    const headed = ["Nga sẽ dành cho Việt Nam 1.000 suất học bổng vào năm 2018 theo dự án", ...copy.slice(3)];
    expect(splitSourceLines(headed.join("\n"))[0]).toBe("Nga sẽ dành cho Việt Nam 1.000 suất học bổng vào năm 2018 theo dự án");
  });
});
