/**
 * The dateline opening a news story: the place it was filed from, sometimes
 * with a date and the agency: `HÀ NỘI —`, `MOSCOW (Reuters) -`, `HANOI, Vietnam
 * (AP) —`, `Hanoi, January 14 (VNA) –`, `MOSCOW, January 14. /TASS/.`
 */
import { findFullDates, parseMonthDay, type CalendarDay, type MonthDay } from "./date-expressions.ts";
import { firstSentence } from "./headline.ts";
import { SPACELESS_SCRIPT } from "./line-shape.ts";
import { publisherByHost, publisherByHostStem, publisherByName } from "../taxonomy/publishers.ts";

function isKnownOutlet(text: string): boolean {
  return publisherByName(text) !== undefined || (/\.[a-z]{2,3}$/iu.test(text) && publisherByHost(text) !== undefined);
}

/**
 * An outlet's code opening a lede: a known one (`VGP`, `VTV.vn`), or codes
 * joined by a slash of which one is known (`VNA/WVR`: the agency and the paper
 * carrying its copy).
 */
function isPublisherCode(text: string): boolean {
  if (isKnownOutlet(text) || publisherByHostStem(text) !== undefined) return true;
  const parts = text.split("/");
  return (
    parts.length > 1 && parts.some(isKnownOutlet) && parts.every((part) => isKnownOutlet(part) || /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(part))
  );
}

/** Labels that open a lede in brackets without being an outlet (`(LEAD)`, `(UPDATE 1)`). */
const NOT_OUTLETS =
  /^(?:LEAD|UPDATE|URGENT|AMENDED|CORRECTED|CORRECTION|EDITORIAL|INTERVIEW|PHOTOS?|VIDEO|FOCUS|ANALYSIS|OPINION|BREAKING|EXCLUSIVE|LIVE|FILE)\b/u;

/**
 * `(VAN) The ministry …`: an outlet's code in brackets opening the lede, with no
 * dash after it; glued to a lede in a script written without spaces
 * (`(VGP)5月20日,越南…`).
 */
const BRACKETED_CODE = new RegExp(String.raw`^\((\p{Lu}[\p{Lu}\d&.]{1,11})\)(?:\s+(?=\p{Lu})|(?=\d{0,4}${SPACELESS_SCRIPT}))`, "u");

export interface Dateline {
  /** The place in ordinary capitalisation: `Hà Nội`, `Moscow`; none when the paper's code stands there (`TTO -`). */
  place?: string;
  /** The agency in the dateline (`Reuters`, `VNA`), as written. */
  agency?: string;
  /** The day in the dateline, when it has one (`January 14`). */
  monthDay?: MonthDay;
  /** The day with its year, when the dateline writes it (`HANOI, Jan 15, 2025 (Reuters) -`). */
  day?: CalendarDay;
  /** The paragraph without its dateline. */
  rest: string;
}

const UPPER_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.]*`;
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’.-]+`;
/** `, Vietnam`, `, January 14` or `, Jan 15, 2025` between the place and the agency; Interfax puts a full stop (`MOSCOW. Jan 30`). */
const QUALIFIER = String.raw`(?:[,.]\s*([^,()—–\-/]{2,30}?(?:,\s*(?:19|20)\d{2})?))?`;
const AGENCY = String.raw`\(\s*([^()]{2,30}?)\s*\)`;
const DASH = String.raw`\s*(?:[—–]|--?)\s*`;

/**
 * AFP as blogs re-post it: the place, the agency in brackets, then the full
 * date and a dash: `Hanoi (AFP) Oct 31, 2010 - Russia and Vietnam …`.
 */
const AGENCY_THEN_DATE_DATELINE = new RegExp(
  String.raw`^((?:${TITLE_WORD}|${UPPER_WORD})(?: (?:${TITLE_WORD}|${UPPER_WORD})){0,3})\s*${AGENCY}\s+([^()—–\-/]{6,30}?)${DASH}(?=\p{Lu})`,
  "u",
);

