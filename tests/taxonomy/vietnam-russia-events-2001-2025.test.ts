/**
 * The Việt Nam–Russia events of 2001–2025 the taxonomy gained (Putin's visits
 * of 2001 and 2006, the Vietnamese leaders' visits to Russia, Medvedev's of
 * 2023, the intergovernmental committee's sessions, the phone talks) on lines
 * reworded from news reports of the time: each is tagged from its own report,
 * an undated report is anchored on its own days and not on another visit of
 * the same visitor, and a background mention tags nothing.
 */
import { describe, expect, it } from "vitest";
import { anchorsOf, eventsOf } from "./event-tagging.ts";

describe("the events of 2001–2025: each from its own reports", () => {
  it("tags the reports of each event on its days", () => {
    // Utro.ru, 2 March 2001.
    expect(
      eventsOf(
        "2001-03-02",
        "Hanoi's friendly welcome",
        "In Hanoi the presidents of Russia and Vietnam, Vladimir Putin and Tran Duc Luong, signed a declaration on strategic partnership at the end of Putin's visit.",
      ),
    ).toEqual(["putin-state-visit-vietnam-2001"]);
    // VNA, 22 May 2023.
    expect(
      eventsOf(
        "2023-05-22",
        "Party chief holds talks with Chairman of United Russia Party",
        "Party General Secretary Nguyen Phu Trong held talks with Dmitry Medvedev, Deputy Chairman of the Security Council of Russia, who is on a working visit to Vietnam from May 21-23.",
      ),
    ).toEqual(["medvedev-visit-vietnam-2023"]);
    // SGGP, 7 April 2023.
    expect(
      eventsOf(
        "2023-04-07",
        "Vietnam pays attention to promoting win-win ties with Russia: PM",
        "Prime Minister Pham Minh Chinh received Russian Deputy PM Dmitry Chernyshenko, who is in Vietnam to co-chair the 24th session of the Vietnam-Russia Inter-governmental Committee.",
      ),
    ).toEqual(["vietnam-russia-intergovernmental-committee-24th-session-2023"]);
    // SGGP, 26 March 2024.
    expect(
      eventsOf(
        "2024-03-26",
        "Party leader holds phone talks with Russian President",
        "General Secretary Nguyen Phu Trong held phone talks with Russian President Vladimir Putin on March 26, congratulating him on his re-election.",
      ),
    ).toEqual(["nguyen-phu-trong-putin-phone-talks-2024"]);
  });

  it("does not tag an event from a background mention in another story's lede", () => {
    // TASS, 4 February 2020: a Russia–Indonesia story recalls where the two presidents met.
    expect(
      eventsOf(
        "2020-02-05",
        "Russia, Indonesia discuss new summit",
        "Lavrov said the presidents met in Sochi in May 2016 and in Singapore in November 2018, and keep in touch by telephone.",
      ),
    ).toEqual([]);
    // Kremlin, 5 April 2021: the call is the news, the declaration of 2001 its background.
    expect(
      eventsOf(
        "2021-04-05",
        "Telephone conversation with General Secretary Nguyen Phu Trong",
        "Vladimir Putin congratulated Nguyen Phu Trong on his re-election in a telephone conversation. The parties reaffirmed their commitment to developing relations in line with the Declaration on Strategic Partnership, whose 20th anniversary falls this year.",
      ),
    ).toEqual(["putin-nguyen-phu-trong-phone-talks-2021"]);
  });

  it("anchors an undated report of Putin's visit on the visit the host tells", () => {
    // Newsru, 28 February 2001: he came from Seoul, as in 2013; Trần Đức Lương received him in 2001 only.
    expect(
      anchorsOf(
        "Путин прибыл в Ханой",
        "Президент России Владимир Путин в среду прибыл во Вьетнам с государственным визитом из Сеула.",
        "В четверг Путин проведёт переговоры с президентом Вьетнама Чан Дык Лыонгом, по итогам которых будет подписана декларация о стратегическом партнерстве.",
      ),
    ).toEqual(["Vladimir Putin's state visit to Việt Nam (2001)"]);
    // Newsru, 21 November 2006: Triết received him after the APEC summit.
    expect(
      anchorsOf(
        "Putin ends Hanoi trip",
        "Russian President Vladimir Putin held talks with Vietnamese President Nguyen Minh Triet on an official visit to Vietnam after the APEC summit in Hanoi.",
        "The two presidents signed a joint declaration on oil and gas cooperation during the visit to Vietnam.",
      ),
    ).toEqual(["APEC Summit in Hà Nội and Putin's official visit to Việt Nam (2006)"]);
    // Triết received Medvedev in 2010 as well: his name alone does not make a report of that visit one of 2006.
    expect(
      anchorsOf(
        "Medvedev holds talks with President Triet",
        "Russian President Dmitry Medvedev held talks with President Nguyen Minh Triet in Hanoi on Sunday, during his official visit to Vietnam.",
        "Medvedev arrived in Hanoi on Friday for the visit to Vietnam.",
      ),
    ).not.toContain("APEC Summit in Hà Nội and Putin's official visit to Việt Nam (2006)");
  });

  it("tells a Vietnamese leader's visits to Russia apart by where he went on to", () => {
    const talks =
      "General Secretary Nguyen Phu Trong held talks with President Vladimir Putin in Sochi, as part of his official visit to Russia.";
    // Zing, September 2018: on to Hungary; VNA, November 2014: on to Belarus.
    expect(
      anchorsOf(
        "Party chief Trong holds talks with Putin in Sochi",
        talks,
        "After the official visit to Russia Trong will travel to Hungary.",
      ),
    ).toEqual(["Nguyễn Phú Trọng's official visit to Russia (2018)"]);
    expect(
      anchorsOf(
        "Party chief Trong holds talks with Putin in Sochi",
        talks,
        "After the official visit to Russia Trong will travel to Belarus.",
      ),
    ).toEqual(["Nguyễn Phú Trọng's official visit to Russia (2014)"]);
  });

  it("tells Trọng's calls with Putin apart by what they were about", () => {
    // TASS, 5 April 2021, and SGGP, 26 March 2024.
    expect(
      anchorsOf(
        "Putin, Trong discuss vaccine in phone talks",
        "Russian President Vladimir Putin and General Secretary Nguyen Phu Trong discussed shipments of the Sputnik V coronavirus vaccine during phone talks, the Kremlin said.",
      ),
    ).toEqual(["Putin's phone talks with Nguyễn Phú Trọng (April 2021)"]);
    expect(
      anchorsOf(
        "Party chief holds phone talks with Russian President",
        "General Secretary Nguyen Phu Trong held phone talks with Russian President Vladimir Putin, offering condolences over the terrorist attack in Moscow.",
      ),
    ).toEqual(["Nguyễn Phú Trọng's phone talks with Putin (March 2024)"]);
  });
});

describe("Trần Đại Quang's visit of 2017 from a Russian announcement (blind-vnru-12, 205)", () => {
  const announced =
    "Президент Вьетнама Чан Дай Куанг приедет в Москву с официальным визитом с 28 июня по 1 июля по приглашению президента России Владимира Путина. Переговоры на высшем уровне пройдут 29 июня, сообщает пресс-служба Кремля.";

  it("tags the visit on its days from `приедет в Москву с официальным визитом`", () => {
    expect(eventsOf("2017-06-27", "Президент Вьетнама посетит Россию", announced)).toEqual(["tran-dai-quang-russia-visit-2017"]);
  });

  it("anchors the undated announcement on that visit, and not a visit of someone else", () => {
    expect(anchorsOf("", announced)).toEqual(["Trần Đại Quang's official visit to Russia"]);
    expect(anchorsOf("", announced.replace("Чан Дай Куанг", "Нгуен Ван Ан"))).toEqual([]);
  });
});
