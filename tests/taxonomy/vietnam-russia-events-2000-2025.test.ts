/**
 * The Việt Nam–Russia events of 2000–2025 added after the first round
 * (Phan Văn Khải's visit of 2000, Nông Đức Mạnh's of 2002, Nguyễn Tấn Dũng's
 * of 2007, forums, sessions and meetings on the sidelines of summits) on lines
 * reworded from news reports of the time: each is tagged from its own report,
 * an undated report is anchored on it, and a report of another event of the
 * same person is not.
 */
import { describe, expect, it } from "vitest";
import { anchorsOf, eventsOf } from "./event-tagging.ts";

describe("the visits of Vietnamese leaders to Russia, 2000–2007", () => {
  it("tags Phan Văn Khải's visit of 2000 and anchors its undated report", () => {
    // VNA, 11 September 2000.
    expect(
      eventsOf(
        "2000-09-11",
        "Friendship Order for Russian leaders",
        "On behalf of the Vietnamese Party and State, Prime Minister Phan Van Khai presented the Friendship Order to Russian Prime Minister Kasyanov in Moscow on September 11, during his official visit to Russia.",
      ),
    ).toEqual(["phan-van-khai-russia-visit-2000"]);
    // VNA, 14 September 2000.
    expect(
      anchorsOf(
        "PM's Russia visit appreciated by hosts",
        "The Russian Foreign Ministry spoke highly of Prime Minister Phan Van Khai's five-day official visit to Russia.",
        "The visit confirmed the wish of both countries to strengthen their partnership, the communique said.",
      ),
    ).toEqual(["Phan Văn Khải's official visit to Russia (2000)"]);
  });

  it("tells Nông Đức Mạnh's visits apart by who received him", () => {
    // Vremya, 10 October 2002.
    expect(
      eventsOf(
        "2002-10-10",
        "Вьетнамский гость",
        "Лидер вьетнамских коммунистов Нонг Дык Мань вчера прибыл в Россию с визитом.",
        "Сегодня президент Путин и Нонг Дык Мань обсуждают сотрудничество, в том числе в рамках АСЕАН.",
      ),
    ).toEqual(["nong-duc-manh-russia-visit-2002"]);
    expect(
      anchorsOf(
        "Вьетнамский гость",
        "Лидер вьетнамских коммунистов Нонг Дык Мань прибыл в Россию с официальным визитом.",
        "Сегодня президент Путин и Нонг Дык Мань обсуждают сотрудничество.",
      ),
    ).toEqual(["Nông Đức Mạnh's official visit to Russia (2002)"]);
    // Kremlin, 9 July 2010: Medvedev received him then.
    expect(
      anchorsOf(
        "Medvedev awards Pushkin Medal to Vietnamese party chief",
        "President Dmitry Medvedev held talks in the Kremlin with General Secretary Nong Duc Manh, who is on an official visit to Russia.",
        "Medvedev awarded Nong Duc Manh the Pushkin Medal during the official visit to Russia.",
      ),
    ).toEqual(["Nông Đức Mạnh's official visit to Russia (2010)"]);
  });

  it("tells Nguyễn Tấn Dũng's visit of 2007 from those of 2009 and 2013", () => {
    // VOV, 9 September 2007.
    expect(
      eventsOf(
        "2007-09-09",
        "PM leaves for Russia, Czech Republic and Poland",
        "Prime Minister Nguyen Tan Dung and his entourage left Hanoi on September 9 for official visits to the Russian Federation, the Czech Republic and Poland, at the invitation of Russian PM Mikhail Fradkov.",
        "This is his first visit to Russia as Prime Minister, Dung told Itar-Tass.",
      ),
    ).toEqual(["nguyen-tan-dung-russia-visit-2007"]);
    expect(
      anchorsOf(
        "PM leaves for Russia",
        "Prime Minister Nguyen Tan Dung left Hanoi for an official visit to Russia, at the invitation of Russian PM Mikhail Fradkov.",
        "After the official visit to Russia he will go on to the Czech Republic and Poland.",
      ),
    ).toEqual(["Nguyễn Tấn Dũng's official visit to Russia (2007)"]);
    // VNA, May 2013: Putin received him in Sochi, and he went to Kaliningrad.
    expect(
      anchorsOf(
        "Putin, Dung hold talks in Sochi",
        "President Vladimir Putin held talks with Prime Minister Nguyen Tan Dung in Sochi during his official visit to Russia.",
        "Dung will also visit Kaliningrad before the official visit to Russia ends.",
      ),
    ).toEqual(["Nguyễn Tấn Dũng's official visit to Russia (2013)"]);
  });
});

