import { describe, expect, it } from "vitest";
import { compilePeople, matchNames } from "../../src/taxonomy/match-names.ts";
import { isPatronymic, romanisationKey, withinOneEdit } from "../../src/taxonomy/name-variants.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { person, realTaxonomy } from "./fixtures.ts";

const people = compilePeople(realTaxonomy().people);

/** The people named in a text, with `~` after a spelling the taxonomy lacks and `?` after a typo. */
function named(text: string, compiled = people): string[] {
  const tokens = tokenize([text]);
  return matchNames(tokens, compiled, []).mentions.map(
    (mention) => `${mention.slug}${mention.variant ? (mention.variant.typo ? "?" : "~") : ""}`,
  );
}

describe("romanisationKey", () => {
  it("gives the romanisations of one Russian name one key", () => {
    const same = (...words: string[]) => expect(new Set(words.map(romanisationKey)).size).toBe(1);
    same("viktorovich", "victorovich");
    same("sergey", "sergei", "sergej");
    same("dmitry", "dmitri", "dmitriy", "dmitrii");
    same("aleksey", "alexey", "alexei", "aleksei");
    same("matviyenko", "matvienko");
    same("mikhail", "mihail");
    same("yevgeny", "evgeny", "evgenii");
    same("yury", "yuri", "iurii");
    same("likhachev", "likhachyov");
    same("alexander", "aleksandr");
  });

  it("keeps different names apart", () => {
    expect(romanisationKey("valentin")).not.toBe(romanisationKey("valentina"));
    expect(romanisationKey("ivan")).not.toBe(romanisationKey("ivana"));
    // ц is not к: "Kuznetsov" keeps its "ts", and "c" before e or i is left alone.
    expect(romanisationKey("vince")).toBe("vince");
    expect(romanisationKey("путин")).toBe("путин");
  });
});

describe("isPatronymic", () => {
  it("knows Russian patronymics", () => {
    for (const word of ["viktorovich", "vladimirovich", "sergeyevich", "vladimirovna", "yevgenyevna", "ilyich", "nikitichna"]) {
      expect(isPatronymic(word), word).toBe(true);
    }
  });

  it("is not fooled by names and Vietnamese syllables", () => {
    for (const word of ["volodin", "mishustin", "thich", "bich", "ich", "minh"]) expect(isPatronymic(word), word).toBe(false);
  });
});

describe("withinOneEdit", () => {
  it("allows one insertion, deletion, substitution or swap", () => {
    expect(withinOneEdit("minh", "miinh")).toBe(true);
    expect(withinOneEdit("peskov", "pesko")).toBe(true);
    expect(withinOneEdit("lavrov", "lavrpv")).toBe(true);
    expect(withinOneEdit("lavrov", "lavorv")).toBe(true);
    expect(withinOneEdit("lavrov", "lavrov")).toBe(true);
  });

  it("refuses two", () => {
    expect(withinOneEdit("minh", "miinhh")).toBe(false);
    expect(withinOneEdit("lavrov", "lvaorv")).toBe(false);
    expect(withinOneEdit("phuc", "phuong")).toBe(false);
  });
});