/** A wire's name and a colon opening the lede: `Reuters: Министр …`, `AFP: The minister …`. */
const AGENCY_COLON = /^([^\s():]{2,20}(?: [^\s():]{2,15}){0,2}):\s+(?=\p{Lu})/u;

/**
 * All-capital place, optional qualifier and agency, then a dash: `HÀ NỘI —`,
 * `MOSCOW (Reuters) -`; Xinhua files from two places at once:
 * `HANOI/MOSCOW, June 20 (Xinhua) --`. A hyphen inside a word is no dash: `ON THE
 * CO-OPERATION BETWEEN …` opens a headline in capitals, not a dateline `ON THE CO`
 * (blind-vnru-38, 513).
 */
const UPPER_DATELINE = new RegExp(
  String.raw`^(${UPPER_WORD}(?:[ /-]${UPPER_WORD}){0,3})(?!-\p{L})${QUALIFIER}\s*(?:${AGENCY})?${DASH}(?=\S)`,
  "u",
);
/**
 * A place may open on its initials, two to four capitals, before its words in
 * title case: `HCM City (VNA) –` (VietnamPlus, blind-vnru-62, 799).
 */
const PLACE_INITIALS = String.raw`(?:\p{Lu}{2,4} )?`;
/** Ordinary-case place needs an agency to be told from prose: `Hanoi, January 14 (VNA) –`. */
const TITLE_DATELINE = new RegExp(
  String.raw`^(${PLACE_INITIALS}${TITLE_WORD}(?: ${TITLE_WORD}){0,3})${QUALIFIER}\s*${AGENCY}${DASH}(?=\S)`,
  "u",
);
/** An ordinary-case place with a full date needs no agency: `Hanoi, 20 giugno 2024 – Il presidente …`. */
const TITLE_DATED_DATELINE = new RegExp(
  String.raw`^(${TITLE_WORD}(?: ${TITLE_WORD}){0,3}),\s*([^,()—–\-/]{2,30}?(?:,\s*(?:19|20)\d{2})?)${DASH}(?=\p{Lu})`,
  "u",
);
/**
 * TASS: `MOSCOW, January 14. /TASS/.`; a place abroad may carry its country or
 * region between slashes, `BURABAI SETLEMENT /Kazakhstan/, May 29. /TASS/.`, or
 * in brackets, as TASS's English site prints a place it seldom writes from:
 * `CAM RANH (Vietnam), June 4. /TASS/.` (blind-vnru-37, 499).
 */
const SLASHED_AGENCY_DATELINE = new RegExp(
  String.raw`^(${UPPER_WORD}(?:[ -]${UPPER_WORD}){0,3})(?:\s*\/${TITLE_WORD}(?: ${TITLE_WORD}){0,2}\/|\s*\(${TITLE_WORD}(?: ${TITLE_WORD}){0,2}\))?${QUALIFIER}\.\s*\/([\p{Lu}-]{2,12})\/\.?\s+(?=\S)`,
  "u",
);

/**
 * UrduPoint: the outlets and the full date inside the bracket, and no dash
 * after it: `MOSCOW (UrduPoint News / Sputnik - 16th September, 2021) Russian …`.
 */
const DATED_BRACKET_DATELINE = new RegExp(
  String.raw`^(${UPPER_WORD}(?:[ -]${UPPER_WORD}){0,3})\s*\(\s*([^()]{2,60}?)\s+[—–-]\s+([^()]{6,30}?)\s*\)\s+(?=\p{Lu})`,
  "u",
);

/** CNN: the place, then the outlet, then a dash: `Hong Kong CNN —`, `Hanoi, Vietnam CNN —`. */
const PLACE_THEN_OUTLET = new RegExp(
  String.raw`^(${TITLE_WORD}(?: ${TITLE_WORD}){0,3})(?:,\s*(${TITLE_WORD}(?: ${TITLE_WORD}){0,2}))?\s+(\p{Lu}{2,6})${DASH}(?=\S)`,
  "u",
);
/**
 * EFE as news sites print it in English: an ordinary-case place, its country in
 * brackets, the day, the agency in brackets and a full stop, no dash: `Ho Chi
 * Minh (Vietnam), July 6 (EFE). Today, …` (blind-vnru-23, 332). Only a known
 * outlet in the bracket and a day before it make it a dateline. AP as sites
 * re-post it drops the stop too: `Hanoi, Jan 14 (AP) Vietnam and Russia …`
 * (blind-vnru-68, 870); with no stop, only a wire's name in the bracket.
 */