describe("forums, sessions and sideline meetings, 2015–2025", () => {
  it("tags each from its own report", () => {
    // Valdai Club, 25 February 2019.
    expect(
      eventsOf(
        "2019-02-25",
        "Lavrov speaks at Valdai Club conference",
        "Russian Foreign Minister Sergey Lavrov spoke at the plenary session of the Russia-Vietnam conference of the Valdai Discussion Club in Ho Chi Minh City on February 25.",
      ),
    ).toEqual(["lavrov-visit-vietnam-2019"]);
    // VNA, 15 October 2017.
    expect(
      eventsOf(
        "2017-10-15",
        "Vietnam backs Russia's parliamentary cooperation",
        "National Assembly Chairwoman Nguyen Thi Kim Ngan met Chairwoman of Russia's Federation Council Valentina Matviyenko on the sidelines of the 137th Inter-Parliamentary Union Assembly in Saint Petersburg on October 15.",
      ),
    ).toEqual(["nguyen-thi-kim-ngan-ipu-137-saint-petersburg-2017"]);
    // VNS, 4 September 2019.
    expect(
      eventsOf(
        "2019-09-04",
        "Vietnam attends 5th Eastern Economic Forum",
        "A Vietnamese delegation led by Deputy Prime Minister Trinh Dinh Dung is attending the fifth Eastern Economic Forum, which opened in Vladivostok on Wednesday.",
      ),
    ).toEqual(["trinh-dinh-dung-eastern-economic-forum-2019"]);
    // Mausoleum management board, 29 October 2019.
    expect(
      eventsOf(
        "2019-10-29",
        "Russian Deputy PM pays tribute to President Ho Chi Minh",
        "Russian Deputy Prime Minister Maxim Akimov, in Vietnam to co-chair the 22nd session of the Vietnam-Russia Intergovernmental Committee with Deputy PM Trinh Dinh Dung, laid flowers at the mausoleum on October 29.",
      ),
    ).toEqual(["vietnam-russia-intergovernmental-committee-22nd-session-2019"]);
    // VOV, 18 November 2015.
    expect(
      eventsOf(
        "2015-11-18",
        "President Sang meets Russian PM in Manila",
        "On the sidelines of the APEC Economic Leaders' Meeting in Manila on November 18, State President Truong Tan Sang met Russian Prime Minister Dmitry Medvedev.",
      ),
    ).toEqual(["truong-tan-sang-medvedev-apec-manila-2015"]);
    // VNA, 7 September 2022.
    expect(
      eventsOf(
        "2022-09-07",
        "PM delivers speech at Eastern Economic Forum",
        "Prime Minister Pham Minh Chinh on September 7 addressed the Eastern Economic Forum in Vladivostok, Russia, in a pre-recorded speech.",
      ),
    ).toEqual(["pham-minh-chinh-eastern-economic-forum-2022"]);
    // VNA, 13 November 2022.
    expect(
      eventsOf(
        "2022-11-12",
        "Vietnamese, Russian FMs meet on sidelines of ASEAN Summits",
        "Foreign Minister Bui Thanh Son met his Russian counterpart Sergei Lavrov in Phnom Penh on November 12, on the occasion of the 40th and 41st ASEAN Summits and related summits.",
      ),
    ).toEqual(["bui-thanh-son-lavrov-phnom-penh-2022"]);
    // VNS, 10 December 2025.
    expect(
      eventsOf(
        "2025-12-10",
        "Defence Minister meets Secretary of Russian Security Council",
        "General Phan Van Giang held a meeting in Hanoi on Wednesday with Sergey Shoigu, Secretary of the Security Council of the Russian Federation, who is visiting Vietnam from December 8 to 10.",
      ),
    ).toEqual(["shoigu-visit-vietnam-2025"]);
  });

  it("does not tag them from a report of another event of the same person", () => {
    // Kim Ngân's official visit of December 2019 was no IPU Assembly.
    expect(
      eventsOf(
        "2019-12-09",
        "NA Chairwoman arrives in Kazan",
        "NA Chairwoman Nguyen Thi Kim Ngan arrived in Kazan on December 8, beginning her official visit to Russia at the invitation of Valentina Matviyenko and Vyacheslav Volodin.",
      ),
    ).toEqual(["nguyen-thi-kim-ngan-russia-visit-2019"]);
    // Sơn's phone talks with Lavrov of March 2022 were no meeting in Phnom Penh.
    expect(
      eventsOf(
        "2022-03-15",
        "Vietnamese, Russian foreign ministers hold phone talks",
        "Foreign Minister Bui Thanh Son and his Russian counterpart Sergey Lavrov discussed the conflict in Ukraine during a phone conversation on March 15.",
      ),
    ).toEqual(["bui-thanh-son-lavrov-phone-talks-2022"]);
    // Chính at the BRICS summit in Kazan, October 2024: no Eastern Economic Forum.
    expect(
      eventsOf(
        "2024-10-24",
        "PM attends expanded BRICS Summit",
        "Prime Minister Pham Minh Chinh attended the BRICS Plus session of the BRICS Summit in Kazan on October 24.",
      ),
    ).toEqual(["brics-summit-kazan-2024"]);
  });

  it("anchors an undated report on the visit its words tell", () => {
    // Izvestia, February 2019: the Valdai session names the visit of 2019.
    expect(
      anchorsOf(
        "Тропами Хо Ши Мина",
        "Глава МИД России Сергей Лавров открыл в понедельник выездное заседание клуба «Валдай» во Вьетнаме.",
        "Визит Лаврова во Вьетнам связан также с подготовкой перекрестных годов.",
      ),
    ).toEqual(["Valdai Club's Russia–Việt Nam conference and Lavrov's visit (2019)"]);
    // VOV, November 2015: Medvedev, whom Sang met in Manila, was at no APEC summit of Sang's before.
    expect(
      anchorsOf(
        "President Sang meets Russian PM",
        "State President Truong Tan Sang met Russian Prime Minister Dmitry Medvedev in Manila on the sidelines of the APEC summit.",
        "Sang asked Russia to urge other members to ratify the free trade agreement soon, the APEC summit participants heard.",
      ),
    ).toEqual(["Trương Tấn Sang's meeting with Dmitry Medvedev at the APEC summit in Manila (2015)"]);
    // Shoigu as Secretary of the Security Council (2025), and as Defence Minister received by Lịch (2018).
    expect(
      anchorsOf(
        "Defence Minister meets Shoigu",
        "Defence Minister Phan Van Giang received Sergey Shoigu, Secretary of the Security Council of Russia, during his visit to Vietnam.",
        "Shoigu arrived in Hanoi for the visit to Vietnam on Monday.",
      ),
    ).toEqual(["Sergei Shoigu's visit to Việt Nam (2025)"]);
    expect(
      anchorsOf(
        "Russian Defence Minister visits Vietnam",
        "Defence Minister Ngo Xuan Lich held talks with Russian Defence Minister Sergei Shoigu, who is on a visit to Vietnam.",
        "Shoigu arrived in Hanoi on Tuesday for the visit to Vietnam.",
      ),
    ).toEqual(["Sergei Shoigu's visit to Việt Nam (2018)"]);
  });
});

