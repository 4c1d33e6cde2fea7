/**
 * The publisher and the wire agency of a page, from what the page itself says
 * of them: its address, the site's name in its page title, masthead, banner,
 * prompt to follow it or copyright line, the code opening the lede (`VGP –`, `(VOVWORLD) -`), the
 * sign-off (`— VNS`, `CPV/VNA`), the dateline's agency (`/TASS/.`, `(Reuters)`),
 * a source line (`Source: Xinhua`), a byline's outlet.
 *
 * The site's own name lines outrank what the text credits: a wire an article
 * carries (`HANOI (Reuters) -` on another site) is the entry's `agency`, and
 * the publisher only when the page names no site of its own. A photo agency
 * credited under a picture is neither. The table of known outlets
 * (taxonomy/publishers.ts) spells names the way their mastheads do; an outlet it does not
 * know keeps the name its own lines give.
 */
import { foldedName, publisherByName } from "../taxonomy/publishers.ts";

/** Where a publisher's name was read, most telling first. */
export type EvidenceKind =
  /** The host of the original article's address, known to the table. */
  | "address"
  /** `Putin arrives in Hanoi - Sputnik International`: the site named after the headline. */
  | "pageTitle"
  /** Name lines above the article: masthead, site banner, doubled site name, `Official website of …`. */
  | "masthead"
  /** `Follow RT on Telegram`, `Theo dõi Baoquocte.vn trên`: a site asks to be followed under its own name. */
  | "followPrompt"
  /** `© 2024 The Moscow Times`, `Copyright © VietnamPlus`. */
  | "copyright"
  /**
   * The site's own desk credited for the text (`Редакция сайта ТАСС`, `Редакция
   * портала «Русский мир»`): a site credits its own editorial office so, even a
   * wire's site, where the dateline's `/ТАСС/` alone would read as a carried copy.
   */
  | "deskCredit"
  /**
   * A wire's own notice (`Copyright 2023 The Associated Press. All rights
   * reserved.`): printed under its copy on its own site and on the sites that
   * carry it alike, it names whose copy the text is, not the site.
   */
  | "wireCopyright"
  /** The outlet's code opening the lede: `VGP –`, `(VOVWORLD) -`, `TTO -`, `VNA/WVR –`. */
  | "leadCode"
  /** The outlet signing off after the text: `— VNS`, `CPV/VNA`, `TTXVN/Báo Tin tức`, a closing `VNA`. */
  | "signOff"
  /** The agency in the dateline: `MOSCOW, June 16. /TASS/.`, `HANOI (Reuters) -`. */
  | "dateline"
  /** `Source: Xinhua`, `Theo TTXVN`. */
  | "sourceLine"
  /**
   * A wire credited inside the lede's own sentences (`…, сообщает ТАСС.`, `Как
   * передает РИА Новости, …`): a site retelling the wire's story says so; the
   * wire's own page does not credit itself so.
   */
  | "ledeCredit"
  /** A byline's outlet: `By Jane Doe, Reuters`, `By VnExpress Staff`, a name glued to the date line. */
  | "byline"
  /**
   * The editor's address of the page, its host unknown to the table or a site that republishes
   * other outlets' articles (Báo Mới): the site the page is on, after the site's own name lines
   * and before the outlets the text credits (`— VNS` on a site that republishes Việt Nam News).
   * A name the page writes for the same site (`UrduPoint News` on urdupoint.com) stands for it.
   */
  | "siteAddress"
  /** A site's banner the table does not know: its host, when nothing else names the site. */
  | "unknownHost"
  /** A paper (never an agency) credited for the photos of its own page: `(Photo: SGGP)`. */
  | "photoCredit"
  /** A site that republishes other outlets' articles (Vietnam.vn): only when nothing names the original. */
  | "aggregator";

const RANK: Readonly<Record<EvidenceKind, number>> = {
  address: 0,
  pageTitle: 1,
  masthead: 2,
  followPrompt: 3,
  copyright: 4,
  deskCredit: 5,
  siteAddress: 5.5,
  wireCopyright: 6,
  leadCode: 7,
  signOff: 8,
  dateline: 9,
  sourceLine: 10,
  ledeCredit: 11,
  byline: 12,
  unknownHost: 13,
  photoCredit: 14,
  aggregator: 15,
};

