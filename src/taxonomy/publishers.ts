/**
 * The publishers ingest recognises, by agency code, web host or name. This is
 * data: the archive's list is `content/taxonomy/publishers.yaml` (read and
 * checked by src/taxonomy/load-publishers.ts), where an editor adds a row when a
 * new site turns up; the list below is the one used when an archive has no such
 * file. `name` is what entries show: the masthead name, with its diacritics.
 *
 * The lookups below answer from the list in use: `usePublishers` sets it for
 * the parse of one source (parse-source.ts), so that every rule that reads a
 * name, a code or a host reads the archive's list.
 */
export interface Publisher {
  name: string;
  /** Agency codes as they appear in sign-offs, datelines and photo credits (`VNS`, `Reuters`). */
  codes: string[];
  /** Web hosts without `www.`; subdomains (`en.`, `e.`) match too. */
  hosts: string[];
  /** Other spellings of the name (without diacritics, English, old names). */
  aliases: string[];
  /** Republishes other outlets' articles: used only when nothing names the original. */
  aggregator?: boolean;
  /**
   * A news agency whose copy other sites carry: named on another site's page it
   * is the entry's `agency`, and the publisher only when nothing else names one.
   */
  wire?: boolean;
}

export const BUILT_IN_PUBLISHERS: readonly Publisher[] = [
  { name: "Việt Nam News", codes: ["VNS"], hosts: ["vietnamnews.vn"], aliases: ["Vietnam News", "Viet Nam News"] },
  {
    name: "Vietnam News Agency",
    codes: ["VNA", "TTXVN"],
    hosts: ["vnanet.vn", "vnagency.com.vn"],
    aliases: ["Thông tấn xã Việt Nam", "Viet Nam News Agency"],
    wire: true,
  },
  { name: "VietnamPlus", codes: [], hosts: ["vietnamplus.vn"], aliases: ["Vietnam Plus"] },
  { name: "Báo Tin Tức", codes: [], hosts: ["baotintuc.vn"], aliases: ["Tin Tuc News"] },
  {
    name: "Sài Gòn Giải Phóng",
    codes: ["SGGP", "SGGPO"],
    hosts: ["sggp.org.vn", "saigongiaiphong.vn"],
    aliases: ["Saigon Giai Phong", "SGGP News", "Báo Sài Gòn Giải Phóng"],
  },
  { name: "VnExpress", codes: [], hosts: ["vnexpress.net"], aliases: ["VnExpress International", "VnE"] },
  { name: "Tuổi Trẻ", codes: ["TTO"], hosts: ["tuoitre.vn", "tuoitrenews.vn"], aliases: ["Tuoi Tre News", "Báo Tuổi Trẻ", "Tuoi Tre"] },
  { name: "Thanh Niên", codes: ["TNO"], hosts: ["thanhnien.vn"], aliases: ["Thanh Nien News", "Báo Thanh Niên", "Thanh Nien Daily"] },
  {
    name: "Nhân Dân",
    codes: ["NDO"],
    hosts: ["nhandan.vn", "nhandan.org.vn", "nhandan.com.vn"],
    aliases: ["Nhan Dan Online", "Báo Nhân Dân", "Nhân Dân Online", "Nhân Dân điện tử", "Báo Nhân Dân điện tử"],
  },
  {
    name: "Nông Nghiệp Việt Nam",
    codes: ["VAN"],
    hosts: ["nongnghiep.vn"],
    aliases: ["Báo Nông nghiệp Việt Nam", "Vietnam Agriculture", "Vietnam Agriculture News"],
  },
  { name: "Quân Đội Nhân Dân", codes: ["QĐND", "PANO"], hosts: ["qdnd.vn"], aliases: ["People's Army Newspaper", "Quan Doi Nhan Dan"] },
  {
    name: "Báo Chính Phủ",
    codes: ["VGP"],
    hosts: ["baochinhphu.vn", "chinhphu.vn"],
    aliases: ["VGP News", "Government News", "Vietnam Government Portal", "Chinhphu.vn"],
  },
  {
    name: "Voice of Vietnam",
    codes: ["VOV", "VOVWORLD", "VOV.VN"],
    hosts: ["vov.vn", "vovworld.vn"],
    aliases: ["Đài Tiếng nói Việt Nam", "VOV World", "Voice of Viet Nam"],
  },
  { name: "Vietnam Television", codes: ["VTV"], hosts: ["vtv.vn"], aliases: ["Đài Truyền hình Việt Nam"] },
  { name: "Lao Động", codes: [], hosts: ["laodong.vn"], aliases: ["Báo Lao Động"] },
  { name: "Người Lao Động", codes: ["NLĐ", "NLĐO"], hosts: ["nld.com.vn"], aliases: [] },
  { name: "Dân Trí", codes: [], hosts: ["dantri.com.vn"], aliases: ["Dtinews", "Báo Dân trí"] },
  { name: "Báo Quốc tế", codes: ["TG&VN"], hosts: ["baoquocte.vn"], aliases: ["World and Vietnam Report", "Thế giới và Việt Nam"] },
  { name: "Công An Nhân Dân", codes: ["CAND"], hosts: ["cand.com.vn"], aliases: ["People's Public Security"] },
  { name: "Hà Nội Mới", codes: ["HNM"], hosts: ["hanoimoi.vn"], aliases: ["Hanoimoi"] },
  { name: "Vietnam Investment Review", codes: ["VIR"], hosts: ["vir.com.vn"], aliases: [] },
  { name: "VnEconomy", codes: [], hosts: ["vneconomy.vn"], aliases: [] },
  { name: "Vietnam Economic Times", codes: [], hosts: ["vneconomictimes.com"], aliases: [] },
  { name: "Vietnam Law & Legal Forum", codes: [], hosts: ["vietnamlawmagazine.vn"], aliases: [] },
  { name: "The Saigon Times", codes: [], hosts: ["thesaigontimes.vn"], aliases: ["Saigon Times"] },
  { name: "VietNamNet", codes: [], hosts: ["vietnamnet.vn"], aliases: [] },
  { name: "Tiền Phong", codes: ["TPO"], hosts: ["tienphong.vn"], aliases: [] },
  { name: "Pháp Luật TP.HCM", codes: ["PLO"], hosts: ["plo.vn"], aliases: [] },
  { name: "Hanoi Times", codes: [], hosts: ["hanoitimes.vn"], aliases: ["The Hanoi Times", "Hanoitimes"] },
  { name: "Vietnam.vn", codes: [], hosts: ["vietnam.vn"], aliases: [], aggregator: true },
  { name: "Reuters", codes: ["Reuters"], hosts: ["reuters.com"], aliases: ["Thomson Reuters"], wire: true },
  { name: "Bloomberg", codes: [], hosts: ["bloomberg.com"], aliases: ["Bloomberg News"] },
  { name: "CNN", codes: ["CNN"], hosts: ["cnn.com", "edition.cnn.com"], aliases: [] },
  { name: "Al Jazeera", codes: [], hosts: ["aljazeera.com"], aliases: ["Al Jazeera English"] },
  { name: "CNA", codes: ["CNA"], hosts: ["channelnewsasia.com", "cna.asia"], aliases: ["Channel NewsAsia"] },
  { name: "The Guardian", codes: [], hosts: ["theguardian.com"], aliases: ["Guardian"] },
  { name: "The New York Times", codes: ["NYT"], hosts: ["nytimes.com"], aliases: ["New York Times"] },
  { name: "The Washington Post", codes: [], hosts: ["washingtonpost.com"], aliases: ["Washington Post"] },
  { name: "Voice of America", codes: ["VOA"], hosts: ["voanews.com"], aliases: [] },
  { name: "Deutsche Welle", codes: ["DW"], hosts: ["dw.com"], aliases: [] },
  { name: "NHK World", codes: ["NHK"], hosts: ["nhk.or.jp"], aliases: ["NHK"] },
  { name: "Global Times", codes: [], hosts: ["globaltimes.cn"], aliases: [] },
  { name: "CGTN", codes: ["CGTN"], hosts: ["cgtn.com"], aliases: [] },
  { name: "The Straits Times", codes: [], hosts: ["straitstimes.com"], aliases: ["Straits Times"] },
  { name: "Bangkok Post", codes: [], hosts: ["bangkokpost.com"], aliases: [] },
  { name: "Asia Times", codes: [], hosts: ["asiatimes.com"], aliases: [] },
  { name: "Kommersant", codes: [], hosts: ["kommersant.ru"], aliases: ["Коммерсантъ"] },
  { name: "Izvestia", codes: [], hosts: ["iz.ru"], aliases: ["Известия"] },
  { name: "Rossiyskaya Gazeta", codes: ["RG"], hosts: ["rg.ru"], aliases: ["Российская газета"] },
  { name: "BBC News", codes: ["BBC"], hosts: ["bbc.com", "bbc.co.uk"], aliases: [] },
  { name: "The Diplomat", codes: [], hosts: ["thediplomat.com"], aliases: [] },
  { name: "Nikkei Asia", codes: ["Nikkei"], hosts: ["asia.nikkei.com", "nikkei.com"], aliases: ["Nikkei Asian Review"] },
  { name: "South China Morning Post", codes: ["SCMP"], hosts: ["scmp.com"], aliases: [] },
  { name: "France 24", codes: [], hosts: ["france24.com"], aliases: ["FRANCE 24"] },
  { name: "Radio Free Asia", codes: ["RFA"], hosts: ["rfa.org"], aliases: [] },
  { name: "The Moscow Times", codes: [], hosts: ["themoscowtimes.com"], aliases: ["Moscow Times"] },
  { name: "Kremlin.ru", codes: [], hosts: ["kremlin.ru"], aliases: ["President of Russia", "Президент России"] },
  { name: "Russian Government", codes: [], hosts: ["government.ru"], aliases: [] },
  { name: "Interfax", codes: ["Interfax"], hosts: ["interfax.ru", "interfax.com"], aliases: ["Интерфакс"], wire: true },
  { name: "RT", codes: [], hosts: ["rt.com"], aliases: ["Russia Today"] },
  { name: "Associated Press", codes: ["AP"], hosts: ["apnews.com"], aliases: ["The Associated Press", "AP News"], wire: true },
  { name: "Agence France-Presse", codes: ["AFP"], hosts: ["afp.com"], aliases: ["Agence France Presse"], wire: true },
  { name: "TASS", codes: ["TASS", "ITAR-TASS"], hosts: ["tass.com", "tass.ru"], aliases: ["ТАСС"], wire: true },
  { name: "RIA Novosti", codes: ["RIA"], hosts: ["ria.ru"], aliases: ["РИА Новости", "RIA Novosti news agency"], wire: true },
  {
    name: "Sputnik",
    codes: ["Sputnik"],
    hosts: ["sputnikglobe.com", "sputniknews.com", "sputnik.vn"],
    aliases: ["Sputnik International", "Sputnik Việt Nam"],
    wire: true,
  },
  { name: "Xinhua", codes: ["Xinhua"], hosts: ["xinhuanet.com", "news.cn"], aliases: ["Xinhua News Agency"], wire: true },
  { name: "Kyodo News", codes: ["Kyodo"], hosts: ["kyodonews.net"], aliases: [], wire: true },
  { name: "Yonhap", codes: ["Yonhap"], hosts: ["yna.co.kr"], aliases: ["Yonhap News Agency"], wire: true },
  { name: "Bernama", codes: ["Bernama"], hosts: ["bernama.com"], aliases: [], wire: true },
  {
    name: "CPV Online",
    codes: ["CPV"],
    hosts: ["dangcongsan.vn", "dangcongsan.org.vn"],
    aliases: ["Communist Party of Vietnam Online Newspaper", "Báo điện tử Đảng Cộng sản Việt Nam"],
  },
  { name: "VTC News", codes: [], hosts: ["vtcnews.vn"], aliases: ["Báo điện tử VTC News"] },
  { name: "Thời Đại", codes: [], hosts: ["thoidai.com.vn"], aliases: ["Báo Thời Đại"] },
  { name: "Vietnam Times", codes: [], hosts: ["vietnamtimes.org.vn"], aliases: [] },
  { name: "Znews", codes: [], hosts: ["znews.vn", "zingnews.vn"], aliases: ["Zing News"] },
  {
    name: "Ministry of Foreign Affairs of the Russian Federation",
    codes: [],
    hosts: ["mid.ru"],
    aliases: ["Russian Foreign Ministry", "МИД России"],
  },
  { name: "Vedomosti", codes: [], hosts: ["vedomosti.ru"], aliases: ["Ведомости"] },
  { name: "People's Daily", codes: [], hosts: ["people.cn", "people.com.cn"], aliases: ["People's Daily Online"] },
  { name: "Shanghai Daily", codes: [], hosts: ["shine.cn", "shanghaidaily.com"], aliases: [] },
  { name: "The Korea Herald", codes: [], hosts: ["koreaherald.com"], aliases: ["Korea Herald"] },
  { name: "Đại Đoàn Kết", codes: [], hosts: ["daidoanket.vn"], aliases: ["Báo Đại Đoàn Kết"] },
  { name: "Kinh tế & Đô thị", codes: [], hosts: ["kinhtedothi.vn"], aliases: ["Báo Kinh tế & Đô thị", "Economic & Urban"] },
  { name: "Pháp Luật Việt Nam", codes: [], hosts: ["baophapluat.vn"], aliases: ["Báo Pháp luật Việt Nam"] },
  { name: "Văn Hóa", codes: [], hosts: ["baovanhoa.vn"], aliases: ["Báo Văn hóa"] },
  { name: "Tạp chí Cộng sản", codes: [], hosts: ["tapchicongsan.org.vn"], aliases: ["Communist Review"] },
  { name: "Tạp chí Quốc phòng toàn dân", codes: [], hosts: ["tapchiqptd.vn"], aliases: ["National Defence Journal"] },
  { name: "Bnews", codes: [], hosts: ["bnews.vn"], aliases: [] },
  { name: "The Investor", codes: [], hosts: ["theinvestor.vn"], aliases: [] },
  { name: "Russia Beyond", codes: ["RBTH"], hosts: ["rbth.com"], aliases: ["Russia Beyond the Headlines"] },
  { name: "RBC", codes: [], hosts: ["rbc.ru"], aliases: ["РБК"] },
  { name: "Lenta.ru", codes: [], hosts: ["lenta.ru"], aliases: ["Лента.ру"] },
  { name: "Gazeta.ru", codes: [], hosts: ["gazeta.ru"], aliases: ["Газета.Ru"] },
  { name: "Komsomolskaya Pravda", codes: [], hosts: ["kp.ru"], aliases: ["Комсомольская правда"] },
  { name: "Moskovsky Komsomolets", codes: [], hosts: ["mk.ru"], aliases: ["Московский комсомолец"] },
  { name: "Nezavisimaya Gazeta", codes: [], hosts: ["ng.ru"], aliases: ["Независимая газета"] },
  { name: "Parlamentskaya Gazeta", codes: [], hosts: ["pnp.ru"], aliases: ["Парламентская газета"] },
  { name: "Vesti", codes: [], hosts: ["vesti.ru"], aliases: ["Вести"] },
  { name: "Channel One Russia", codes: [], hosts: ["1tv.ru", "1tv.com"], aliases: ["Первый канал"] },
  { name: "State Duma", codes: [], hosts: ["duma.gov.ru"], aliases: ["Государственная дума"] },
  { name: "Valdai Discussion Club", codes: [], hosts: ["valdaiclub.com"], aliases: ["Valdai Club"] },
  { name: "The Japan Times", codes: [], hosts: ["japantimes.co.jp"], aliases: ["Japan Times"] },
  { name: "The Korea Times", codes: [], hosts: ["koreatimes.co.kr"], aliases: ["Korea Times"] },
  { name: "The Hindu", codes: [], hosts: ["thehindu.com"], aliases: [] },
  { name: "Jiji Press", codes: ["Jiji"], hosts: ["jiji.com"], aliases: [], wire: true },
  { name: "Press Trust of India", codes: ["PTI"], hosts: ["ptinews.com"], aliases: [], wire: true },
  { name: "Antara", codes: ["Antara"], hosts: ["antaranews.com"], aliases: ["Antara News"], wire: true },
  { name: "Prensa Latina", codes: ["PL"], hosts: ["prensa-latina.cu", "plenglish.com"], aliases: [], wire: true },
  { name: "KPL", codes: ["KPL"], hosts: ["kpl.gov.la"], aliases: ["Lao News Agency"], wire: true },
];