describe("calls, ministers' visits and the Security Council secretaries, 2006–2024", () => {
  it("tags each from its own report", () => {
    // Mezhdunarodnik, 17 February 2006.
    expect(
      eventsOf(
        "2006-02-17",
        "Фрадков во Вьетнаме",
        "Начавшийся вчера официальный визит премьер-министра России Михаила Фрадкова во Вьетнам показал, что бывшие союзники готовы к прагматичному сотрудничеству.",
        "Михаил Фрадков и его вьетнамский коллега Фан Ван Кхай на переговорах говорили о выводе торговых отношений на новый уровень.",
      ),
    ).toEqual(["fradkov-visit-vietnam-2006"]);
    // VNA, 24 November 2016.
    expect(
      eventsOf(
        "2016-11-24",
        "Vietnamese, Russian FMs seek to step up ties",
        "Deputy Prime Minister and Foreign Minister Pham Binh Minh held talks with Russian Foreign Minister Sergey Lavrov in Moscow on November 24, during his visit to Russia from November 23 to 25.",
      ),
    ).toEqual(["pham-binh-minh-russia-visit-2016"]);
    // VNA, 3 February 2020.
    expect(
      eventsOf(
        "2020-02-03",
        "Vietnam enhances defence ties with Russia",
        "Defence Minister Gen. Ngo Xuan Lich on February 3 began an official visit to Russia at the invitation of his Russian counterpart Gen. Sergey Shoigu.",
        "The seven-day trip aims to strengthen the comprehensive strategic partnership between the two countries.",
      ),
    ).toEqual(["ngo-xuan-lich-russia-visit-2020"]);
    // Vietnam Times, 30 May 2020.
    expect(
      eventsOf(
        "2020-05-29",
        "Top diplomats of Vietnam, Russia talk strengthening bilateral cooperation",
        "Deputy Prime Minister and Foreign Minister Pham Binh Minh held a phone talk with Russian Foreign Minister Sergei Lavrov on May 29 on cooperation at the UN Security Council.",
      ),
    ).toEqual(["pham-binh-minh-lavrov-phone-talks-2020"]);
    // Vietnamnet, 11 June 2020.
    expect(
      eventsOf(
        "2020-06-11",
        "Top Vietnamese leader holds phone talks with Russian President",
        "Party General Secretary and State President Nguyen Phu Trong held phone talks with Russian President Vladimir Putin on June 11, on the occasion of Russia Day.",
        "Trong also congratulated the Russian people on the 75th anniversary of the victory over fascism.",
      ),
    ).toEqual(["nguyen-phu-trong-putin-phone-talks-2020"]);
    // Vietnamnet, 30 October 2020.
    expect(
      eventsOf(
        "2020-10-30",
        "Vietnamese, Russian defence ministers hold phone discussion",
        "Defence Minister General Ngo Xuan Lich held phone talks with his Russian counterpart General Sergey Shoigu on October 30, reviewing defence cooperation.",
      ),
    ).toEqual(["ngo-xuan-lich-shoigu-phone-talks-2020"]);
    // VNS, 11 October 2024.
    expect(
      eventsOf(
        "2024-10-10",
        "Vietnamese Deputy PM, FM meets with Russian FM in Laos",
        "Deputy Prime Minister and Foreign Minister Bui Thanh Son met Russian Foreign Minister Sergei Lavrov in Vientiane on Thursday, on the occasion of the 44th and 45th ASEAN Summits.",
      ),
    ).toEqual(["bui-thanh-son-lavrov-vientiane-2024"]);
    // Vietnamnet, 15 March 2016; VNA, 25 July 2017 and 17 March 2021.
    expect(
      eventsOf(
        "2016-03-15",
        "Deputy PM Pham Binh Minh receives Russian Security Council Secretary",
        "Deputy Prime Minister Pham Binh Minh received Secretary of Russia's Security Council Nikolai Patrushev in Hanoi on March 15.",
        "Patrushev informed his host of his working sessions with Minister of Public Security Tran Dai Quang and Defence Minister Phung Quang Thanh.",
      ),
    ).toEqual(["patrushev-visit-vietnam-2016"]);
    expect(
      eventsOf(
        "2017-07-25",
        "President welcomes Russia Security Council leader",
        "President Tran Dai Quang received Secretary of the Security Council of Russia General Nikolai Patrushev in Hanoi on July 25.",
      ),
    ).toEqual(["patrushev-visit-vietnam-2017"]);
    expect(
      eventsOf(
        "2021-03-17",
        "Security-defence cooperation key to Vietnam-Russia partnership",
        "Party General Secretary and State President Nguyen Phu Trong hosted visiting Secretary of the Security Council of Russia Nikolai Patrushev in Hanoi on March 17.",
        "Patrushev congratulated him on the success of the 13th National Congress.",
      ),
    ).toEqual(["patrushev-visit-vietnam-2021"]);
  });

  it("does not tag them from a report of another event of the same person", () => {
    // Sơn's official visit to Russia of April 2025 was no meeting in Vientiane.
    expect(
      eventsOf(
        "2025-04-02",
        "Deputy PM, FM holds talks with Lavrov",
        "Deputy Prime Minister and Foreign Minister Bui Thanh Son held talks with Sergey Lavrov in Moscow on April 2, during his official visit to Russia.",
      ),
    ).toEqual(["bui-thanh-son-russia-visit-2025"]);
    // Lịch's first visit abroad as minister, April 2016, was no visit of 2020.
    expect(
      eventsOf(
        "2016-04-26",
        "Shoigu meets Vietnamese counterpart",
        "Russian Defence Minister Sergei Shoigu met his Vietnamese counterpart General Ngo Xuan Lich, whose trip to Russia was his first foreign visit in office.",
      ),
    ).toEqual(["ngo-xuan-lich-russia-visit-2016"]);
  });

  it("anchors an undated report on the visit or call its words tell", () => {
    // Trọng's calls: Russia Day (June 2020), the terrorist attack in Moscow (March 2024).
    expect(
      anchorsOf(
        "Putin hails Vietnam's success in handling Covid-19",
        "During a phone talk with Party Chief and President Nguyen Phu Trong, Putin thanked Vietnam for its help in Russia's fight against the pandemic.",
        "Trong made the call to congratulate Putin and the Russian people on Russia Day, June 12.",
      ),
    ).toEqual(["Nguyễn Phú Trọng's phone talks with Putin (June 2020)"]);
    expect(
      anchorsOf(
        "Party chief holds phone talks with Russian President",
        "General Secretary Nguyen Phu Trong held phone talks with Russian President Vladimir Putin, offering condolences over the terrorist attack in Moscow.",
      ),
    ).toEqual(["Nguyễn Phú Trọng's phone talks with Putin (March 2024)"]);
    // Lịch's visits: the cross years (2020), his first visit abroad (2016).
    expect(
      anchorsOf(
        "Vietnam enhances defence ties with Russia",
        "Defence Minister Gen. Ngo Xuan Lich began an official visit to Russia at the invitation of his Russian counterpart Gen. Sergey Shoigu.",
        "The two ministers will review defence activities during the Vietnam-Russia and Russia-Vietnam Year of the official visit to Russia.",
      ),
    ).toEqual(["Ngô Xuân Lịch's official visit to Russia (2020)"]);
    expect(
      anchorsOf(
        "Шойгу встретился с вьетнамским коллегой",
        "Министр обороны Вьетнама генерал Нго Суан Лить прибыл с официальным визитом в Россию.",
        "Поездка в Россию стала для Нго Суан Литя первым зарубежным визитом, передает телеканал.",
      ),
    ).toEqual(["Ngô Xuân Lịch's visit to Russia (2016)"]);
    // Patrushev's visits, told apart by who received him.
    expect(
      anchorsOf(
        "Deputy PM receives Patrushev",
        "Deputy Prime Minister Pham Binh Minh received Secretary of Russia's Security Council Nikolai Patrushev during his working visit to Vietnam.",
        "Patrushev had met Defence Minister Phung Quang Thanh during the working visit to Vietnam.",
      ),
    ).toEqual(["Nikolai Patrushev's visit to Việt Nam (2016)"]);
    expect(
      anchorsOf(
        "President welcomes Russia Security Council leader",
        "President Tran Dai Quang received Secretary of the Security Council of Russia Nikolai Patrushev, who is on a working visit to Vietnam.",
        "Patrushev briefed the President on his talks at the Ministry of Public Security during the working visit to Vietnam.",
      ),
    ).toEqual(["Nikolai Patrushev's visit to Việt Nam (2017)"]);
    expect(
      anchorsOf(
        "Party chief hosts Patrushev",
        "Party General Secretary Nguyen Phu Trong received Secretary of the Security Council of Russia Nikolai Patrushev, who is on a working visit to Vietnam.",
        "Patrushev congratulated Trong on the success of the 13th National Congress during the working visit to Vietnam.",
      ),
    ).toEqual(["Nikolai Patrushev's visit to Việt Nam (2021)"]);
    // Mezhdunarodnik, 17 February 2006, reworded in English: Fradkov's only visit here.
    expect(
      anchorsOf(
        "Russian PM in Hanoi",
        "Russian Prime Minister Mikhail Fradkov arrived in Hanoi on Thursday for an official visit to Vietnam.",
        "Fradkov held talks with Prime Minister Phan Van Khai during the official visit to Vietnam.",
      ),
    ).toEqual(["Mikhail Fradkov's official visit to Việt Nam (2006)"]);
  });
});