/** Kinds that name the site a page is on; the others name whose copy it is. */
const OWN_SITE: ReadonlySet<EvidenceKind> = new Set([
  "address",
  "pageTitle",
  "masthead",
  "followPrompt",
  "copyright",
  "deskCredit",
  "siteAddress",
]);

export interface PublisherEvidence {
  name: string;
  kind: EvidenceKind;
}

function isWire(name: string): boolean {
  return publisherByName(name)?.wire === true;
}

/** The strongest evidence first; among equals, the first read. */
function strongestFirst(evidence: readonly PublisherEvidence[]): PublisherEvidence[] {
  return evidence
    .map((item, order) => ({ item, order }))
    .sort((a, b) => RANK[a.item.kind] - RANK[b.item.kind] || a.order - b.order)
    .map(({ item }) => item);
}

/**
 * Kinds that credit a wire for the story the way a site carrying it does
 * (`By AAMER MADHANI` / `Associated Press`, `04.08.2022 ТАСС 107 просмотров`,
 * `Путин прилетел во Вьетнам …, сообщает ТАСС.`): the wire's own site does not
 * put its name in its bylines nor credit itself in its lede, while its
 * datelines (`MOSCOW, June 16. /TASS/.`) are the same on its site and off it.
 */
const CARRIED: ReadonlySet<EvidenceKind> = new Set(["byline", "ledeCredit"]);

/**
 * The publisher: the wire's own site when the page is on it (its address,
 * title or masthead), else the strongest name of a non-wire outlet, else the
 * wire whose copy it is, unless a byline or the lede credits it (then it is carried by a
 * site the page does not name: no publisher). The agency: the strongest
 * wire named other than the publisher.
 */
export function choosePublisher(evidence: readonly PublisherEvidence[]): { publisher?: string; agency?: string } {
  const ranked = strongestFirst(evidence);
  const named = ranked.filter((item) => item.kind !== "aggregator");
  const [best] = named;
  let publisher: string | undefined;
  if (best && isWire(best.name) && OWN_SITE.has(best.kind)) publisher = best.name;
  else {
    const carried = new Set(named.filter((item) => CARRIED.has(item.kind)).map((item) => item.name));
    publisher =
      named.find((item) => !isWire(item.name))?.name ??
      named.find((item) => !carried.has(item.name) && item.kind !== "photoCredit")?.name ??
      (named.length === 0 ? ranked[0]?.name : undefined) ??
      // A wire's story on a site that republishes others' (NewsBreak carrying Reuters): the wire is
      // the agency, and the site that carries it is the only publisher left.
      ranked.find((item) => item.kind === "aggregator")?.name;
  }
  // A host stands for the site until the page writes the site's name: `urdupoint.com` is `UrduPoint News`.
  const host = publisher;
  if (host?.includes(".") && named.some((item) => item.kind === "siteAddress" && item.name === host))
    publisher = named.find((item) => item.kind !== "siteAddress" && namesHost(item.name, host))?.name ?? host;
  // The agency is a wire whose copy the page carries, and by the entry's contract only when it is
  // not the publisher: a wire taken as the publisher (its own site, or the best guess when nothing
  // names a site) is not also its agency.
  const agency = named.find((item) => isWire(item.name) && item.kind !== "photoCredit" && item.name !== publisher)?.name;
  return { ...(publisher === undefined ? {} : { publisher }), ...(agency === undefined ? {} : { agency }) };
}

/** The shortest host label or site name taken as naming the other. */
const HOST_STEM_LENGTH = 4;

/**
 * Whether an outlet's name is the site of a host (`UrduPoint News` of
 * `urdupoint.com`, `OREANDA-NEWS` of `oreanda.ru`, `BGNES` of
 * `bgnesnews.com`, `The Europe Today` of `theeuropetoday.com`): the host's
 * first label and the name, in lower-case letters and digits, one the start of
 * the other.
 */
export function namesHost(name: string, host: string): boolean {
  const stem = foldedName(host.split(".")[0] ?? "");
  const written = foldedName(name);
  if (stem.length < HOST_STEM_LENGTH || written.length < HOST_STEM_LENGTH) return false;
  return written.startsWith(stem) || stem.startsWith(written);
}
