/**
 * The rules fitted to the sixty-seventh blind Việt Nam–Russia set (858–869): a
 * byline under the Russian label `Автор:` (866), and the Russian words for the
 * opening of the cross Year, the taxonomy's keyword of Nguyễn Xuân Phúc's visit
 * of May 2019 (867). With the reworded real lines they were written for and
 * lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/ingest/byline.ts";
import { anchorsOf, eventsOf } from "../taxonomy/event-tagging.ts";

describe("a byline under the Russian label `Автор:` (blind-vnru-67, 866)", () => {
  it("reads the name after the label, with or without the colon", () => {
    expect(parseByline("Автор: Мария Михайловская")).toMatchObject({ author: "Мария Михайловская" });
    expect(parseByline("автор Мария Михайловская")).toMatchObject({ author: "Мария Михайловская" });
    expect(parseByline("Автор: Игорь Сергеев | 07.09.2018 19:16")).toMatchObject({
      author: "Игорь Сергеев",
      remainder: "07.09.2018 19:16",
    });
  });

  it("not a photo's author, not a sentence about an author, not the label alone", () => {
    expect(parseByline("Автор фото: Мария Михайловская")).toBeUndefined();
    expect(parseByline("Автор книги рассказал о Вьетнаме")).toBeUndefined();
    expect(parseByline("Автор проекта Игорь Сергеев представил выставку в Ханое.")).toBeUndefined();
    expect(parseByline("Автор:")).toBeUndefined();
    expect(parseByline("Авторы")).toBeUndefined();
  });
});

describe("the cross Year's opening in Moscow, as a Russian report names it (blind-vnru-67, 867)", () => {
  /** The event's name, as the anchors of an undated text give it. */
  const VISIT = "Nguyễn Xuân Phúc's official visit to Russia (2019)";
  const title = "Медведев и Нгуен Суан Фук открыли в «Зарядье» перекрестный Год России и Вьетнама";
  const lede =
    "МОСКВА, 22 мая. /ТАСС/. Россия и Вьетнам берегут общую историю и готовы всячески укреплять связи между двумя странами. Так заявил председатель правительства РФ Дмитрий Медведев на торжественной церемонии открытия перекрестного Года России и Вьетнама в московском концертном зале «Зарядье».";

  it("tags Phúc's visit of May 2019 on a dated page and anchors an undated one on it", () => {
    expect(eventsOf("2019-05-22", title, lede)).toContain("nguyen-xuan-phuc-russia-visit-2019");
    expect(anchorsOf(title, lede)).toEqual([VISIT]);
  });

  it("not the cross Year named without its opening, not a page long after it, not without the event's people", () => {
    expect(
      eventsOf(
        "2019-12-20",
        "В Ханое подвели итоги перекрестного Года России и Вьетнама",
        "Итоги перекрестного Года России и Вьетнама подвели в Ханое 20 декабря.",
      ),
    ).not.toContain("nguyen-xuan-phuc-russia-visit-2019");
    expect(
      eventsOf("2021-05-22", "Два года назад", "Нгуен Суан Фук вспомнил церемонию открытия перекрестного Года России и Вьетнама в Москве."),
    ).not.toContain("nguyen-xuan-phuc-russia-visit-2019");
    expect(
      anchorsOf(
        "Открытие перекрестного Года России и Вьетнама",
        "На церемонии открытия перекрестного Года России и Вьетнама выступили артисты.",
      ),
    ).not.toContain(VISIT);
  });
});