const BRACKETED_AGENCY_STOP_DATELINE = new RegExp(
  String.raw`^(${TITLE_WORD}(?: ${TITLE_WORD}){0,3})(?:\s*\(${TITLE_WORD}(?: ${TITLE_WORD}){0,2}\))?,\s*([^,()—–\-/.]{2,30}?)\s*${AGENCY}(\.?)\s+(?=\p{Lu})`,
  "u",
);

/**
 * Interfax: the place and the day as sentences, then the site's own name and a
 * dash: `Москва. 24 февраля. INTERFAX.RU - Text…`. Only a known outlet there
 * makes it a dateline.
 */
const PLACE_DAY_OUTLET = new RegExp(
  String.raw`^((?:${TITLE_WORD}|${UPPER_WORD})(?: (?:${TITLE_WORD}|${UPPER_WORD})){0,3})[.,]\s+([^.,()—–\-/]{3,20}?)\.\s+([^\s()]{2,20})${DASH}(?=\p{Lu})`,
  "u",
);
/**
 * A site's own name written as its domain after the place and the full date,
 * and a full stop: `Ростовская область, 20 февраля 2023. DON24.RU. В составе …`
 * (DON24 on Dzen, blind-vnru-35, 483). A name in the form of a domain is a
 * site's, known or not; only a full date before it makes the line a dateline.
 */
const PLACE_DATE_SITE =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,3}),\s+([^.,()—–\-/]{3,24}?)\.\s+(\p{Lu}[\p{Lu}\d-]{1,20}\.(?:RU|SU|COM|NET|ORG|INFO|VN))\.\s+(?=\p{Lu})/u;
/**
 * CNA: an all-capital place and a colon: `HANOI: Vietnam and Russia …`; an
 * Indian wire puts its country and code before the colon: `LANGKAWI, MALAYSIA (BNS): …`.
 */
const UPPER_COLON_DATELINE = new RegExp(
  String.raw`^(${UPPER_WORD}(?:[ -]${UPPER_WORD}){0,3})(?:,\s*(${UPPER_WORD}(?: ${UPPER_WORD}){0,2}))?(?:\s*${AGENCY})?:\s+(?=\p{Lu})`,
  "u",
);

/** BBC's `Reporting from Hanoi` line (copied as `Reporting fromHanoi`): the place, or undefined. */
export function parseReportingFrom(line: string): string | undefined {
  const match = /^[Rr]eporting from\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u.exec(line.trim());
  return match ? match[1] : undefined;
}