describe("matchNames with spellings the taxonomy lacks", () => {
  it("finds the issue's two misses", () => {
    // The taxonomy spells Volodin's patronymic Viktorovich (or leaves it out), and Chính without the typo.
    expect(named("State Duma Chairman Vyacheslav Victorovich Volodin said the parliaments would cooperate.")).toEqual([
      "vyacheslav-volodin~",
    ]);
    expect(named("the talks between Prime Minister Pham Miinh Chinh and his Russian counterpart")).toEqual(["pham-minh-chinh?"]);
  });

  it("takes a patronymic as optional both ways and romanisations as the same", () => {
    expect(named("Russian Foreign Minister Sergei Viktorovich Lavrov arrived")).toEqual(["sergey-lavrov~"]);
    expect(named("Dmitriy Peskov and Dmitriy Chernyshenko attended")).toEqual(["dmitry-peskov~", "dmitry-chernyshenko~"]);
    expect(named("Federation Council Speaker Valentina Matviyenko")).toEqual(["valentina-matviyenko"]);
    expect(named("Federation Council Speaker Valentina Matviienko")).toEqual(["valentina-matviyenko~"]);
    expect(named("Yesterday Aleksander Novak announced")).toEqual(["alexander-novak~"]);
    // Mishustin's alias has the patronymic: without it, or with another spelling of it, he is the same man.
    expect(named("Mikhail Vladimirovitch Mishustin")).toEqual(["mikhail-mishustin~"]);
    expect(named("Mikhail Mishustine")).toEqual(["mikhail-mishustin?"]);
  });

  it("lets a short name refer back to a full name spelled another way", () => {
    expect(named("Vyacheslav Victorovich Volodin met the delegation. Volodin said")).toEqual(["vyacheslav-volodin~", "vyacheslav-volodin"]);
  });

  it("does not take a different person sharing a surname for a known one", () => {
    expect(named("Valentin Matviyenko spoke")).toEqual([]);
    expect(named("Anna Lavrova spoke")).toEqual([]);
    expect(named("Ambassador Đặng Minh Khoa said")).toEqual([]); // Khôi is known; Khoa is someone else
    expect(named("Nguyễn Xuân Phương said")).toEqual([]);
    // A middle name one letter off that is a name in its own right (synthetic archive: Đình for Minh).
    const hieu = compilePeople([person("Nguyễn Minh Hiếu", { aliases: ["Nguyen Minh Hieu"] })]);
    expect(named("Deputy Minister Nguyen Dinh Hieu said", hieu)).toEqual([]);
    expect(named("Deputy Minister Nguyen Mihn Hieu said", hieu)).toEqual(["nguyen-minh-hieu?"]);
  });

  it("does not match a one-word name, or a typo in a short word", () => {
    expect(named("Volodine said")).toEqual([]);
    expect(named("Mr To Lan said")).toEqual([]);
  });

  it("refuses a typo that fits two people", () => {
    const two = compilePeople([person("Igor Levin"), person("Igor Lavin"), ...realTaxonomy().people]);
    expect(named("Igor Lovin said", two)).toEqual([]);
    expect(named("Igor Levinn said", two)).toEqual(["igor-levin~"]); // a doubled letter is a romanisation, not a typo
    expect(named("Igor Levni said", two)).toEqual(["igor-levin?"]);
  });

  it("takes one-letter typos of every kind in a Vietnamese family name of a three-word name", () => {
    expect(named("General Secretary Nguen Phu Trong received the ambassador")).toEqual(["nguyen-phu-trong?"]); // deletion
    expect(named("Former President Trian Dai Quang visited Moscow")).toEqual(["tran-dai-quang?"]); // insertion
    expect(named("Tron Dai Quang said")).toEqual(["tran-dai-quang?"]); // substitution
    expect(named("President Ngyuen Xuan Phuc met Putin")).toEqual(["nguyen-xuan-phuc?"]); // swap
  });

  it("does not take another family name, a two-word name or an ambiguous typo for a known person", () => {
    // Phan is a family name of its own: Phan Minh Chính is another man than Phạm Minh Chính.
    expect(named("Lieutenant General Phan Minh Chinh said")).toEqual([]);
    expect(named("Phan Binh Minh said")).toEqual([]);
    // Two words leave too little to be sure of ("Luon Cuong" is not Lương Cường).
    expect(named("Luon Cuong said")).toEqual([]);
    // The given name and the middle name still agree exactly.
    expect(named("Nguyen Phu Trang said")).toEqual([]);
    expect(named("Nguen Phu Hong said")).toEqual([]);
    const two = compilePeople([person("Khúc Văn Hải"), person("Khuất Văn Hải")]);
    expect(named("Khuac Van Hai said", two)).toEqual([]);
    expect(named("Khuc Van Hai said", two)).toEqual(["khuc-van-hai"]);
  });

  it("finds names whose copy lost its precomposed Vietnamese letters, the given name included", () => {
    expect(named("Thượng tướng Ngô Xuân Lch, Bộ trưởng Quốc phòng, đã tiếp đoàn")).toEqual(["ngo-xuan-lich?"]);
    expect(named("Tổng Bí thư Nguyn Phú Trng tiếp Đại sứ")).toEqual(["nguyen-phu-trong?"]);
    expect(named("Chủ tịch Quốc hội Trần Thanh Mn phát biểu")).toEqual(["tran-thanh-man?"]);
  });

  it("does not take a letter lost beside another difference, or a loss two people share", () => {
    expect(named("Ngô Xuân Lc said")).toEqual([]); // a letter of Latin-1 gone as well
    expect(named("Nguyễn Đình Hu said")).toEqual([]); // Vương Đình Huệ has another family name
    const two = compilePeople([person("Trần Văn Mạnh"), person("Trần Văn Mảnh")]);
    expect(named("Trần Văn Mnh said", two)).toEqual([]);
    expect(named("Trần Văn Mạnh said", two)).toEqual(["tran-van-manh"]);
  });

  it("finds Russian text's names, in any case, that the taxonomy writes in Latin letters only", () => {
    // The taxonomy has no Cyrillic alias with these patronymics or with ё.
    expect(named("Председатель Совфеда Валентина Ивановна Матвиенко заявила")).toEqual(["valentina-matviyenko~"]);
    expect(named("встреча с Валентиной Ивановной Матвиенко")).toEqual(["valentina-matviyenko~"]);
    expect(named("Дмитрий Анатольевич Медведев подчеркнул")).toEqual(["dmitry-medvedev~"]);
    expect(named("глава «Росатома» Алексей Лихачёв")).toEqual(["alexey-likhachev~"]);
  });

  it("does not take a Russian namesake with another given name", () => {
    expect(named("Анна Лаврова сказала")).toEqual([]);
    expect(named("Дмитрий Анатольевич Мишустин")).toEqual([]);
    // Latin text keeps the endings that tell a man from a woman.
    expect(named("Valentin Ivanovich Matviyenko")).toEqual([]);
  });

  it("finds Phạm Minh Chính in any case of his Russian spelling Чинь", () => {
    // 184 (TASS), reworded: the instrumental of Фам Минь Чинь.
    expect(named("Путин встретился с премьер-министром Вьетнама Фам Минь Чинем.")).toEqual(["pham-minh-chinh"]);
    expect(named("Визит Фам Минь Чиня")).toEqual(["pham-minh-chinh"]);
    // A short Russian word ending like his name's last word is not he.
    expect(named("Минь и чин")).toEqual([]);
  });

  it("finds a Russian name written family name first, with or without a patronymic", () => {
    expect(named("The Russian envoy to Vietnam Bezdetko Gennady Stepanovich met the delegation.")).toEqual(["gennady-bezdetko~"]);
    expect(named("Accompanying him is Deputy PM Overchuk Alexey Logvinovich.")).toEqual(["alexei-overchuk~"]);
    expect(named("He was joined by Overchuk Alexey and others.")).toEqual(["alexei-overchuk~"]);
    // The usual order is found as before.
    expect(named("Ambassador Gennady Bezdetko greeted them.")).toEqual(["gennady-bezdetko"]);
  });

  it("does not turn round a name into another person's, or with another given name", () => {
    expect(named("Bezdetko Alexey Stepanovich arrived.")).toEqual([]);
    expect(named("Overchuk Gennady arrived.")).toEqual([]);
    // A Vietnamese name is not turned round.
    expect(named("Lâm Tô arrived.")).toEqual([]);
  });

  it("finds a name whose first word is written as its initial (blind-vnru-16, 252)", () => {
    expect(named("Вчера делегация СФ во главе с председателем В. Матвиенко отправилась во Вьетнам с официальным визитом.")).toEqual([
      "valentina-matviyenko~",
    ]);
    expect(
      named(
        "В программе - встречи с президентом Вьетнама Ч. Дай Куангом, премьер-министром Н. Суан Фуком, председателем национального собрания Н. Тхи Ким Нган и генсекретарем ЦККП Вьетнама Н. Фу Чонгом.",
      ),
    ).toEqual(["tran-dai-quang~", "nguyen-xuan-phuc~", "nguyen-thi-kim-ngan~", "nguyen-phu-trong~"]);
    expect(named("The delegation met N. Xuan Phuc.")).toEqual(["nguyen-xuan-phuc~"]);
  });

  it("does not take an initial that is not the name's, a preposition, or a cut name", () => {
    expect(named("Делегацию возглавила А. Матвиенко.")).toEqual([]);
    expect(named("В Ханое прошли переговоры.")).toEqual([]);
    expect(named("Встреча с Ч. Куангом прошла.")).toEqual([]);
    expect(named("Встреча с Т. Дай Куангом прошла.")).toEqual([]);
  });

  it("leaves the author's name alone", () => {
    const tokens = tokenize(["By Vyacheslav Victorovich Volodin"]);
    expect(matchNames(tokens, people, ["Vyacheslav Victorovich Volodin"]).mentions).toEqual([]);
  });
});
