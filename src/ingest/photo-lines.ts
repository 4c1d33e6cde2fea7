/**
 * Lines around a page's photos: a caption's shape, a credit on a line of its
 * own (an image agency's name, `Photo:` over the names, `WHITE HOUSE` under a
 * caption), the alt text scraped before a caption. classify-lines.ts decides
 * with these what each such line is.
 */
import { splitCredits } from "./captions.ts";
import { findFullDates } from "./date-expressions.ts";
import { isPersonName } from "./byline.ts";
import { firstSentence } from "./headline.ts";
import { endsLikeSentence, hasAtMostWords } from "./line-shape.ts";
import { publisherByName } from "../taxonomy/publishers.ts";

/**
 * A line after a `Photo caption` placeholder, or before a credit-only line
 * (`Photo: VNA`), is its caption when it is one short sentence; a longer line is
 * article text (the image had no caption).
 */
export function isUncreditedCaption(line: string): boolean {
  return line.length <= 250 && firstSentence(line).length >= line.trim().length - 1;
}

/**
 * A line above a bare credit, or under an image's alt text, that is its photo's
 * caption: one short sentence (isUncreditedCaption) that reports no speech
 * (reportsSpeech): `Phó Thủ tướng cho rằng …` there is the article's text.
 */
export function isSilentCaption(line: string): boolean {
  return isUncreditedCaption(line) && !reportsSpeech(line);
}

/**
 * `Phó Thủ tướng cho rằng …`, `… said`: a sentence that reports what someone
 * said is the article's, not a photo's caption, even right above a bare credit
 * line (`(Ảnh: VGP)`, blind-vnru-31, 434).
 */
const REPORTED_SPEECH =
  /(?<![\p{L}])(?:cho rằng|cho biết|nhấn mạnh|said|says|told|заявил\p{L}{0,2}|сказал\p{L}{0,2}|отметил\p{L}{0,2})(?![\p{L}])/iu;

/** The line reports what someone said (`cho rằng`, `said`, `заявил`). */
export function reportsSpeech(line: string): boolean {
  return REPORTED_SPEECH.test(line);
}

const IMAGE_AGENCIES =
  /\b(?:Getty Images|EPA(?:-EFE)?|Shutterstock|Alamy|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Rex Features|Pool)\b/u;

/**
 * A line that only credits the photo below it to an image agency (BBC: `Getty
 * Images`, `EPA-EFE/Shutterstock`, `AFP via Getty Images`); the next short line
 * is the caption.
 */
export function imageAgencyCredit(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 60 || !IMAGE_AGENCIES.test(trimmed)) return undefined;
  const parts = trimmed.split(/\s*(?:\/|\bvia\b|,)\s*/u).filter(Boolean);
  const credited = parts.every((part) => IMAGE_AGENCIES.test(part) || publisherByName(part) || isPersonName(part));
  return credited ? parts : undefined;
}

/**
 * `РИА Новости/Кристина Кормилицына` (blind-vnru-45, 602), `Thong Nhat / VNA`:
 * a line that is only a wire service's name and a photographer's full name
 * (two or three words), joined by a slash — the credit of the photo the copy
 * left out, on a line of its own. Neither part alone, a third part, a sentence
 * or a place after the slash (`TASS/Moscow`) is one.
 */
export function wirePhotographerCredit(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 70) return undefined;
  const parts = trimmed.split(/\s*\/\s*/u);
  if (parts.length !== 2) return undefined;
  const [first, second] = parts as [string, string];
  const isWire = (part: string) => publisherByName(part)?.wire === true;
  const isPhotographer = (part: string) => isPersonName(part, { minWords: 2, maxWords: 3 }) && publisherByName(part) === undefined;
  if (isWire(first) && isPhotographer(second)) return [second, first];
  if (isPhotographer(first) && isWire(second)) return [first, second];
  return undefined;
}

/** `Photo:`, `Ảnh:`, `Photograph`, `Фото:` alone: the credited names are on the next line. */
export function isCreditLabel(line: string): boolean {
  return /^(?:photos?|photograph|images?|ảnh|фото|credit|source photo)\s*:?$/iu.test(line.trim());
}

/** `Gavriil Grigorov / AFP`, `Thong Nhat/VNA`: names and agencies, no sentence. */
export function isCreditNames(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= 80 &&
    !endsLikeSentence(trimmed.replace(/\.$/u, "")) &&
    splitCredits(trimmed).length > 0 &&
    !/\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(trimmed)
  );
}

/** `WHITE HOUSE`, `Gavriil Grigorov`: a short line of capitals or a name, no sentence — a credit when under a caption. */
export function isCaptionCredit(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 40 || endsLikeSentence(trimmed) || !hasAtMostWords(trimmed, 4)) return false;
  return (/\p{Lu}{2}/u.test(trimmed) && trimmed === trimmed.toLocaleUpperCase()) || isPersonName(trimmed, { minWords: 2, maxWords: 3 });
}

