/**
 * The rules fitted to the sixty-ninth blind Việt Nam–Russia set (882–893), both
 * from a forum's thread carrying a paper's article (890): the day a member joined
 * the forum, under its label, is no date of the page, and a reply's subject
 * (`Re: …`) is the thread's title under the reply's mark. With the real lines
 * they were written for and lines they must not take.
 */
import { describe, expect, it } from "vitest";
import { parseDateLine } from "../../src/ingest/date-line.ts";
import { isMemberSinceLabel } from "../../src/ingest/member-stamps.ts";
import { withoutReplyMark } from "../../src/ingest/reply-subject.ts";

describe("a forum member's joining day is no date of the page (blind-vnru-69, 890)", () => {
  it("refuses the joining time under its label, in Russian, English and Vietnamese", () => {
    expect(parseDateLine("Зарегистрирован: 15 мар 2017 14:33")).toBeUndefined();
    expect(parseDateLine("Зарегистрирована: 15.03.2017")).toBeUndefined();
    expect(parseDateLine("Joined: Mar 15, 2017")).toBeUndefined();
    expect(parseDateLine("Member since 15 March 2017")).toBeUndefined();
    expect(parseDateLine("Ngày tham gia: 15/03/2017")).toBeUndefined();
    expect(isMemberSinceLabel("Зарегистрирован: ")).toBe(true);
  });

  it("still reads a publication stamp, with or without its own label", () => {
    expect(parseDateLine("Опубликовано: 15 марта 2017 14:33")).toMatchObject({ date: { year: 2017, month: 3, day: 15 } });
    expect(parseDateLine("07.09.2018 19:16")).toMatchObject({ date: { year: 2018, month: 9, day: 7 } });
    expect(parseDateLine("Posted on March 15, 2017")).toMatchObject({ date: { year: 2017, month: 3, day: 15 } });
    expect(isMemberSinceLabel("Posted by a member who joined ")).toBe(false);
    expect(isMemberSinceLabel("Сообщение ozes » ")).toBe(false);
  });
});

describe("a reply's subject is the thread's title under the reply's mark (blind-vnru-69, 890)", () => {
  it("takes the mark off the subject", () => {
    expect(withoutReplyMark("Re: 70-летие установления дипломатических отношений между Вьетнамом и Россией, 30 января 2020")).toBe(
      "70-летие установления дипломатических отношений между Вьетнамом и Россией, 30 января 2020",
    );
    expect(withoutReplyMark("RE: Vietnam and Russia")).toBe("Vietnam and Russia");
    expect(withoutReplyMark("Re[2]: Vietnam and Russia")).toBe("Vietnam and Russia");
  });

  it("leaves a headline alone when it has no reply's mark", () => {
    expect(withoutReplyMark("Отношения дружбы между Вьетнамом и Россией непрерывно укрепляются")).toBe(
      "Отношения дружбы между Вьетнамом и Россией непрерывно укрепляются",
    );
    expect(withoutReplyMark("Renewed ties: Vietnam and Russia")).toBe("Renewed ties: Vietnam and Russia");
    expect(withoutReplyMark("Re:")).toBe("Re:");
    expect(withoutReplyMark("Rosatom: Re-entering Vietnam")).toBe("Rosatom: Re-entering Vietnam");
  });
});
