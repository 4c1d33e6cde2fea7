/**
 * The publishers ingest recognises, by agency code, web host or name. This is
 * data: an editor adds a row when a new site turns up. `name` is what entries
 * show: the masthead name, with its diacritics.
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
}

export const PUBLISHERS: readonly Publisher[] = [
  { name: "Việt Nam News", codes: ["VNS"], hosts: ["vietnamnews.vn"], aliases: ["Vietnam News", "Viet Nam News"] },
  {
    name: "Vietnam News Agency",
    codes: ["VNA", "TTXVN"],
    hosts: ["vnanet.vn", "vnagency.com.vn"],
    aliases: ["Thông tấn xã Việt Nam", "Viet Nam News Agency"],
  },
  { name: "VietnamPlus", codes: [], hosts: ["vietnamplus.vn"], aliases: ["Vietnam Plus"] },
  { name: "Báo Tin Tức", codes: [], hosts: ["baotintuc.vn"], aliases: ["Tin Tức", "Tin Tuc News"] },
  {
    name: "Sài Gòn Giải Phóng",
    codes: ["SGGP", "SGGPO"],
    hosts: ["sggp.org.vn", "saigongiaiphong.vn"],
    aliases: ["Saigon Giai Phong", "SGGP News", "Báo Sài Gòn Giải Phóng"],
  },
  { name: "VnExpress", codes: [], hosts: ["vnexpress.net"], aliases: ["VnExpress International", "VnE"] },
  { name: "Tuổi Trẻ", codes: ["TTO"], hosts: ["tuoitre.vn", "tuoitrenews.vn"], aliases: ["Tuoi Tre News", "Báo Tuổi Trẻ"] },
  { name: "Thanh Niên", codes: ["TNO"], hosts: ["thanhnien.vn"], aliases: ["Thanh Nien News", "Báo Thanh Niên"] },
  { name: "Nhân Dân", codes: ["NDO"], hosts: ["nhandan.vn"], aliases: ["Nhan Dan Online", "Báo Nhân Dân"] },
  { name: "Quân Đội Nhân Dân", codes: ["QĐND"], hosts: ["qdnd.vn"], aliases: ["People's Army Newspaper"] },
  { name: "Báo Chính Phủ", codes: ["VGP"], hosts: ["baochinhphu.vn", "chinhphu.vn"], aliases: ["VGP News", "Government News"] },
  { name: "Voice of Vietnam", codes: ["VOV"], hosts: ["vov.vn", "vovworld.vn"], aliases: ["Đài Tiếng nói Việt Nam"] },
  { name: "Vietnam Television", codes: ["VTV"], hosts: ["vtv.vn"], aliases: ["Đài Truyền hình Việt Nam"] },
  { name: "Lao Động", codes: [], hosts: ["laodong.vn"], aliases: ["Báo Lao Động"] },
  { name: "Người Lao Động", codes: ["NLĐ", "NLĐO"], hosts: ["nld.com.vn"], aliases: [] },
  { name: "Dân Trí", codes: [], hosts: ["dantri.com.vn"], aliases: ["Dtinews"] },
  { name: "VietNamNet", codes: [], hosts: ["vietnamnet.vn"], aliases: [] },
  { name: "Tiền Phong", codes: ["TPO"], hosts: ["tienphong.vn"], aliases: [] },
  { name: "Pháp Luật TP.HCM", codes: ["PLO"], hosts: ["plo.vn"], aliases: [] },
  { name: "Hanoi Times", codes: [], hosts: ["hanoitimes.vn"], aliases: ["The Hanoi Times"] },
  { name: "Vietnam.vn", codes: [], hosts: ["vietnam.vn"], aliases: [], aggregator: true },
  { name: "Reuters", codes: ["Reuters"], hosts: ["reuters.com"], aliases: ["Thomson Reuters"] },
  { name: "Associated Press", codes: ["AP"], hosts: ["apnews.com"], aliases: ["The Associated Press"] },
  { name: "Agence France-Presse", codes: ["AFP"], hosts: ["afp.com"], aliases: ["Agence France Presse"] },
  { name: "TASS", codes: ["TASS", "ITAR-TASS"], hosts: ["tass.com", "tass.ru"], aliases: [] },
  { name: "RIA Novosti", codes: ["RIA"], hosts: ["ria.ru"], aliases: [] },
  { name: "Sputnik", codes: [], hosts: ["sputnikglobe.com", "sputniknews.com"], aliases: [] },
  { name: "Xinhua", codes: ["Xinhua"], hosts: ["xinhuanet.com", "news.cn"], aliases: ["Xinhua News Agency"] },
  { name: "Kyodo News", codes: ["Kyodo"], hosts: ["kyodonews.net"], aliases: [] },
  { name: "Yonhap", codes: ["Yonhap"], hosts: ["yna.co.kr"], aliases: ["Yonhap News Agency"] },
  { name: "Bernama", codes: ["Bernama"], hosts: ["bernama.com"], aliases: [] },
];

/** Case-, diacritic- and spacing-insensitive key: `Báo Tin Tức` and `bao tin  tuc` meet. */
export function publisherKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, " ")
    .trim();
}

const byCode = new Map<string, Publisher>();
const byName = new Map<string, Publisher>();
for (const publisher of PUBLISHERS) {
  for (const code of publisher.codes) byCode.set(publisherKey(code), publisher);
  for (const name of [publisher.name, ...publisher.aliases]) byName.set(publisherKey(name), publisher);
}

/** `VNS`, `vna`, `Reuters` → the publisher that signs with that code. */
export function publisherByCode(code: string): Publisher | undefined {
  return byCode.get(publisherKey(code));
}

/** A masthead name in any spelling (`Bao Tin Tuc`, `Báo Tin Tức`), or a code. */
export function publisherByName(name: string): Publisher | undefined {
  const key = publisherKey(name);
  return byName.get(key) ?? byCode.get(key);
}

/** `https://en.sggp.org.vn/…` or `baotintuc.vn` → the publisher of that site. */
export function publisherByHost(urlOrHost: string): Publisher | undefined {
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  return PUBLISHERS.find((publisher) =>
    publisher.hosts.some((known) => host === known || host.endsWith(`.${known}`)),
  );
}

function hostOf(urlOrHost: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`;
  try {
    return new URL(candidate).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