describe("calls and working visits of 2009–2025", () => {
  it("tags each from its own report, and not a visit of the same person", () => {
    // Oreanda, 28 October 2009; the Kremlin's report of Dũng's visit of December 2009 is another event.
    expect(
      eventsOf(
        "2009-10-28",
        "Vladimir Putin Had Telephone Conversation with Nguyen Tan Dung",
        "During the telephone conversation the two heads of government, Vladimir Putin and Nguyen Tan Dung, discussed trade, which grew despite the economic crisis.",
        "Putin invited Nguyen Tan Dung to visit Russia officially.",
      ),
    ).toEqual(["putin-nguyen-tan-dung-phone-talks-2009"]);
    expect(
      eventsOf(
        "2009-12-16",
        "Medvedev holds talks with Vietnamese PM",
        "President Dmitry Medvedev held talks in Moscow with Prime Minister Nguyen Tan Dung, who is on an official visit to Russia.",
      ),
    ).toEqual(["nguyen-tan-dung-russia-visit-2009"]);
    // Báo Tin tức, November 2021.
    expect(
      eventsOf(
        "2021-11-14",
        "Deputy PM works in Russia",
        "Deputy Prime Minister Trinh Dinh Dung led a government delegation on a working visit to Russia on November 13 and 14 to speed up key economic cooperation projects.",
      ),
    ).toEqual(["trinh-dinh-dung-russia-visit-2021"]);
    // Russian government, 22 January 2024.
    expect(
      eventsOf(
        "2024-01-22",
        "Dmitry Chernyshenko meets Vietnamese delegation",
        "Deputy Prime Minister Dmitry Chernyshenko held a working meeting with a Vietnamese delegation led by Le Hoai Trung, Secretary of the Party Central Committee and head of its Commission for External Relations.",
      ),
    ).toEqual(["le-hoai-trung-russia-visit-2024"]);
    // SGGP, 23 August 2025; the 25th session of September 2024 is another event of the co-chairs.
    expect(
      eventsOf(
        "2025-08-22",
        "Vietnamese, Russian Deputy PMs discuss economic-technical ties",
        "Deputy Prime Minister Tran Hong Ha, head of the Vietnamese sub-committee of the Vietnam-Russia Intergovernmental Committee, and his Russian counterpart Dmitry Chernyshenko talked over the phone on August 22.",
      ),
    ).toEqual(["tran-hong-ha-chernyshenko-talks-2025"]);
    expect(
      eventsOf(
        "2024-09-11",
        "25th session in Moscow",
        "Deputy Prime Ministers Tran Hong Ha and Dmitry Chernyshenko co-chaired the 25th session of the Vietnam-Russia Intergovernmental Committee in Moscow on September 11.",
      ),
    ).toEqual(["vietnam-russia-intergovernmental-committee-25th-session-2024"]);
  });

  it("tells Lê Hoài Trung's visits to Russia apart by the post he came in", () => {
    expect(
      anchorsOf(
        "Dmitry Chernyshenko meets Vietnamese delegation",
        "Deputy Prime Minister Dmitry Chernyshenko held a working meeting in Moscow with Le Hoai Trung, head of the Party Central Committee's Commission for External Relations, on his visit to Russia.",
        "Le Hoai Trung said during the visit to Russia that Vietnam values the comprehensive strategic partnership.",
      ),
    ).toEqual(["Lê Hoài Trung's visit to Russia (January 2024)"]);
    expect(
      anchorsOf(
        "Putin receives Vietnamese envoy",
        "Russian President Vladimir Putin received Foreign Minister Le Hoai Trung in the Kremlin on his visit to Russia.",
        "Le Hoai Trung came to Moscow as the special envoy of General Secretary To Lam.",
      ),
    ).toEqual(["Putin receives Lê Hoài Trung as special envoy"]);
  });
});