/** Alt text of a page's image glued before its caption or after it: `… - Ảnh 1.`, `… (Photo: SGGP) ảnh 4`. */
export function altTextSuffix(line: string): string | undefined {
  // The word first: the pattern's lazy start tries every position of a paragraph.
  if (!line.includes("ảnh") && !line.includes("Ảnh")) return undefined;
  const match = /^(.*?)\s*[-–]?\s*[Ảả]nh\s+\d{1,2}\.?$/u.exec(line.trim());
  return match ? match[1] : undefined;
}

/** An archive picture (`File Photo`, `ảnh tư liệu`): its date is not the day of the story. */
export function isFilePhoto(line: string): boolean {
  return /\b(?:file|archive)\s*photo\b|ảnh tư liệu|\(file\)/iu.test(line);
}

/**
 * A photo gallery printed as one line (the Russian government's release
 * through EIN Presswire: `The 24th meeting of the … Commission 6 April 2023
 * Dmitry Chernyshenko at the 24th meeting … 6 April 2023 … Предыдущая новость
 * Следующая новость …`): three or more pictures, each caption followed by the
 * same date, and no sentence in it. Returns the captions (each once), or
 * undefined when the line is no such gallery; what follows the last date is
 * the gallery's navigation.
 */
export function galleryCaptions(line: string): string[] | undefined {
  const dates = findFullDates(line);
  if (dates.length < 3 || !dates.every((date) => date.text === dates[0]!.text)) return undefined;
  const captions: string[] = [];
  let from = 0;
  for (const date of dates) {
    const caption = line.slice(from, date.index).trim();
    if (!hasAtMostWords(caption, 40) || hasAtMostWords(caption, 2) || /[.!?](?:\s|$)/u.test(caption)) return undefined;
    captions.push(caption);
    from = date.index + date.text.length;
  }
  return [...new Set(captions)];
}

/**
 * Offices a portrait's caption names before the person (`Russian President`,
 * `Chủ tịch Quốc hội`, `Посол России`). English ones as whole words.
 */
const OFFICE_BEFORE_NAME =
  /(?:^|\s)(?:President|Prime\sMinister|Premier|Minister|Chairman|Chairwoman|Speaker|Ambassador|Secretary|Governor|Mayor|Chủ\stịch|Thủ\stướng|Bí\sthư|Bộ\strưởng|Đại\ssứ|Tổng\sthống|Президент|Премьер-министр|Министр|Посол|Председатель)(?:\s|$)/u;
/** Lower-case words an office may hold: Vietnamese syllables (`Chủ tịch Quốc hội`) and `of`. */
const OFFICE_LOWER_WORDS = new Set(["tịch", "tướng", "thư", "trưởng", "sứ", "thống", "hội", "nước", "phủ", "of", "the"]);
/** An envoy's post names where (`Russian Ambassador to Vietnam Konstantin Vnokov.`, blind-vnru-61, 787): `to` after the envoy only. */
const ENVOY = /^(?:Ambassador|Envoy|Consul|Consul-General|Representative)$/u;

/**
 * `Russian President Vladimir Putin`, `Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.`:
 * a line that is only an office and a person's full name, on a paragraph of its
 * own. A headline or a sentence says something of the person (`Vietnam
 * welcomes President Putin`); this says who is in the portrait above it.
 */
export function isPortraitCaption(line: string): boolean {
  // (A table's cell keeps its bar: `… - Ngô Đức Mạnh. |`.)
  const cell = line.trim();
  // `\s*\|$` is tried only on a line that ends in the bar (it would start at every space of every line).
  const trimmed = (cell.endsWith("|") ? cell.slice(0, -1).trimEnd() : cell).replace(/\.$/u, "");
  if (trimmed.length > 120 || !hasAtMostWords(trimmed, 16)) return false;
  // `Đại sứ đặc mệnh toàn quyền Việt Nam tại Liên bang Nga - Ngô Đức Mạnh`: the office in full, a dash, the name.
  const dashed = /^([^,:;.!?]{3,90}?)\s[-–—]\s([^-–—]{3,40})$/u.exec(trimmed);
  if (dashed && OFFICE_BEFORE_NAME.exec(dashed[1]!)?.index === 0) {
    return isPersonName(dashed[2]!, { minWords: 2, maxWords: 5 }) && !OFFICE_BEFORE_NAME.test(dashed[2]!);
  }
  if (!hasAtMostWords(trimmed, 12)) return false;
  const words = trimmed.split(/\s+/u);
  const officeWord = (word: string, index: number) =>
    /^[\p{Lu}]/u.test(word) || OFFICE_LOWER_WORDS.has(word) || (word === "to" && ENVOY.test(words[index - 1] ?? ""));
  if (words.length < 3 || !words.every(officeWord)) return false;
  for (let split = 1; split <= words.length - 2; split += 1) {
    const office = words.slice(0, split).join(" ");
    const name = words.slice(split).join(" ");
    if (OFFICE_BEFORE_NAME.test(office) && !OFFICE_BEFORE_NAME.test(name) && isPersonName(name, { minWords: 2, maxWords: 5 })) {
      return true;
    }
  }
  return false;
}