/** All-capital openings that are labels, not places. */
// biome-ignore format: a word list packed by hand
const NOT_PLACES = new Set(["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "PHOTOS", "EDITORIAL", "NOTE"]);

/** `HÀ NỘI` → `Hà Nội`, `HO CHI MINH CITY` → `Ho Chi Minh City`, `HANOI/MOSCOW` → `Hanoi/Moscow`; mixed case is kept. */
export function capitaliseAllCapsPlace(place: string): string {
  if (place !== place.toLocaleUpperCase("vi")) return place;
  return place
    .toLocaleLowerCase("vi")
    .replace(/(^|[\s/-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("vi"));
}

/**
 * A paper's own code or name opening the lede in place of a dateline: `TTO - `,
 * `NDO – `, `(Dân trí) - `, `VOV.VN - `, `The Hanoi Times – `.
 */
const LEAD_CODE = /^\(?([^\s()]{2,15}(?: [^\s()]{2,12}){0,3})\)?\s*(?:[—–]|--?)\s*(?=\S)/u;
/** The same with a full stop, as Báo Quốc tế writes it: `TG&VN. Chiều 3/3, …`. */
const LEAD_CODE_STOP = /^\(?([^\s().]{2,15})\)?\.\s+(?=\p{Lu})/u;

/** OREANDA-NEWS: the outlet's code and the full date as sentences: `OREANDA-NEWS. October 28, 2009. In the course …`. */
const CODE_THEN_DATE = /^(\p{Lu}[\p{Lu}\d&-]{1,19})\.\s+([^.]{6,30}?)\.\s+(?=\p{Lu})/u;

/** RIA Novosti and Interfax put their name after the dash: `МОСКВА, 14 янв — РИА Новости. Text…`. */
const AGENCY_AFTER_DASH = /^([^.,]{2,30}?)\.\s+(?=\S)/u;

export function parseDateline(paragraph: string): Dateline | undefined {
  const dated = parseCodeThenDate(paragraph) ?? parseAgencyThenDate(paragraph);
  if (dated) return dated;
  const colonAgency = AGENCY_COLON.exec(paragraph);
  if (colonAgency && publisherByName(colonAgency[1]!)?.wire === true) {
    const rest = paragraph.slice(colonAgency[0].length).trim();
    if (rest !== "") return { agency: colonAgency[1]!, rest };
  }
  const code = LEAD_CODE.exec(paragraph) ?? LEAD_CODE_STOP.exec(paragraph);
  if (code && isPublisherCode(code[1]!)) {
    const rest = paragraph.slice(code[0].length).trim();
    if (rest !== "") return { agency: code[1]!, rest };
  }
  const bracketed = BRACKETED_CODE.exec(paragraph);
  if (bracketed && !NOT_OUTLETS.test(bracketed[1]!)) {
    const rest = paragraph.slice(bracketed[0].length).trim();
    if (rest !== "") return { agency: bracketed[1]!, rest };
  }
  const outlet = PLACE_THEN_OUTLET.exec(paragraph);
  if (outlet && publisherByName(outlet[3]!)) {
    const rest = paragraph.slice(outlet[0].length).trim();
    if (rest !== "") return { place: outlet[1]!, agency: outlet[3]!, rest };
  }
  const dayOutlet = PLACE_DAY_OUTLET.exec(paragraph);
  const dayOfOutlet = dayOutlet && isKnownOutlet(dayOutlet[3]!) ? parseMonthDay(dayOutlet[2]!) : undefined;
  if (dayOutlet && dayOfOutlet) {
    const rest = paragraph.slice(dayOutlet[0].length).trim();
    return { place: capitaliseAllCapsPlace(dayOutlet[1]!), agency: dayOutlet[3]!, monthDay: dayOfOutlet, rest };
  }
  const site = PLACE_DATE_SITE.exec(paragraph);
  const siteDay = site ? wholeDate(site[2]) : undefined;
  if (site && siteDay) {
    const rest = paragraph.slice(site[0].length).trim();
    return { place: site[1]!, agency: site[3]!, monthDay: { month: siteDay.month, day: siteDay.day }, day: siteDay, rest };
  }
  const colon = UPPER_COLON_DATELINE.exec(paragraph);
  if (colon && !NOT_PLACES.has(colon[1]!) && colon[1]!.replace(/[^\p{L}]/gu, "").length >= 3) {
    const agency = colon[3]?.trim();
    const rest = paragraph.slice(colon[0].length).trim();
    return { place: capitaliseAllCapsPlace(colon[1]!), ...(agency && /^\p{Lu}/u.test(agency) ? { agency } : {}), rest };
  }
  const dateline = parsePlaceDateline(paragraph);
  if (!dateline || dateline.agency) return dateline;
  const named = AGENCY_AFTER_DASH.exec(dateline.rest);
  if (named && publisherByName(named[1]!) && dateline.rest.length > named[0].length) {
    return { ...dateline, agency: named[1]!.trim(), rest: dateline.rest.slice(named[0].length).trim() };
  }
  return dateline;
}

/** The day a text gives when it is one full date and nothing else (`16th September, 2021`), else undefined. */
function wholeDate(text: string | undefined): CalendarDay | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const [full] = findFullDates(trimmed);
  return full?.index === 0 && full.text.length === trimmed.length ? full.value : undefined;
}

/** A dateline's day, with its month and day alone as well. */
const datedBy = (day: CalendarDay) => ({ monthDay: { month: day.month, day: day.day }, day });

/** `OREANDA-NEWS. October 28, 2009. …`: only when the second sentence is a full date and nothing else. */
function parseCodeThenDate(paragraph: string): Dateline | undefined {
  const match = CODE_THEN_DATE.exec(paragraph);
  const day = match && !NOT_OUTLETS.test(match[1]!) ? wholeDate(match[2]) : undefined;
  if (!match || !day) return undefined;
  return { agency: match[1]!, ...datedBy(day), rest: paragraph.slice(match[0].length).trim() };
}

/** `Hanoi (AFP) Oct 31, 2010 - …`: only when what stands between the bracket and the dash is a full date. */
function parseAgencyThenDate(paragraph: string): Dateline | undefined {
  const match = AGENCY_THEN_DATE_DATELINE.exec(paragraph);
  if (!match) return undefined;
  const place = match[1]!.trim();
  const agency = match[2]!.trim();
  const day = /^\p{Lu}/u.test(agency) && !NOT_PLACES.has(place) ? wholeDate(match[3]) : undefined;
  if (!day) return undefined;
  return { place: capitaliseAllCapsPlace(place), agency, ...datedBy(day), rest: paragraph.slice(match[0].length).trim() };
}

/** `MOSCOW (UrduPoint News / Sputnik - 16th September, 2021) …`: only when the bracket ends in a full date. */
function parseDatedBracket(paragraph: string): Dateline | undefined {
  const match = DATED_BRACKET_DATELINE.exec(paragraph);
  const day = match && !NOT_PLACES.has(match[1]!) ? wholeDate(match[3]) : undefined;
  if (!match || !day) return undefined;
  return {
    place: capitaliseAllCapsPlace(match[1]!.trim()),
    agency: match[2]!.trim(),
    ...datedBy(day),
    rest: paragraph.slice(match[0].length).trim(),
  };
}

/** `Ho Chi Minh (Vietnam), July 6 (EFE). …`, `Hanoi, Jan 14 (AP) …`: only with a day before a known outlet's bracket. */
function parseAgencyStop(paragraph: string): Dateline | undefined {
  const match = BRACKETED_AGENCY_STOP_DATELINE.exec(paragraph);
  const agency = match?.[3]?.trim();
  const outlet = agency === undefined ? undefined : publisherByName(agency);
  if (!match || agency === undefined || outlet === undefined) return undefined;
  // With no full stop after the bracket, only a wire's name there makes it a dateline.
  if (match[4] === "" && outlet.wire !== true) return undefined;
  const day = wholeDate(match[2]);
  const monthDay = day ? { month: day.month, day: day.day } : parseMonthDay(match[2]!.trim());
  if (!monthDay) return undefined;
  return { place: match[1]!, agency, monthDay, ...(day ? { day } : {}), rest: paragraph.slice(match[0].length).trim() };
}

function parsePlaceDateline(paragraph: string): Dateline | undefined {
  const dated = parseDatedBracket(paragraph) ?? parseAgencyStop(paragraph);
  if (dated) return dated;
  for (const pattern of [SLASHED_AGENCY_DATELINE, UPPER_DATELINE, TITLE_DATELINE]) {
    const match = pattern.exec(paragraph);
    if (!match) continue;
    const place = match[1]!.trim();
    const letters = place.replace(/[^\p{L}]/gu, "");
    const qualifier = match[2]?.trim();
    const agency = match[3]?.trim();
    if (letters.length < 3 || NOT_PLACES.has(place)) continue;
    if (agency !== undefined && !/^\p{Lu}/u.test(agency)) continue;
    const day = wholeDate(qualifier);
    const monthDay = qualifier === undefined ? undefined : day ? { month: day.month, day: day.day } : parseMonthDay(qualifier);
    const rest = paragraph.slice(match[0].length).trim();
    // A dateline opens a sentence: `BRICS – the group of …` is an aside, not a dateline.
    if (rest === "" || !/^[\p{Lu}\d"“‘'(]/u.test(rest)) continue;
    return {
      place: capitaliseAllCapsPlace(place),
      ...(agency ? { agency } : {}),
      ...(monthDay ? { monthDay } : {}),
      ...(day ? { day } : {}),
      rest,
    };
  }
  return parseTitleDatedDateline(paragraph);
}

/**
 * The outlet's name and a colon after a dated dateline's dash, before the lede's
 * first sentence: `Moscow, February 28, 2025 – The Europe Today: On Thursday …`
 * (blind-vnru-34, 462). One to four capitalised words: the site signing its
 * dateline, as a wire signs it in brackets.
 */
const OUTLET_COLON = /^(\p{Lu}[\p{L}\p{M}'’&.-]*(?: \p{Lu}[\p{L}\p{M}'’&.-]*){0,3}):\s+(?=\p{Lu})/u;

/** `Hanoi, 20 giugno 2024 –`: only when what stands between the place and the dash is a full date. */
function parseTitleDatedDateline(paragraph: string): Dateline | undefined {
  const match = TITLE_DATED_DATELINE.exec(paragraph);
  const day = match ? wholeDate(match[2]) : undefined;
  if (!match || !day) return undefined;
  const rest = paragraph.slice(match[0].length).trim();
  const outlet = OUTLET_COLON.exec(rest);
  if (outlet && rest.length > outlet[0].length) {
    return { place: match[1]!, agency: outlet[1]!, ...datedBy(day), rest: rest.slice(outlet[0].length).trim() };
  }
  return { place: match[1]!, ...datedBy(day), rest };
}

/** A credited outlet's name: up to three words, each capitalised. */
const CREDITED = String.raw`\p{Lu}[^\s.,;]*(?:\s\p{Lu}[^\s.,;]*){0,2}`;

/**
 * The wire a rewrite credits at the end of its lede's first sentence: `…
 * выходит на новый уровень, сообщает ТАСС.`, `…, передает РИА Новости.`, `…,
 * TASS reported.`, `…, according to RIA Novosti.` (blind-vnru-23, 330); the name may
 * stand in quotation marks, `…, передает «Интерфакс».` (blind-vnru-37, 506). A site
 * that rewrites a wire may credit itself after it, `…, Reuters reports, UNN
 * reports.` (blind-vnru-23, 336): the first name is the wire's, and the chain is
 * tried first so that the site's own name, last, is not read alone. Only a known
 * wire's name counts; a source that is a person or a ministry (`сообщает
 * пресс-служба Кремля`) is no agency.
 */
const LEDE_CREDIT = new RegExp(
  [
    String.raw`(?:,|\s[—–-])\s*(?:об этом\s+|как\s+)?(?:сообщает|сообщило|сообщили|передает|передаёт|пишет|информирует)\s+[«"“]?(${CREDITED})\s*\.$`,
    String.raw`,\s*(${CREDITED})\s+(?:reported|reports),\s*${CREDITED}\s+(?:reported|reports)\.$`,
    String.raw`,\s*(${CREDITED})\s+(?:reported|reports)\.$`,
    String.raw`,\s*according\s+to\s+(${CREDITED})\.$`,
  ].join("|"),
  "u",
);

/**
 * The same credit opening a sentence of the lede: `… на этот пост. Как передает
 * РИА Новости, министр приехал …`, `Как сообщает ТАСС, …`, `As reported by TASS, …`,
 * `Theo đặc phái viên TTXVN, chiều 1/9 …` (the wire's special envoy or reporter).
 * Only at a sentence's start (the paragraph's, or after a full stop), so a
 * credit quoted inside a sentence is not taken.
 */
const LEDE_OPENING_CREDIT =
  /(?:^|[.!?]\s+)(?:Как\s+(?:сообщает|сообщило|сообщили|передает|передаёт|пишет|информирует)|As\s+reported\s+by|Theo(?:\s+(?:đặc\s+phái\s+viên|phóng\s+viên(?:\s+thường\s+trú)?|PV|ĐPV))?)\s+(\p{Lu}[^\s.,;]*(?:\s\p{Lu}[^\s.,;]*){0,2}),/gu;

/**
 * The wire's reporter as the subject of the sentence that opens with them:
 * `Đặc phái viên TTXVN cho biết, …`, `Phóng viên TTXVN tại Moskva cho biết,
 * …` (blind-vnru-13, 211), the clause `Theo đặc phái viên TTXVN,` turned
 * round. The place the reporter is posted to is a few words at most.
 */
const LEDE_OPENING_REPORTER =
  /(?:^|[.!?]\s+)(?:Đặc\s+phái\s+viên|Phóng\s+viên(?:\s+thường\s+trú)?|PV|ĐPV)\s+(\p{Lu}[^\s.,;]*(?:\s\p{Lu}[^\s.,;]*){0,2})(?:\s+tại\s+[^\s.,;]+(?:\s[^\s.,;]+){0,3})?\s+cho\s+biết,/gu;

/**
 * The credit as the lede's second sentence, standing alone: `Путин приехал в
 * Пекин … Об этом пишет РИА Новости.` (the whole sentence is the credit, so it
 * speaks of what the first sentence reported). The wire's own source may be
 * named before it or after `Об этом`: `Со ссылкой на пресс-службу Минобороны
 * России об этом сообщает ТАСС.` (blind-vnru-38, 521), `Об этом со ссылкой на
 * … сообщает ТАСС.`; the source is a few words, read once (bounded).
 */
const LEDE_SECOND_SENTENCE_CREDIT =
  /^(?:Со\s+ссылкой\s+на\s+[^.!?]{1,80}?\s+об|Об)\s+этом\s+(?:со\s+ссылкой\s+на\s+[^.!?]{1,80}?\s+)?(?:сообщает|сообщило|сообщили|сообщил|передает|передаёт|пишет|информирует)\s+(\p{Lu}[^\s.,;]*(?:\s\p{Lu}[^\s.,;]*){0,2})\s*\.(?:\s|$)/u;

/**
 * The wire's own reporter as the witness a sentence ends on: `…, and Vietnamese
 * Deputy Prime Minister Tran Hong Ha greeted him on a red carpet, a Reuters
 * witness said.` (blind-vnru-46, 608), `…, according to an AFP reporter.`: the
 * wire's copy, carried. One capitalised word for the wire, and the sentence's
 * end right after; a witness quoted further on (`a Reuters witness said the
 * convoy …`) is not read.
 */
const WIRE_WITNESS =
  /(?:,\s*|\baccording\s+to\s+)an?\s+(\p{Lu}[\p{L}-]{1,15})\s+(?:witness|reporter|correspondent|journalist|photographer)(?:\s+(?:said|saw|reported))?[.!?](?:\s|$)/gu;

export function ledeCreditedWire(paragraph: string): string | undefined {
  const first = firstSentence(paragraph);
  const match = LEDE_CREDIT.exec(first);
  // (A name in quotation marks keeps its closing mark in the match: `«Интерфакс»`.)
  const name = (match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4])?.replace(/[»"”]$/u, "");
  if (name !== undefined && publisherByName(name)?.wire === true) return name;
  const second = LEDE_SECOND_SENTENCE_CREDIT.exec(paragraph.trim().slice(first.length).trim())?.[1];
  if (second !== undefined && publisherByName(second)?.wire === true) return second;
  return openingCreditedWire(paragraph);
}

/**
 * A wire credited where a sentence of the paragraph opens (`Как передает
 * ИТАР-ТАСС, они завершатся …`), or its witness where one ends (`…, a Reuters
 * witness said.`): read in the lede and, when the lede credits no
 * wire, in the paragraph after it (blind-vnru-12, 198), where a short lede
 * leaves the story's sourcing to its second paragraph.
 */
export function openingCreditedWire(paragraph: string): string | undefined {
  for (const pattern of [LEDE_OPENING_CREDIT, LEDE_OPENING_REPORTER, WIRE_WITNESS]) {
    for (const opening of paragraph.matchAll(pattern)) {
      const credited = opening[1]!;
      if (publisherByName(credited)?.wire === true) return credited;
    }
  }
  return undefined;
}
