/**
 * The site an address names, for the publisher of a page the outlet list does
 * not know: its registrable domain (`kion546.com` of
 * `https://www.kion546.com/ap-colorado/…`, `inquirer.net` of
 * `newsinfo.inquirer.net`), which is how such sites are known and how they
 * often name themselves (`Vietnam.vn`, `Lenta.ru`). An address that does not
 * name the page's own site names no publisher: a link shortener, a social
 * network or search engine sharing it, a bare IP address. An archived copy
 * (`web.archive.org/web/2023…/https://tass.com/…`) names the archived page's site.
 */

/** Hosts that pass a page along without publishing it. */
const PASSING_HOSTS = new Set([
  "bit.ly",
  "t.co",
  "goo.gl",
  "tinyurl.com",
  "ow.ly",
  "buff.ly",
  "lnkd.in",
  "rebrand.ly",
  "is.gd",
  "facebook.com",
  "fb.com",
  "twitter.com",
  "x.com",
  "t.me",
  "telegram.me",
  "vk.com",
  "ok.ru",
  "zalo.me",
  // A blog platform whose channels are other outlets' (`dzen.ru/a/…` of DON24): the page names its channel.
  "dzen.ru",
  "zen.yandex.ru",
  "youtube.com",
  "youtu.be",
  "linkedin.com",
  "reddit.com",
  "instagram.com",
  "tiktok.com",
  "google.com",
  "bing.com",
  "yandex.ru",
  "duckduckgo.com",
  "archive.org",
  "archive.ph",
  "archive.today",
  "archive.is",
]);

/** Second-level labels under a country's domain (`com.vn`, `co.uk`, `gov.la`): the domain is one label longer. */
const GENERIC_SECOND_LEVEL = new Set([
  "com",
  "net",
  "org",
  "gov",
  "edu",
  "ac",
  "co",
  "or",
  "ne",
  "go",
  "info",
  "int",
  "mil",
  "nic",
  "health",
]);

/** `web.archive.org/web/20230912/https://tass.com/…`, `archive.ph/2024.01.01/https://…`: the archived page's address. */
export function archivedAddress(address: string): string | undefined {
  const inner = /^https?:\/\/(?:web\.)?archive\.(?:org|ph|today|is)\/(?:web\/)?[\w.*-]{1,40}\/(https?:\/\/\S+)$/iu.exec(address);
  return inner?.[1];
}

function hostOf(address: string): string | undefined {
  try {
    return new URL(address).hostname.toLowerCase().replace(/\.$/u, "");
  } catch {
    return undefined;
  }
}

/**
 * Hosts that give each of their users a site of their own under a subdomain
 * (`theaseannewsblog.blogspot.com`): the subdomain is the site, as the public
 * suffix list has it.
 */
const SHARED_HOSTS = new Set([
  "blogspot.com",
  "wordpress.com",
  "substack.com",
  "tumblr.com",
  "livejournal.com",
  "github.io",
  "wixsite.com",
  "weebly.com",
]);

/** `en.baobacgiang.vn` → `baobacgiang.vn`, `japannews.yomiuri.co.jp` → `yomiuri.co.jp`, `x.blogspot.com` kept. */
export function registrableDomain(host: string): string {
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const countryCoded = labels.at(-1)!.length === 2 && GENERIC_SECOND_LEVEL.has(labels.at(-2)!);
  // `kvs.gov.spb.ru` (blind-vnru-34, 471): a region's government under its regional domain, `gov.spb.ru`;
  // the office is the label before `gov`.
  if (labels.length >= 4 && !countryCoded && labels.at(-1)!.length === 2 && labels.at(-3) === "gov") return labels.slice(-4).join(".");
  const shared = SHARED_HOSTS.has(labels.slice(-2).join("."));
  return labels.slice(countryCoded || shared ? -3 : -2).join(".");
}

/**
 * The readable name of the site an address is on, or undefined when the
 * address does not name a publishing site (see the header).
 */
export function siteOfAddress(address: string): string | undefined {
  const archived = archivedAddress(address);
  if (archived !== undefined) return siteOfAddress(archived);
  const host = hostOf(address);
  if (host === undefined || !/[a-z]/u.test(host.split(".").at(-1) ?? "") || !host.includes(".")) return undefined;
  const domain = registrableDomain(host);
  if (PASSING_HOSTS.has(domain) || PASSING_HOSTS.has(host.replace(/^(?:www|m|mobile)\./u, ""))) return undefined;
  return domain;
}
