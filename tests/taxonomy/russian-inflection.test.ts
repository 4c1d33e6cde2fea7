/**
 * Russian case endings: the taxonomy names a person once, in the nominative, and
 * a Russian article writes "Путина", "Путиным", "То Ламом". The sentences are
 * reworded from Russian reports of Putin's visit to Hà Nội (June 2024) and Tô
 * Lâm's visit to Moscow (May 2025).
 */
import { describe, expect, it } from "vitest";
import { stemRussianWord } from "../../src/taxonomy/russian-inflection.ts";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { wordKey } from "../../src/taxonomy/tokenize.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const peopleOf = (title: string, ...paragraphs: string[]) =>
  tagArticle({ title, paragraphs, captions: [], excludedNames: [], date: "2025-05-10" }, matcher).people;

describe("stemRussianWord", () => {
  it("gives every case of a name or noun the key of its nominative", () => {
    for (const [nominative, ...forms] of [
      ["путин", "путина", "путину", "путиным", "путине"],
      ["лавров", "лаврова", "лаврову", "лавровым"],
      ["медведев", "медведева", "медведевым"],
      ["вьетнам", "вьетнама", "вьетнаме", "вьетнаму"],
      ["сергеи", "сергея", "сергеем"], // Сергей, folded: й → и
      ["дмитрии", "дмитрия", "дмитрием", "дмитрию"],
      ["государственныи", "государственного", "государственным", "государственному"],
      ["ханои", "ханоя", "ханое"], // Ханой
      ["валентина", "валентины", "валентинои", "валентине"],
      ["лам", "лама", "ламу", "ламом"],
    ] as const) {
      for (const form of forms) expect(stemRussianWord(form), form).toBe(stemRussianWord(nominative));
    }
  });

  it("keeps a surname's -ов and -ев, short words, and words not in Cyrillic", () => {
    expect(stemRussianWord("лавров")).toBe("лавров");
    expect(stemRussianWord("вьетнам")).toBe("вьетнам");
    expect(stemRussianWord("путинцев")).not.toBe(stemRussianWord("путин"));
    expect(stemRussianWord("медведев")).toBe("медведев");
    expect(stemRussianWord("лам")).toBe("лам");
    expect(stemRussianWord("то")).toBe("то");
    expect(stemRussianWord("putina")).toBe("putina");
    expect(stemRussianWord("visa")).toBe("visa");
    expect(stemRussianWord("mиша")).toBe("mиша"); // a Latin m among Cyrillic letters
  });

  it("is what tokens are matched by", () => {
    expect(wordKey("Путиным")).toBe(wordKey("Путин"));
    expect(wordKey("Phạm")).toBe("pham");
  });
});

describe("Russian articles tag the people they name in any case", () => {
  it("finds Putin, Tô Lâm and the Russian hosts in the instrumental and genitive", () => {
    expect(
      peopleOf(
        "Переговоры Путина и То Лама длились три с половиной часа",
        "В Кремле завершились переговоры президента России Владимира Путина с генеральным секретарем ЦК Компартии Вьетнама То Ламом.",
        "Затем гость встретился с председателем Госдумы Вячеславом Володиным и спикером Совета Федерации Валентиной Матвиенко.",
      ).sort(),
    ).toEqual(["to-lam", "valentina-matviyenko", "vladimir-putin", "vyacheslav-volodin"]);
  });

  it("does not take another surname that begins like a known one", () => {
    expect(peopleOf("Заявление депутата", "Депутат Сергей Путинцев и политолог Лавровский высказались о визите.")).toEqual([]);
  });
});