/** Case-, diacritic- and spacing-insensitive key: `Báo Tin Tức` and `bao tin  tuc` meet. */
export function publisherKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
}

/** A web host as pages print it: `vietnamplus.vn`, `VOV.VN`, `en.kremlin.ru` (no scheme, no path). */
const HOST_SHAPE = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}$/iu;

/** A list of publishers indexed by code, name and host. */
export class PublisherTable {
  readonly publishers: readonly Publisher[];
  private readonly byCode = new Map<string, Publisher>();
  private readonly byName = new Map<string, Publisher>();
  private readonly byHost = new Map<string, Publisher>();

  constructor(publishers: readonly Publisher[]) {
    this.publishers = publishers;
    for (const publisher of publishers) {
      for (const code of publisher.codes) if (!this.byCode.has(publisherKey(code))) this.byCode.set(publisherKey(code), publisher);
      for (const name of [publisher.name, ...publisher.aliases])
        if (!this.byName.has(publisherKey(name))) this.byName.set(publisherKey(name), publisher);
      for (const host of publisher.hosts) if (!this.byHost.has(host)) this.byHost.set(host, publisher);
    }
  }

  code(code: string): Publisher | undefined {
    const key = publisherKey(code);
    return key === "" ? undefined : this.byCode.get(key);
  }