describe("Kasyanov's visit of 2002 and Putin's meeting with Trần Đức Lương in Busan (2005)", () => {
  it("tags Kasyanov's visit from its reports and tells it from Phan Văn Khải's visit of 2000 by its host", () => {
    // The Moscow Times (Reuters), 27 March 2002.
    expect(
      eventsOf(
        "2002-03-26",
        "Kasyanov Kicks Off Hanoi Tour",
        "Prime Minister Mikhail Kasyanov arrived in Vietnam on Tuesday to promote the strategic partnership between the former Cold War allies.",
        "Kasyanov stays until Thursday, and the two countries will discuss expanding oil and gas exploitation and Russia's pullout from Cam Ranh Bay.",
      ),
    ).toEqual(["kasyanov-visit-vietnam-2002"]);
    // CNN, 27 March 2002: no date, Khải named as the host; Kasyanov is also a keyword of Khải's visit of 2000.
    expect(
      anchorsOf(
        "Russia in Vietnam pullout",
        "Russia says that by July it will leave the strategic naval base of Cam Ranh Bay in southern Vietnam.",
        "Russian Prime Minister Mikhail Kasyanov, after talks on Wednesday in Hanoi with his Vietnamese counterpart Phan Van Khai, said an agreement on the withdrawal would be signed shortly.",
        "Kasyanov said the technology used at Cam Ranh had become obsolete.",
      ),
    ).toEqual(["Mikhail Kasyanov's official visit to Việt Nam (2002)"]);
    // Khải's own visit to Moscow of 2000 is not Kasyanov's to Hà Nội.
    expect(
      eventsOf(
        "2000-09-11",
        "Friendship Order for Russian leaders",
        "On behalf of the Vietnamese Party and State, Prime Minister Phan Van Khai presented the Friendship Order to Russian Prime Minister Kasyanov in Moscow on September 11, during his official visit to Russia.",
      ),
    ).toEqual(["phan-van-khai-russia-visit-2000"]);
  });

  it("tags the Busan meeting from its report and anchors its undated report, but not another APEC summit", () => {
    // Pravda.Ru (AP), 19 November 2005.
    expect(
      eventsOf(
        "2005-11-19",
        "Putin, Luong discuss economic ties",
        "Russian President Vladimir Putin and Vietnamese President Tran Duc Luong discussed on Saturday how to develop the economic ties between the two Soviet-era allies.",
        "Meeting on the sidelines of the Asia-Pacific Economic Cooperation summit in Busan, Putin told Luong that Moscow regarded relations with Vietnam as a priority.",
      ),
    ).toEqual(["putin-tran-duc-luong-apec-busan-2005"]);
    expect(
      anchorsOf(
        "Putin, Luong discuss economic ties",
        "Russian President Vladimir Putin and Vietnamese President Tran Duc Luong discussed on Saturday how to develop the economic ties between the two Soviet-era allies.",
        "Meeting on the sidelines of the Asia-Pacific Economic Cooperation summit in Busan, Putin told Luong that Moscow regarded relations with Vietnam as a priority.",
      ),
    ).toEqual(["Vladimir Putin's meeting with Trần Đức Lương at the APEC summit in Busan (2005)"]);
    // Putin's APEC summit and visit in Hà Nội, November 2006: Lương had left office.
    expect(
      eventsOf(
        "2006-11-19",
        "Putin arrives in Hanoi for APEC summit",
        "Russian President Vladimir Putin arrived in Hanoi on Sunday for the APEC summit and an official visit to Vietnam, where he will hold talks with President Nguyen Minh Triet.",
      ),
    ).not.toContain("putin-tran-duc-luong-apec-busan-2005");
  });
});