  /** A name, an alias or a code; a text shaped like a host (`VOV.VN`, `nongnghiep.vn`) by its host too. */
  name(name: string): Publisher | undefined {
    const key = publisherKey(name);
    if (key === "") return undefined;
    return this.byName.get(key) ?? this.byCode.get(key) ?? (HOST_SHAPE.test(name.trim()) ? this.host(name.trim()) : undefined);
  }

  /** The outlet of the most specific host listed: `japannews.yomiuri.co.jp` before `yomiuri.co.jp`. */
  host(urlOrHost: string): Publisher | undefined {
    const host = hostOf(urlOrHost);
    if (!host) return undefined;
    for (let at = 0; at !== -1; at = host.indexOf(".", at + 1)) {
      const known = this.byHost.get(at === 0 ? host : host.slice(at + 1));
      if (known) return known;
    }
    return undefined;
  }
}

const BUILT_IN_TABLE = new PublisherTable(BUILT_IN_PUBLISHERS);
let active = BUILT_IN_TABLE;

/**
 * Makes `table` the list the lookups answer from (the built-in list when
 * undefined) and returns the one it replaces, to be put back.
 */
export function usePublishers(table: PublisherTable | undefined): PublisherTable {
  const previous = active;
  active = table ?? BUILT_IN_TABLE;
  return previous;
}

/** `VNS`, `vna`, `Reuters` → the publisher that signs with that code. */
export function publisherByCode(code: string): Publisher | undefined {
  return active.code(code);
}

/** A masthead name in any spelling (`Bao Tin Tuc`, `Báo Tin Tức`, `РИА Новости`), a code, or a site's host (`VTV.vn`). */
export function publisherByName(name: string): Publisher | undefined {
  return active.name(name);
}

/** `https://en.sggp.org.vn/…` or `baotintuc.vn` → the publisher of that site. */
export function publisherByHost(urlOrHost: string): Publisher | undefined {
  return active.host(urlOrHost);
}

function hostOf(urlOrHost: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`;
  try {
    return new URL(candidate).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