describe("a visit told by what marked it, or by `a visit by` its visitor (blind-vnru-15, 240 and 245)", () => {
  it("anchors an undated report of the Days of Russian Culture that marked Putin's visit of 2013", () => {
    // Việt Nam News, November 2013.
    expect(
      anchorsOf(
        "Russian culture to be highlighted during Putin’s official visit",
        "HA NOI (VNS) — Tonight several leading names of Russian chamber music will take the stage to open Days of Russian Culture. The concert also celebrates the official visit of Russian President Vladimir Putin.",
        "Among the other cultural activities for the occasion is an exhibition of Russian handicrafts at Ha Noi’s Ho Chi Minh Museum.",
      ),
    ).toEqual(["Vladimir Putin's state visit to Việt Nam (2013)"]);
    // The cultural days of October 2017 name no visit of Putin's.
    expect(
      eventsOf(
        "2017-10-03",
        "Russian culture on display",
        "From October 5 to 10 the Vietnamese public in Hanoi and Ho Chi Minh City will be introduced to Russian culture at the Days of Russian Culture.",
      ),
    ).toEqual([]);
  });

  it("anchors an undated report of `a visit by Prime Minister Mikhail Mishustin`, but not Mishustin receiving Tô Lâm in Moscow", () => {
    // The Defense Post, 15 January 2025.
    expect(
      anchorsOf(
        "Russia, Vietnam Sign Nuclear Energy Deal",
        "On Tuesday Russia and Vietnam signed a nuclear energy agreement during a visit by Prime Minister Mikhail Mishustin intended to deepen ties between the two long-standing allies.",
        "On Tuesday Mishustin met his counterpart Chinh and Lam, now general secretary of the Communist Party.",
      ),
    ).toEqual(["Mikhail Mishustin's official visit to Việt Nam"]);
    expect(
      eventsOf(
        "2025-05-09",
        "General Secretary To Lam meets with Russian Prime Minister",
        "Prime Minister Mikhail Mishustin received General Secretary To Lam in Moscow on May 9, during the Vietnamese leader's official visit to Russia.",
      ),
    ).not.toContain("mishustin-visit-vietnam-2025");
  });
});
