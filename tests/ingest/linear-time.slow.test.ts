/**
 * Ingest takes time in proportion to its input, whatever the input: a source
 * of eight times the text takes about eight times as long, never sixty-four
 * (quadratic) or more. Each hostile input is planned at size N and 8N in the
 * same run, with the real taxonomy, and the ratio of one run at 8N to the
 * fastest of three at N must stay under 8 × 4 (measured again when it does not,
 * up to five times): a rule that reads the text once per word, line or match
 * shows as a ratio near 64, every time.
 *
 * No absolute time is asserted: the machine may be slow or busy, but it is
 * equally so for both sizes. The inputs are the kinds that once took minutes: a
 * long line of capitalised words, one word without spaces, deep nesting of
 * brackets and quotes, many short paragraphs, runs of dates, digits,
 * punctuation, addresses and sign-offs.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

/** Characters of the smaller input: large enough that a quadratic rule is unmistakable at 8N. */
const N = 30_000;
const GROWTH = 8;
/**
 * Linear time gives a ratio near GROWTH; this much more is noise (caches, collection,
 * a busy machine: ratios of 28 were seen for linear rules with the load at 7 on two
 * cores), not growth. Quadratic time gives GROWTH² = 64, twice the bound.
 */
const SLACK = 4;
/** Vitest's own limit for one test, not an assertion: a quadratic rule fails on the ratio long before. */
const TEST_TIMEOUT = 60_000;
const PROPERTY_TIMEOUT = 300_000;

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-01-01" };
});

/** How a hostile source opens, so that it is dated and planned to the end. */
const OPENINGS = {
  marker: "date 2024-06-20\nA title line for the hostile source\n\n",
  markerOnly: "date 2024-06-20\n",
  dateLine: "A title line for the hostile source\n\n20/06/2024 10:30\n\n",
  inferred: "A title line for the hostile source\n\nOn June 20, they met. ",
  /** Undated, dated from the one visit its words report (Tô Lâm received Putin in 2024 only). */
  reportedVisit:
    "Как прошел визит Владимира Путина во Вьетнам\n\nВладимир Путин провел переговоры в Ханое с президентом То Ламом во время государственного визита во Вьетнам. ",
  /** No date at all: every rule of the date's last resorts runs (reported-period.ts among them). */
  undated: "A title line for the hostile source\n\n",
} as const;

type Opening = keyof typeof OPENINGS;

/** A source of about `size` characters. */
type HostileSource = (size: number) => string;

/** The opening, then the motif repeated whole up to `size` characters. */
function repeated(opening: Opening, motif: string): HostileSource {
  return (size) => OPENINGS[opening] + motif.repeat(Math.max(1, Math.round(size / motif.length)));
}

/** The opening, then `inner` inside `open` and `close`, each repeated to make up `size` characters. */
function nested(opening: Opening, open: string, inner: string, close: string): HostileSource {
  return (size) => {
    const depth = Math.max(1, Math.round(size / (open.length + close.length)));
    return OPENINGS[opening] + open.repeat(depth) + inner + close.repeat(depth);
  };
}

function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    planEntry("hostile.txt", text, context);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Time at 8N over the fastest of three runs at N (after one to warm up). The
 * large input is run once: it costs eight small runs, and a pause that inflates
 * it is caught by measuring again (lowestGrowthRatio), which growth never passes.
 */
function growthRatio(source: HostileSource): number {
  const small = source(N);
  const large = source(N * GROWTH);
  fastest(small, 1);
  return fastest(large, 1) / fastest(small, 3);
}

/** How often a ratio over the bound is measured again: a pause of the machine passes on a second look, growth does not. */
const ATTEMPTS = 5;

/**
 * No new attempt starts after this long: on a quadratic rule one attempt at 8N
 * can take minutes, and five of them hid which input it was behind Vitest's
 * timeout (a CI run spent 660 s on one generated motif).
 */
const MEASURING_BUDGET_MS = 30_000;

/** The lowest growth ratio of up to ATTEMPTS measurements, stopping at the first under the bound or when the budget is spent. */
function lowestGrowthRatio(source: HostileSource): number {
  const start = performance.now();
  let lowest = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && lowest >= GROWTH * SLACK && performance.now() - start < MEASURING_BUDGET_MS; attempt += 1) {
    lowest = Math.min(lowest, growthRatio(source));
  }
  return lowest;
}

/** Inputs that once took time growing with the square (or worse) of their size, each with the rule it hit. */
const KNOWN_HOSTILE: ReadonlyArray<[string, HostileSource]> = [
  ["a line of capitalised words (unknown-name finder)", repeated("marker", "Alpha Beta Gamma Delta Epsilon ")],
  ["a line of Vietnamese names (unknown-name finder)", repeated("markerOnly", "Nguyễn Văn Nên Trần Thị ")],
  ["hard-wrapped lines (line joining)", repeated("marker", "word the\n")],
  ["lower-case continuation lines (line joining)", repeated("marker", "word\n")],
  ["a run of spaces and tabs inside a line (trailing white space)", repeated("marker", "x \t \t \t \t")],
  ["form feeds between words (caption credit patterns)", repeated("marker", "Alpha\f\f\f\f\f\f\f\f")],
  ["glued sentences (seam finder)", repeated("marker", "word.Word ")],
  [
    "Korean words with endings, and initials glued to names (phrase trie, tokenizer)",
    repeated("marker", "베트남을 방문했다 블라디미르 푸틴은 응우옌 푸 쫑과 전화 통화로 Aleksandr.V.V. "),
  ],
  ["one Hangul word without end (phrase trie)", repeated("marker", "베트남에서")],
  ["one long run of glued words and addresses (seam finder)", repeated("marker", "john.Doe@mail.Example.com.Next")],
  ["a line of dates (date finder, date line)", repeated("marker", "20/06/2024 2024-06-20 ")],
  ["digits after a date (time-stamp words)", repeated("dateLine", "2024-06-20 1111111111")],
  ["text-size controls after a date (time-stamp words)", repeated("dateLine", "2024-06-20 Adjust font text size ")],
  ["dashed alt-text labels (alt text before a caption)", repeated("marker", "Tin - ảnh 1 ")],
  ["credits of a paper in sentence case (caption credits)", repeated("marker", "Tin. Ảnh: báo An ninh thủ ")],
  ["author-box headings (page tail)", repeated("marker", "About Author\nJane Doe\n")],
  [
    "a lede with a long run of commas (headline clause breaks)",
    (size) => `${OPENINGS.markerOnly}Russia and Vietnam signed deals${", ".repeat(size / 2)}officials said`,
  ],
  [
    "a lede ending in a long run of commas (headline end)",
    (size) => `${OPENINGS.markerOnly}Russia and Vietnam signed deals ${",".repeat(size)} and more`,
  ],
  ["a lede of abbreviations (headline first sentence)", repeated("markerOnly", "Mr. ")],
  ["closing signatures (closing lines)", repeated("markerOnly", "Jane Doe Smith\n\n")],
  ["stacked end marks (sign-offs)", repeated("marker", " /.")],
  ["a byline of dashes (byline agency)", repeated("marker", "By a - a - a - a - ")],
  ["a caption crediting a chain of codes (photo credits)", (size) => `${OPENINGS.marker}The talks. (${"AB/".repeat(size / 3)}AB Photo`],
  ["a name and its short form, again and again (people)", repeated("marker", "Mikhail Mishustin met Mishustin. ")],
  ["a year in every sentence (year inference)", repeated("inferred", "It was 2024. ")],
  ["thanks with no hospitality after them (thanks after a visit)", repeated("reportedVisit", "поблагодарил благодарит thanked ")],
  ["one word of capitals joined by hyphens (photo slugs)", repeated("marker", "VIETNAM-HANOI-")],
  [
    "source lines with bars glued to names and editors (dated source lines)",
    repeated("marker", "Source: Xinhua| 2018-01-23 20:33|Editor: L\n"),
  ],
  ["one line of bars, days and editors (dated source lines)", repeated("marker", "Source: Xinhua| 2018-01-23 |Editor: ")],
  [
    "days after `từ khi`, in spans with years (background days, span ends)",
    repeated("inferred", "Từ khi ngày 29/11 đến 2/12/2021 và từ ngày 1/1 до 2.2.2020, "),
  ],
  [
    "visitors, kinds and places in every sentence (events by their structure)",
    repeated("reportedVisit", "Putin visit Hanoi talks Moscow. "),
  ],
  ["days to come, one after another (a day written before it)", repeated("inferred", "They will meet on June 21 next. ")],
  ["one-word paragraphs", repeated("marker", "Word\n\n")],
  [
    "a hard-wrapped copy whose full lines go on before capitals (wrap width)",
    repeated(
      "marker",
      "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda\nmu nu xi omicron pi rho sigma tau upsilon phi chi psi Omega\n",
    ),
  ],
  [
    "places, bracketed agencies and dates without a dash (agency-then-date dateline)",
    repeated("markerOnly", "Hanoi Moscow (AFP) Oct 31, 2010 "),
  ],
  [
    "capital places, slashed countries and slashed agencies (TASS dateline with a country)",
    repeated("markerOnly", "BURABAI SETLEMENT /Kazakhstan Region/, May 29 /TASS/ "),
  ],
  [
    "year ranges and academic years (academic year as a year's evidence)",
    repeated("inferred", "in the 2014-2015 2016/2017 academic year năm học 2019-2020 "),
  ],
  // Set 19's rules: gaps of years since a dated stop, calls to act, live blog notices, middle initials.
  [
    "gaps of years and dated stops (gap years)",
    repeated("inferred", "halted for the past three years, a three-year hiatus, suspended in 2022 "),
  ],
  ["stop verbs with no year after them (gap years)", repeated("inferred", "suspended halted stopped word word in the ")],
  ["donation banners and contact links (calls to act)", repeated("marker", "UNITED24 - Make a charitable donation donate Contact Us.\n")],
  ["live blog notices (furniture)", repeated("marker", "This live stream has ended.\nThe live blog is now\n")],
  ["initials inside names (name variants)", repeated("marker", "Dmitry A. B. C. D. Medvedev ")],
  [
    "names, `hours ago` and years, line after line (byline glued to time stamps)",
    repeated("markerOnly", "Umer Jamshaid Alpha Beta 8 hours ago Mon 27th September 2021 | 11:20 AM\n"),
  ],
  [
    "opening credits and capitalised little words (lede credit opening a sentence, title-case headline)",
    repeated("markerOnly", "Как передает РИА Новости Of With Since As reported by TASS. "),
  ],
  [
    "wire names and colons, quoted titles and `by` (colon agency, quoted title line)",
    repeated("markerOnly", "Reuters: 2024/13 “Alpha Beta” by Jane "),
  ],
  ["a lede of credits with no full stop (wire credited in the lede)", repeated("markerOnly", ", сообщает ТАСС Ведомости Новости ")],
  [
    "spaces between the words of an ad marker (story continues below this ad)",
    repeated("markerOnly", "Story   continues   below   this   "),
  ],
  ["bars and spaces with no account word (account bar)", repeated("markerOnly", "|   Đăng |  ")],
  [
    "a first sentence then `Об этом` credits with no full stop (credit as the lede's second sentence)",
    repeated("markerOnly", "Путин прибыл. Об этом пишет РИА Новости Ведомости "),
  ],
  [
    "header lines of short sections joined by dashes, each ending in a line of the header (breadcrumb ending in the headline)",
    repeated("marker", "Главная - Новости - В мире - Путин прибыл во Вьетнам\nПутин прибыл во Вьетнам\n"),
  ],
  ["lines opening with the stop of the line above (line joining)", repeated("marker", "word\n. word\n, ")],
  [
    "a lede of Vietnamese credits with no comma (lede credit by the wire's envoy)",
    repeated("markerOnly", "Theo đặc phái viên TTXVN Theo PV "),
  ],
  [
    "captions with credits and capital places, and one date again and again (caption before a dateline, gallery captions)",
    repeated("marker", "Talks in Hanoi. — VNA/VNS Photo Duy Trinh HÀ NỘI — 6 April 2023 Talks 6 April 2023 "),
  ],
  [
    "days before lower-case months with and without years, and icon names run together (lower-case date, icon-font line)",
    repeated("marker", "26 july 3 may 2012 iconicon icon-x "),
  ],
  [
    "month names before commas and day/year numbers without a year, lower-case months before commas (month, day/year; lower-case date with a comma)",
    repeated("marker", "December, 17/20 December, 3/ 15 december, 20 "),
  ],
  [
    "bylines ending in codes, and wire names under short lines (outlet code after a name, a wire's bare name as a credit)",
    repeated("marker", "H.Liên LDO | 02/09/2018 12:12\nShort line without a stop\nReuters\n"),
  ],
  [
    "captions crediting sources via others (one source via another)",
    repeated("marker", "Talks in Hanoi. (VNA via AP Via Getty Images via "),
  ],
  ["capitals-only lines above one another (strapline in capitals)", repeated("markerOnly", "CƠ QUAN CỦA TỔNG LIÊN ĐOÀN\n")],
  [
    "one long word ended with a stop above a lede of long words (headline ended with a full stop)",
    (size) => `${"Переговоры".repeat(size / 20)}.\n\n${"Переговорыпереговоры ".repeat(size / 40)}.`,
  ],
  [
    "portraits' captions and people pointed at between commas (office and name alone, comma position notes)",
    repeated("marker", "Russian President Vladimir Putin\n\nPutin, left, and Lam, right, pose. (AP)\n\n"),
  ],
  [
    "credits in slashes, sources in brackets, file names and offices before dashes (caption and sign-off forms)",
    repeated("marker", "Talks / Andrey Gordeev / Ведомости (Nguồn: A/TTXVN) img-1.jpg Đại sứ - Ngô Đức Mạnh. (VNA, cand, "),
  ],
  [
    "one line printed again and again, with and without a stop (a gallery's caption under each photo)",
    (size) =>
      `${OPENINGS.marker}${"The two sides agreed to meet again in Moscow.\n".repeat(size / 92)}${"Talks of the two leaders in the capital\n".repeat(size / 92)}`,
  ],
  [
    "headlines ending in a time stamp, line after line, and stamps on one line (blind-vnru-13, 220)",
    (size) =>
      `${OPENINGS.dateLine}${"Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam 28/09/2025 17:10\n".repeat(size / 160)}${"Alpha Beta 28/09/2025 17:10 ".repeat(size / 56)}`,
  ],
  [
    "time stamps in every shape before and after a headline, a line of spaces before one, and labels in capitals run into headlines (titles23)",
    (size) =>
      `${OPENINGS.dateLine}${"Alpha Beta Gamma Delta Epsilon - Chủ nhật, 28/09/2025 - 17:10 (GMT+7) | 17:10 28/09/2025 September 28, 2025 17:10 Thứ hai, Alpha28/09/2025 17h10\n".repeat(size / 320)}${`Alpha${" ".repeat(380)}17:10 -\n`.repeat(size / 800)}${"Updated: 28/09/2025 17:10 Cập nhật lúc 17:10 28/09/2025 Alpha Beta\n".repeat(size / 280)}${"THỜI SỰ THẾ GIỚI ABCDEFGHIJKLMNOPQRSTUVWXYZAlpha Beta Gamma Delta Epsilon\n".repeat(size / 80)}`,
  ],
  [
    "anniversary counts and the days they count from (blind-vnru-13, 213)",
    (size) => `${OPENINGS.inferred}${"kỷ niệm 73 năm Quốc khánh 2/9, ngày 2/9/1945 và 14/9 ".repeat(size / 110)}`,
  ],
  [
    "a wire's reporters as subjects, again and again (blind-vnru-13, 211)",
    repeated("marker", "Phóng viên TTXVN tại Moskva Alpha Beta Gamma cho biết, Đặc phái viên TTXVN "),
  ],
  [
    "dash-framed subheads, slashed datelines, credits without colons, spaced-dash sign-offs, possessives (outlets outside Việt Nam)",
    repeated(
      "marker",
      "– Support –\nHANOI/MOSCOW/HANOI, June 20 (Xinhua) -- Russia's Russia's talks\nФото Reuters/A/B\nMore on Metronews.ca\nBy submitting your comment you agree to Big News Network’s Terms\nEditors' Picks Editors' Picks. - Philippine Information Agency Agency Agency\nнакануне накануне в преддверии on the eve of trước thềm \n",
    ),
  ],
  [
    "wires' names with days, colon datelines with codes, bracketed codes before days, skip links, platform channels (English-language pages, blind-vnru-15)",
    repeated(
      "marker",
      "The Associated Press - May 03, 2002 - May 03, 2002.\nLANGKAWI, MALAYSIA, LANGKAWI (BNS) (BNS): Moscow (UPI) (UPI) Dec 21, 2009 Dec\nSkip to main content /WORLD /WORLD More news from our Asia edition\nSubscribe to Subscribe to Pravda.Ru Telegram Telegram channel group\n",
    ),
  ],
  ["one long line of a wire's name and dashes", repeated("markerOnly", "The Associated Press - ")],
  [
    "counts of years before a kept day's words, approximate counts, French weekdays, initials (blind-vnru-16)",
    (size) =>
      `${OPENINGS.inferred}${"kỷ niệm 80 năm Quốc khánh Việt Nam, hơn 70 năm Alpha Beta Gamma Delta Epsilon Quốc khánh, Ce jeudi mercredi à jeudi, В. Матвиенко Н. Суан Фуком Ч. Дай ".repeat(size / 160)}`,
  ],
  [
    "counts of years before long kept days' names, days after `từ ngày`, days with `tháng`, back to back (dates of sets 20-27)",
    (size) =>
      `${OPENINGS.inferred}${"kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam-Liên bang Nga 30/1, 5 năm 5 năm — quan hệ ngoại giao Việt Nam - Alpha ".repeat(size / 240)}${"1 năm ".repeat(size / 120)}${"Alpha-Beta—".repeat(size / 220)}${"Từ ngày 8/6, Ngày 1 tháng 8 năm 2020 ngày 1 tháng 8 từ ngày 19/6 đến ngày  ".repeat(size / 150)}`,
  ],
  [
    "lines in a script written without spaces, with codes glued to them (blind-vnru-16, 253)",
    repeated("marker", "为推动越俄合作注入动力\n(VGP)5月20日,越南政府总理阮春福偕夫人率越南高级代表团。(VGP)(VGP)12345\n"),
  ],
  [
    "a date line, a two-word name and a follow prompt, again and again (blind-vnru-16, 257)",
    repeated("marker", "08/02/2026 06:56\nThu Trang\nTheo dõi trên Google News\n"),
  ],
  [
    "read-also links run on after sentences, editors' brackets in names, yearless wire datelines (English-language pages, blind-vnru-17)",
    repeated(
      "marker",
      "Ukraine. Also Read - Vietnam jails. Also Read - Also Read - . Read More: a. See Also | b President [Vladimir] [Putin] [ HANOI, March 23. /TASS/. Sergey Shoygu Shoygu Nguy?n T?n D?ng?a?b?c Putin?s I?m we?ll don?t\n",
    ),
  ],
  [
    "German and Spanish weekdays, today and yesterday, French `mai` after weekdays and articles, `Hôm nay,` before days (blind-vnru-18)",
    (size) =>
      `${OPENINGS.inferred}${"am Mittwochabend Dienstag el miércoles del del del heute gestern hoy ayer Mercredi 15 mai le le 9 mai 2024 Hôm nay, 8-5, hôm nay, 65 năm ngày Chiến thắng Phát xít ".repeat(size / 170)}`,
  ],
  [
    "Korean kickers, bylines and names, West Slavic weekdays, `Theo` credits and Russian desks, line after line (blind-vnru-20)",
    repeated(
      "marker",
      "[씬짜오! 베트남] 푸틴 러시아 대통령 응우옌 푸 쫑 팜 민 찐 쩐 타인 만 또 럼 [[[[ • 호치민=강태윤 통신원 [서울=홍길동 기자] v stredu ve středu w środę v v v Theo Thành Nam Theo Phương Thảo Zing Редакция портала «Русский мир» Редакция сайта ТАСС ТАСС\n",
    ),
  ],
  [
    "the reader's screen, handles after names, Indian time stamps, menu words, line after line (English-language pages, blind-vnru-21)",
    repeated(
      "marker",
      "You can filter your feed, your your you browser feed Mohammad Ali (@Chaudhry_MAli88) (@a (@ 4 minutes ago Fri 11th June 2021 | 05:30 PM Reuters | Updated: 17-06-2024 12:42 IST IST | Press Review News Feed More news\n",
    ),
  ],
  [
    "stamps beside words without capitals, Korean bylines with e-mail addresses, Korean copyright lines (blind-vnru-22)",
    repeated(
      "marker",
      "首頁 | Now 新聞 ( ) • 2024-06-20 21:19 이정희 기자(a.b.c.d.e@naver.com) 승인 2020.06.17 의견 0 @@@.... 저작권자 ⓒ 뉴스임팩트, 무단 전재 및 재배포 금지 ⓒⓒⓒ 무단 전재\n",
    ),
  ],
  [
    "Chinese and Japanese names run together with their words, Han and kana alternating (blind-vnru-22)",
    repeated(
      "marker",
      "普京表示苏林范明正阮富仲陈青敏プーチン大統領はトー・ラム国家主席と沃洛金。ラムネ普通话京都，。、【】「」ーーーー\n",
    ),
  ],
  // Once quadratic: the stamp words' counter (`63787 views`) and e-mail address were tried from every dot.
  ["initials run together on one line (A.A.A.…), undated", repeated("inferred", "A.")],
  ["numbers run together on one line (1.1.1.…) before a counter word", repeated("inferred", "1.1,")],
  ["a run of address characters before each @", repeated("inferred", "A.b-c+d.A.b-c+d.A.b-c+d@")],
  [
    "Chinese, Japanese and Korean dates and near-dates, line after line",
    repeated("marker", "2024年 1月 1 1年 년 월 일 9月6日 2024 年 6 月 2024년 6월 20 12月31日至 年年月月日日 1 1 1\n"),
  ],
  [
    "words of saying before futures, Russian genitive weekdays, German stamps, sources in brackets, follow prompts, camel-case names, comment counters (blind-vnru-24)",
    repeated(
      "marker",
      "Ngày 12-11, cho hay cho hay sẽ sẽ said will с воскресенья, 16 марта начнут возобновятся Alpha Beta Stand: 20.06.2024 18:39 Uhr Uhr PCV (Fuente: VNA) (Fuente: (Fuente: Theo dõi Pháp luật & Xã hội Xã hội trên TravelWeeklyTravelWeekly, 15.10.2020 Bình luận 0 Bình luận\n",
    ),
  ],
  [
    "a long line of one such piece each, glued (blind-vnru-24)",
    repeated("marker", "Theo dõi A B C D E F G trên PCV (Fuente: VNA) TravelWeeklyTravel Stand: 20.06.2024 18:39 Uhr "),
  ],
  [
    "EFE's datelines, `according to` credits, chains of `reports`, ad slots, visits to the Southeast Asian nation, line after line (blind-vnru-23)",
    repeated(
      "marker",
      "Ho Chi Minh (Vietnam), July 6 (EFE). Ho Chi (Vi (EFE) ( , according to RIA Novosti, Reuters reports, UNN reports, A B C reports, Your Ad Here visit to the Southeast Asian nation to to Southeast Asian Nations Mishustin Russia.\n",
    ),
  ],
  [
    "one line of lede credits and bracketed agencies (blind-vnru-23)",
    repeated("inferred", ", Reuters reports, according to RIA Novosti Hanoi (Vietnam), July 6 (EFE) visit to the Southeast Asian nation "),
  ],
  [
    "inline links closed by `Read more`, pagers glued to paragraphs, letters to the reader, line after line (fitted failures of sets 21 to 24)",
    repeated(
      "marker",
      "news\nDozens of Tankers Stuck Idling\nRead more\nPrevious news Next newsPrevious news Next news Prev prev next next\nA Message from Us:\nDear readers, Dear readers Dear\n",
    ),
  ],
  [
    "one line of pager words, salutations and prompts (fitted failures of sets 21 to 24)",
    repeated("inferred", "Previous news Next news Previous newsnewsnews Next Dear readers, Read more "),
  ],
  [
    "tickers of headlines set apart by bars, invitations to watch, photos courtesy of, first names glued to initials, line after line (blind-vnru-28)",
    repeated(
      "marker",
      "Alpha beta gamma | Alpha beta gamma | Alpha beta | Mời quý độc giả theo dõi xem đọc — Photo courtesy of the the the embassy Aleksandr.V. Fomin.V.V Fomin\n",
    ),
  ],
  [
    "one line of bars between headlines and courtesy credits (blind-vnru-28)",
    repeated("inferred", "Alpha beta gamma delta | — Photo courtesy of the Alpha.V. "),
  ],
  [
    "one line of Vietnamese years, rises and falls never compared, and parts of years (blind-vnru-29)",
    repeated("inferred", "năm 2024 tăng 84,9% giảm năm 2023, tháng 1 năm 2025 so với cùng kỳ năm "),
  ],
  [
    "date lines, each under it a sentence closed by bracketed sources, line after line (blind-vnru-29)",
    repeated("marker", "20/06/2024 10:30\nKhách Nga tại Cam Ranh. (Nguồn: TTXVN) (Nguồn: ( Nguồn: Đại sứ.\n"),
  ],
  [
    "Vietnamese years reported whole and compared, line after line (blind-vnru-29)",
    repeated("inferred", "Năm 2024 khách tăng 84,9% so với năm 2023\nquý I năm 2025 tăng so với năm trước\n"),
  ],
  [
    "days before headlines, photos' alt text with width and day, teasers printed twice, guillemets, line after line (headlines of sets 13 to 28)",
    repeated(
      "marker",
      "22.12.2014 Alpha beta gamma delta epsilon\n© Sputnik / A / Chuyển đến kho ảnhAlpha\nAlpha beta - Sputnik, 1920, 30.03.2023, 1920, 30.03\n(A) - Alpha beta gamma, delta.\n«Alpha «Beta «Gamma delta\n(A) - Alpha beta gamma, delta.\n",
    ),
  ],
  [
    "one line of days, widths and guillemets (headlines of sets 13 to 28)",
    repeated("inferred", "22.12.2014 Alpha, 1920, 30.03.2023 «Beta - Sputnik, 1920, 1.1.2023, 1920, "),
  ],
  [
    "places and days set off by commas, as a record's title ends, over and over (headlines of sets 13 to 28)",
    repeated("inferred", ", Moscow, September 28, 2021, Moscow Alpha Beta, 28 September, Hanoi, 28 "),
  ],
  [
    "anniversaries of the two countries in three languages, never closing a sentence (events of sets 20 to 29)",
    repeated(
      "inferred",
      "Việt Nam Russia 75th anniversary of diplomatic relations between the two countries hai nước kỷ niệm 75 năm quan hệ ngoại giao двух стран 75-летие ",
    ),
  ],
  ["deep nesting of brackets and quotes", nested("marker", '(“‘«["', "Alpha Beta", '"]»’”)')],
  ["growth verbs with `from … in` and no end year (growth years)", repeated("inferred", "rose from 2 in 2014 to 3 in rose from ")],
  ["Russian growth verbs with `с … в … году до` and no end (growth years)", repeated("inferred", "вырос с 2 в 2014 году до 3 вырос с ")],
  ["years in percent with no year before (growth years)", repeated("inferred", "in 2018 28.6 percent more than in 2018 ")],
  [
    "past growth verbs with `by` and a percent but no year (growth years, blind-vnru-32)",
    repeated("inferred", "had risen by 16 % 16 rose by 1.5 "),
  ],
  [
    "Russian growth verbs with `на` and a percent but no year (growth years, blind-vnru-32)",
    repeated("inferred", "вырос на 35 % в 35 вырос на 1,5 "),
  ],
  [
    "Vietnamese spans of days with no month after them (day spans, blind-vnru-32)",
    repeated("inferred", "ngày 3 - 4 ngày 3 -4 ngày 19-20 "),
  ],
  [
    "a day and month-years of plans, sentence after sentence (plan years)",
    repeated("markerOnly", "Sáng 27/4 hãng dự kiến bay vào tháng 5/2020. "),
  ],
  [
    "plans agreed and years before them, sentence after sentence (plan years, blind-vnru-31)",
    repeated("inferred", "On June 14 they agreed to agreed to hold it in 2019. It set for 2018 will. "),
  ],
  [
    "reported speech above bare photo credits, line after line (captions, blind-vnru-31)",
    repeated("marker", "cho rằng said\n(Ảnh: VGP)\n"),
  ],
  [
    "years with and without the words that look back on them (reviewed years, blind-vnru-33)",
    repeated("inferred", "2025 год 2025 год выдался 2018 proved минувший 2024 минувшем год năm 2025 vừa năm 2025 vừa qua "),
  ],
  [
    "`next week`, weekdays and days to come, sentence after sentence (next week, blind-vnru-33)",
    repeated("inferred", "next week next weekend said Thursday will be signed on May 29 на следующей tuần tới "),
  ],
  [
    "relations counted with the countries before the verb, never finished (kept days, blind-vnru-33)",
    repeated("inferred", "mừng 75 năm ngày Việt Nam và Liên bang Nga thiết lập quan hệ 75 năm ngày Việt Nam và "),
  ],
  [
    "lines ending in a bar over table cells, line after line (alt text cells, blind-vnru-33)",
    repeated("marker", "Tình hữu nghị lâu đời |\n| Đại sứ điểm lại |\n| |\n"),
  ],
  [
    "feed links and versions for the visually impaired, line after line (feed links, blind-vnru-34)",
    repeated("marker", "Новости RSS подписка\nВерсия для слабовидящих\nrss rss подписка\n"),
  ],
  [
    "dated datelines with an outlet and a colon, paragraph after paragraph (outlet colon, blind-vnru-34)",
    repeated("marker", "Moscow, February 28, 2025 – The Europe Today: On Thursday A B C D:\n"),
  ],
  [
    "photo credits naming bodies and small words, line after line (named bodies, blind-vnru-34)",
    repeated("marker", "Внуков. Фото: Посольство России во Вьетнаме во в на\n"),
  ],
  ["closing lines opening with an agency's code (programme names, blind-vnru-34)", repeated("marker", "TTXVN Toàn Cầu\n\nNga\n")],
  [
    "image alignment labels and press-service photo credits, glued and spaced (captions, blind-vnru-35)",
    repeated("marker", "leftcenterrightdel left center right фото пресс-службы аэропорта фото пресс-служб \n"),
  ],
  [
    "bracketed sign-offs and days of events, line after line (sign-offs and event days, blind-vnru-35)",
    repeated("inferred", "(Reporting by Khanh Vu; Editing by (Robert\nJuly 9 state visit from June 19 - 20 \n"),
  ],
  [
    "places, dates and domains without an end, one long paragraph (site datelines, blind-vnru-35)",
    repeated("inferred", "Ростовская область, 20 февраля 2023. DON24.RU DON24.RU. область, "),
  ],
  [
    "sentences closed by a table cell's bar, line after line, and one long cell (captions, blind-vnru-36)",
    repeated("marker", "Ambassador Khoi took a photo with the community. |\nA B C D E F. | |\nThe talks ended. Both signed. |\n"),
  ],
  [
    "counts of years back to founded relations, one long paragraph (dates, blind-vnru-36)",
    repeated("inferred", "Vietnam and Russia established diplomatic ties 60 years ago some 60 years ago 60 years "),
  ],
  [
    "one line of capitalised words without its closing bar (captions, blind-vnru-36)",
    repeated("marker", "Ambassador Khoi Took A Photo With The Community "),
  ],
  [
    "writers and outlets joined by slashes, line after line and on one line (credits, blind-vnru-36)",
    repeated("marker", "Theo Hồ Trung Nghĩa/Infonet\nAccording to Thu Ha/VOV-Moscow/\nTheo Hồ Trung Nghĩa Hồ Trung Nghĩa/"),
  ],
  [
    "capital places, bracketed countries and slashed agencies, one long paragraph (TASS datelines, blind-vnru-37)",
    repeated("markerOnly", "CAM RANH (Vietnam Region), June 4 /TASS/ CAM RANH (Vietnam "),
  ],
  [
    "names, handles and `Published` without a day, line after line (bylines with handles, blind-vnru-37)",
    repeated("markerOnly", "Mohammad Ali Beta (@ChaudhryMAli88) Published Published on: April \n"),
  ],
  [
    "days opening paragraphs and Russian counts of years of relations (opening days, kept days in Russian, blind-vnru-37)",
    repeated("inferred", "27 февраля в 75-летию 75-летие установления дипломатических отношений между Россией \n\n"),
  ],
  [
    "one long line in capitals with quotes and commas (slogans above the headline, blind-vnru-37)",
    repeated("markerOnly", 'CHỦ ĐỀ HỌC TẬP "GƯƠNG MẪU, CHỦ ĐỘNG, '),
  ],
  [
    "headline words and bracketed days that do not end the line (days after headlines, blind-vnru-37)",
    repeated("markerOnly", "Xuân quê hương Tết (04/02/2024) ảnh (1/1/20 "),
  ],
  [
    "menu items, one short line after another, over a headline (menus run into headlines, blind-vnru-37)",
    repeated("markerOnly", "Văn hóa Xã hội Mới\nĐịa chỉ công sở nay\n"),
  ],
  [
    "credits in quotation marks that never close the sentence (wires credited in quotes, blind-vnru-37)",
    repeated("markerOnly", ", передает «Интерфакс «Интерфакс» , сообщает «Русский "),
  ],
  [
    "periods of a year with figures, on one line (reported periods)",
    repeated("undated", "the first four months of 2023 came to US$1.01 billion, 10 tháng đầu năm 2017 đạt 2,84 tỷ USD, "),
  ],
  [
    "quarters, halves and month ranges with no clause end (reported periods)",
    repeated("undated", "quý III/2019 за 10 месяцев 2017 года в январе–октябре 2017 года January-October 2017 first half of 2015 "),
  ],
  ["a month range's start without its end (reported periods)", repeated("undated", "Jan-Jan.–январе-")],
  [
    "headline words and bracketed times and days, line after line (posting stamps after headlines, blind-vnru-38)",
    repeated("markerOnly", "Phó Chủ tịch tiếp đoàn đại biểu Moscow (15:10 29/11/2019) (15:10 (15:10 29/11/20\n"),
  ],
  [
    "sections, days, year marks and update words, line after line (Russian stamps, blind-vnru-38)",
    repeated("markerOnly", "Новости 12 апреля 2022 г. 10:17 обновлено г. г. Новости г.\n"),
  ],
  [
    "words in capitals, hyphens and places with days, one long line (capital headlines over datelines, blind-vnru-38)",
    repeated("markerOnly", "ON THE CO-OPERATION BETWEEN RUSSIA HANOI, March 1 HANOI, March CO- "),
  ],
  [
    "sources credited and never closed, one long paragraph (wires credited after a source, blind-vnru-38)",
    repeated("markerOnly", "Корабли прибыли. Со ссылкой на пресс-службу об этом со ссылкой на Об этом сообщает "),
  ],
  [
    "days and months with full stops, numbers' thousands and days to come, one long paragraph (dotted days, blind-vnru-38)",
    repeated("inferred", "Ngày 18.10, ngày 2.500 sáng 1.2.2017 ngày 18. hôm nay 6.11 sẽ "),
  ],
  [
    "Russian ordinals before `годовщина` and relations without an end (counts of years in Russian, blind-vnru-39)",
    repeated("inferred", "29 января 71-й годовщины 71-й годовщина установления дипломатических отношений между \n\n"),
  ],
  [
    "a headline repeated line after line, each with a day glued after it (headlines printed twice, blind-vnru-39)",
    repeated("markerOnly", "Vietnam welcomed all ships at naval base\nVietnam welcomed all ships at naval base 09.11.2010\n"),
  ],
  [
    "photo labels before long lower-case words without a full stop (photos described, blind-vnru-39)",
    repeated("markerOnly", "Photo: Airscape of Cam Ranh military base Photo: Airscape of "),
  ],
  [
    "the same sentence line after line at the top (captions printed twice, blind-vnru-39)",
    repeated("markerOnly", "Đại sứ chụp ảnh cùng các em nhỏ trong không gian văn hóa.\n"),
  ],
  [
    "comment counts and related-information labels, line after line (blog tails, blind-vnru-39)",
    repeated("markerOnly", "0 comments:\nRelated Information:\n12 comments\n"),
  ],
  [
    "names in table cells under paragraphs that write them, line after line (cells named above, blind-vnru-40)",
    repeated("markerOnly", "Tàu bay nối Nizhny Novgorod với Cam Ranh.\nNizhny Novgorod |\nNizhny Novgorod Nizhny |\n"),
  ],
  [
    "messages of congratulation and brackets of anniversaries, one long paragraph (anniversary messages, blind-vnru-40)",
    repeated("undated", "поздравительными посланиями (16 июня 1994 г. — 16 июня 2019 г. (16/6/1994 - ( điện mừng "),
  ],
  [
    "days beside counts of years back, commas and ago words, one long paragraph (days of history, blind-vnru-41)",
    repeated("inferred", "Ngày 30/01/1950, cách đây hơn 70 năm, hơn 70 năm về trước, ngày 5/6, 60 years ago, 45 лет назад, "),
  ],
  [
    "weekdays and brackets of days never closed, one long paragraph (weekdays with bracketed days, blind-vnru-41)",
    repeated("inferred", "vào thứ Ba (5/7 thứ năm ( 3/4 Chủ nhật (10/7/2022 thứ Ba ( "),
  ],
  [
    "comment headings, theme labels and labelled names, line after line (blog tails and Russian bylines, blind-vnru-41)",
    repeated(
      "markerOnly",
      "No comments:\nRecent Posts\nPublished by\nОпубликовал: Вадик Котов\nLê Vy (theo Reuters)\nОпубликовала: (theo (theo \n",
    ),
  ],
  [
    "an address of days, months and years with hyphens, day first (addresses dated day first, blind-vnru-41)",
    (size) => ` url https://example.ru/news/${"11-11-2013-".repeat(Math.max(1, Math.round(size / 11)))}x\n${OPENINGS.inferred}`,
  ],
  [
    "sentence ends, spaced bars and capital codes, one long paragraph (tags after a bar, blind-vnru-42)",
    repeated("inferred", "at the memorial. | BGNES. | | VNA | AFP . |  TASS "),
  ],
  [
    "source lines with dated addresses under an address of no day (carried stories' addresses, blind-vnru-42)",
    (size) =>
      ` url https://www.baomoi.com/x/c/20965683.epi\n${OPENINGS.inferred}\n${"Nguồn VTV: http://vtv.vn/a-20161130134110258.htm\n".repeat(Math.max(1, Math.round(size / 50)))}`,
  ],
  [
    "the headline again between paragraphs, each time under a sentence and over a short one (captions under a headline image, blind-vnru-42)",
    repeated(
      "markerOnly",
      "A title line for the hostile source\nThe minister spoke at the hospital in Hanoi on the day of the visit and said so.\nA title line for the hostile source\nThe minister of health.\n",
    ),
  ],
  [
    "capital codes line after line under a headline (initials where a byline stands, blind-vnru-42)",
    repeated("markerOnly", "Hợp tác Y Tế Việt - Nga: Bước đột phá\nCTV\nCTV\nPV\n"),
  ],
  [
    "document numbers before days, with and without a day after them, one long paragraph (documents' days, blind-vnru-43)",
    repeated("inferred", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 số 57-NQ/TW/ số 1/2/3/4/5 No. 15/2025/ND-CP dated № 123-р от "),
  ],
  [
    "labelled bylines with slashes, line after line (bylines with a bureau, blind-vnru-43)",
    repeated("markerOnly", "Tác giả Văn Thường / VOV Moscow\nBy Jane Doe / / Reuters\nTác giả A / B / C / D\n"),
  ],
  [
    "breadcrumbs glued to a headline printed alone, line after line (crumbs before the headline, blind-vnru-44)",
    repeated(
      "markerOnly",
      "Домой Экономика Россия построит во Вьетнаме Центр ядерной науки\nРоссия построит во Вьетнаме Центр ядерной науки\nА Б В Г Д Е Ж\n",
    ),
  ],
  [
    "bracketed spans of years after counts of years, one long paragraph (anniversaries marked, blind-vnru-44)",
    repeated("inferred", "mark 20 years 1 2 3 4 5 6 7 8 9 10 11 12 (2001-2021) on January 30, 1950 (1950-2025) ( 2001 - 1999 ) "),
  ],
  [
    "prompts to see more on a channel, with and without an end, line after line (channel prompts, blind-vnru-45)",
    repeated(
      "marker",
      "Больше актуальных новостей и эксклюзивных видео смотрите в телеграм канале ОСН.\nБольше больше больше больше в в в на на телеграм канале канале\nMore news on our Telegram channel Name Name Name Name Name Name Name Name\n",
    ),
  ],
  [
    "one long line of prompt words without a full stop (channel prompts, blind-vnru-45)",
    repeated("marker", "Больше новостей смотрите в нашем телеграм-канале ОСН и ещё больше в Telegram channel "),
  ],
  [
    "wires and names joined by slashes, line after line and in one line (photo credits, blind-vnru-45)",
    repeated("markerOnly", "РИА Новости/Кристина Кормилицына\nThong Nhat / VNA\nTASS/Moscow/Reuters/ Ipsos / AFP /Jane Doe/"),
  ],
  [
    "initials before surnames, glued and spaced, one long paragraph (initials of a name and a patronymic, blind-vnru-45)",
    repeated("inferred", "D.N. Chernyshenko М.В. Мишустин A.B.C.D. Medvedev D. N. Putin D.N.Chernyshenko G.S. "),
  ],
  [
    "a first line of sentences and bracketed sources without end (sourced captions on the first line, blind-vnru-45)",
    repeated("markerOnly", "Tổng Bí thư tiếp Thủ tướng. (Nguồn: Nhân Dân) ( Nguồn : ( Nguồn: "),
  ],
  [
    "spring and Tết greetings with lunar years' names, whole and broken (lunar years, blind-vnru-46)",
    repeated("inferred", "Tối 29/1 mừng xuân Giáp Ngọ, Tết Nguyên đán Canh Tý, xuân Giáp xuân Giáp Ty tết nguyên đán Quý "),
  ],
  [
    "periods reported as risen or fallen, with and without `г.` (reported periods, blind-vnru-46)",
    repeated("undated", "В январе - сентябре 2019 г. шла вниз, сократился; январе-сентябре 2019 рост tăng cường giảm fell "),
  ],
  [
    "datelines alone on their lines, and broken ones (place, day, dash, outlet, blind-vnru-46)",
    repeated("undated", "Мoсква, 6 апреля - АиФ-Москва.\nМОСКВА, 24 фев — РИА Новости. — — -\nМосква Москва Москва, 6 апреля - А А А А\n"),
  ],
  [
    "an event named outright, sentence after sentence (events named in the body, blind-vnru-46)",
    repeated("undated", "6 апреля в Ханое проведут 24-е заседание российско-вьетнамской межправительственной комиссии. "),
  ],
  [
    "sentences ending on a wire's witness, whole and broken (wire witnesses, blind-vnru-46)",
    repeated("undated", "He landed, a Reuters witness said. , a AFP reporter saw , according to an TASS journalist , a Reuters witness "),
  ],
  [
    "recalled days and days of history beside quarters' figures, one long paragraph (period floors, days of history, blind-vnru-47)",
    repeated("undated", "Ngày 30-1-1950, 22 марта В первом квартале 2025 года побывали 49 тысяч россиян; "),
  ],
  [
    "founding words without years and counts of years past, one long paragraph (founding anniversaries, blind-vnru-44 and 47)",
    repeated("undated", "ra đời thành lập founded established основан ngày 23 tháng 5 năm 75 năm qua past 75 years за 60 лет 1950 "),
  ],
  [
    "years named as the present one, sentence after sentence and broken (present years, blind-vnru-49)",
    repeated("undated", "TCCS - Năm 2020 là năm kỷ niệm. Năm 2020 , This year , 2020 , marks. Năm 2020 đánh Năm Năm "),
  ],
  [
    "one long sentence of year openings with no end (present years, blind-vnru-49)",
    repeated("undated", "Năm 2020 cũng là năm This year 2020 is ABCDEFGH - Năm 1999 , "),
  ],
  [
    "counts of years of activity without a founding or a past tense, one long paragraph (founding anniversaries, blind-vnru-48)",
    repeated("undated", "đã có hơn 60 năm hoạt động đã trải qua 60 năm hoạt động 60 năm hoạt động đã có hơn thành lập năm 1958 "),
  ],
  [
    "empty comment notices, whole and broken, line after line (empty comment blocks, blind-vnru-48)",
    repeated("marker", "Chưa có bình luận nào cho bài viết này.\nChưa có bình luận nào cho bài\nКомментариев пока нет нет комментариев\n"),
  ],
  [
    "counts of years and brackets of years, whole and broken, one long paragraph (anniversary spans, blind-vnru-51)",
    repeated("undated", "70 năm qua (30-1-1950 - 30-1-2020) 70 năm (1950 - 70 years ( 1950 – 2020 75 лет (1950-2025 "),
  ],
  [
    "one long line of counts of years and no bracket (anniversary spans, blind-vnru-51)",
    repeated("undated", "70 năm 70 years 75 лет 1950 - 2020 "),
  ],
  [
    "image file names with spaces, whole and broken, line after line (image placeholders, blind-vnru-51)",
    repeated("marker", "img 3848.jpg\nimg 3848 3848 3848 3848.jp\nIMG 2024 0315.png img\n"),
  ],
  ["one long line of file name parts with no extension (image placeholders, blind-vnru-51)", repeated("marker", "img 3848.jp ")],
  [
    "years called about to end, whole and broken, one long paragraph (closing years, blind-vnru-53)",
    repeated("undated", "năm 2012 sôi động sắp khép năm 2012 a b c sắp qua năm 2012 sắp уходящем 2012 2012 draws to a 2012 is coming "),
  ],
  [
    "one long line of years and words of how they went, no ending (closing years, blind-vnru-53)",
    repeated("undated", "năm 2012 sôi động "),
  ],
  [
    "bracketed photo labels with semicolons, whole and broken, line after line (semicolon credits, blind-vnru-53)",
    repeated("marker", "Phiên họp. (Ảnh; VTV News)\n(Ảnh; (Ảnh; ; ; (Photo;\nx (Ảnh; VTV News) y\n"),
  ],
  [
    "links to sites' channels, whole and broken, line after line (channel links, blind-vnru-32)",
    repeated("marker", "Газета.Ru в Telegram\n«Известия» в\nТАСС в Дзен Дзен\nRT on Telegram on\n"),
  ],
  ["one long line of names and platforms (channel links, blind-vnru-32)", repeated("marker", "Газета.Ru в Telegram в ")],
  ["colons, pipes, dashes and photo labels", repeated("marker", "Photo: : | - — ")],
  ["one line of copyright marks, years and names (copyright notices)", repeated("marker", "© Copyright (c) 2003-2024 VOV.VN, ")],
  ["copyright notices, line after line (copyright notices)", repeated("marker", "© 2003 - 2024 Copyright ,  ;  |  All rights reserved\n")],
  [
    "images' alt stamps, whole and broken, line after line (image alt stamps, blind-vnru-25)",
    repeated("marker", "Alpha beta - Sputnik Việt Nam, 1920, 30.03.2023\n - Site, 1920, 30.\nAlpha - , 1920, 1.1.2023\n"),
  ],
  ["one long line of sites, widths and days (image alt stamps, blind-vnru-25)", repeated("marker", " - Sputnik, 1920, 30.03.2023")],
  [
    "days, counts of years and words of diplomacy, sentence after sentence (kept days by their date, blind-vnru-53)",
    repeated("undated", "30 января исполнилось 75 лет дипломатических. Ngày 30/1 tròn 75 năm quan hệ ngoại giao. January 30 75 years "),
  ],
  ["one long sentence of days with one count of years (kept days by their date, blind-vnru-53)", repeated("undated", "30 января 30/1 ")],
  [
    "plans, words and years, one long paragraph (years plans are adopted for, blind-vnru-53)",
    repeated(
      "undated",
      "thông qua a kế hoạch a b c d e cho năm 2019 adopted the plan for the year 2019 утвердили план на 2019 plans x for ",
    ),
  ],
  [
    "Vietnamese mastheads of five and six words, whole and broken, line after line (long mastheads, blind-vnru-54)",
    repeated("marker", "Báo Công An Đà Nẵng\nBáo Sài Gòn Giải Phóng Báo\nĐài Báo Tạp chí Thông tấn Báo\n"),
  ],
  ["one long line of masthead words (long mastheads, blind-vnru-54)", repeated("marker", "Báo Công An Đà ")],
  [
    "periods with nouns of reduction, whole and broken, one long paragraph (reported periods, blind-vnru-54)",
    repeated("undated", "в январе-сентябре 2019 года из-за сокращения сокращени сокращенияя январе- 2019 сокращением "),
  ],
  [
    "one long line of a period and no clause end (reported periods, blind-vnru-54)",
    repeated("undated", "январе-сентябре 2019 сокращения "),
  ],
  [
    "days brought in right after, too far on or still to come, whole and broken, one long paragraph (days right after, blind-vnru-55)",
    repeated(
      "undated",
      "с 8 по 10 сентября Сразу вслед за этим, 30 сентября, Сразу после этого, 11 сентября, состоится right after that, on May 1, ngay sau đó ngày сразу же после ",
    ),
  ],
  [
    "one long line of words of what came right after, no day and no full stop (days right after, blind-vnru-55)",
    repeated("inferred", "Right after that, сразу после этого, ngay sau đó, "),
  ],
  [
    "commemorations with days and broken founding words, one long paragraph (commemorated origins, blind-vnru-57)",
    repeated(
      "undated",
      "lễ kỷ niệm ngày 12/6/1990 bản Tuyên ngôn được được thông ra anniversary on June 12, 1990 was was adopte годовщины 12 июня 1990 года был была приня ",
    ),
  ],
  [
    "one long sentence after a day in a commemoration, no founding words and no full stop (commemorated origins, blind-vnru-57)",
    repeated("inferred", "kỷ niệm ngày 12/6/2025 các đại biểu, "),
  ],
  [
    "comment form prompts, whole and broken, line after line (form prompts, blind-vnru-56)",
    repeated(
      "marker",
      "Please enter your comment!\nPlease enter your name\nVui lòng nhập bình luận của\nПожалуйста, введите ваш комментари\nenter your website here here\n",
    ),
  ],
  ["one long line of form prompt words (form prompts, blind-vnru-56)", repeated("marker", "please enter your please type your ")],
  [
    "days and years only in sentences still to come, many short sentences (years ahead, blind-vnru-56)",
    repeated("undated", "Ngày 20/8 hợp đồng được ký. Máy bay sẽ được giao trong các năm 2014 và 2015. will be 2016. "),
  ],
  [
    "one long sentence of future words and years, no full stop (years ahead, blind-vnru-56)",
    repeated("undated", "ngày 20/8 sẽ 2014 will 2015 будут 2016 "),
  ],
  [
    "one long sentence of words of comparing and no year after them (years ahead, blind-vnru-56)",
    repeated("undated", "ngày 20/8 sẽ so với năm on over compared with по сравнению с 2014 "),
  ],
  [
    "one long sentence of Lunar New Year words, no greeting and no full stop (Lunar New Year greetings)",
    repeated("undated", "Lunar New Year Tết Xuân Quý Giáp Nguyên đán по лунному календарю 2024 "),
  ],
  [
    "many short sentences each greeting a Lunar New Year whose name is cut (Lunar New Year greetings)",
    repeated("undated", "Chúc Tết Quý. Xuân Giáp Sửu chúc. greetings for the Lunar New Year 20. "),
  ],
  [
    "one long sentence of years by the lunar calendar, no occasion (Lunar New Year greetings)",
    repeated("undated", "2024 года по лунному 2024 году по "),
  ],
  [
    "one long Russian sentence opening on a year, no anniversary verb (present year, blind-vnru-43)",
    repeated("undated", "В 2024 году соглашению исполнит "),
  ],
  [
    "years after verbs of raising and figures, one long sentence (target figures, blind-vnru-58)",
    repeated("inferred", "to raise trade to USD 10 billion in 2020 nâng lên 10 tỷ USD vào năm 2021 довести до 10 млрд в 2022 "),
  ],
  [
    "work under way with long partners and no `to`, one long sentence (future tense, blind-vnru-59)",
    repeated("inferred", "is also working with Ikar International Airlines and Pegas Touristik Group on flights April 18 are preparing "),
  ],
  [
    "advertisement boxes, whole and broken, line after line, and one long line of capitals (ad boxes, blind-vnru-61)",
    repeated("marker", "ARTICLE AD BOX\nAD AD AD AD AD\nAd placeholder box\nARTICLE AD BOX ARTICLE AD "),
  ],
  [
    "a first line of full stops and capitals over many blank lines (stopped headline over its date, blind-vnru-61)",
    (size) =>
      `Вьетнам. Россия. `.repeat(Math.max(1, Math.round(size / 17))) + "\n".repeat(Math.max(1, Math.round(size / 4))) + OPENINGS.inferred,
  ],
  [
    "one long line of guillemets opened and closed before lower-case words (quoted names in headlines, blind-vnru-60)",
    repeated("marker", "«Весна на Родине» в «Москве «Русская » в "),
  ],
  [
    "closing lines of stops, hyphens and codes (sign-offs after a hyphen, blind-vnru-60)",
    repeated("marker", "Lavrov.-VNA.- - VNA/VNS.-ABC-DEF "),
  ],
  [
    "an address of thirteen-digit runs between slashes (stamps as path segments, blind-vnru-58)",
    (size) => ` url https://example.ru/news/${"2024091912551/".repeat(Math.max(1, Math.round(size / 14)))}x\n${OPENINGS.inferred}`,
  ],
  [
    "an address of one long run of digits, no slash after it (stamps as path segments, blind-vnru-58)",
    (size) => ` url https://example.ru/news/${"2024091912551".repeat(Math.max(1, Math.round(size / 13)))}\n${OPENINGS.inferred}`,
  ],
  [
    "titles after Deputy and Vice, one long paragraph (lower offices, blind-vnru-58)",
    repeated("inferred", "Permanent Deputy Foreign Minister Bui Thanh Son Vice Deputy Deputy Foreign Minister "),
  ],
  [
    "placeholder words with bracketed sources, whole and broken, line after line (placeholder captions, blind-vnru-58)",
    repeated("marker", "Illustrative image (Source: VNA)\nẢnh minh họa (Nguồn: (Nguồn: TTXVN)\nIllustrative image (Source: \n"),
  ],
  [
    "one long line of placeholder words and open brackets (placeholder captions, blind-vnru-58)",
    repeated("marker", "Illustrative image (Source: "),
  ],
  [
    "anniversaries of foundings, whole and broken, one long paragraph (anniversaries of foundings, blind-vnru-59)",
    repeated(
      "undated",
      "Chiều 22-11 kỷ niệm 55 năm Ngày thành lập kỷ niệm 55 năm ngày thành ra đời ngày 31-7-1958 the 60th anniversary of the founding 45th founding anniversary 65-летия со дня основания 65-летия со дня ",
    ),
  ],
  [
    "one long line of anniversary words and numbers, no founding word (anniversaries of foundings, blind-vnru-59)",
    repeated("inferred", "kỷ niệm 55 năm kỷ niệm 60th anniversary of the 65-летия со "),
  ],
  [
    "stamp lines of labelled counters and authors' labels, line after line (stamp labels, blind-vnru-61)",
    repeated("undated", "23/05/2025 | Tác giả: Ánh Dương Lượt xem: 401 Views 1,2\nАвтор: Просмотров: 12 | 14/01/2025\n"),
  ],
  [
    "one long line of counters' labels and digits, no date (stamp labels, blind-vnru-61)",
    repeated("undated", "Lượt xem: 4 views 1.2, comments 3 просмотров 9 Tác giả "),
  ],
  [
    "one long Russian paragraph of weekdays in the accusative and days (Russian weekday days, blind-vnru-61)",
    repeated("undated", "в среду, 5 во вторник 5 февраля В среду, 29 января "),
  ],
  [
    "one long paragraph of anniversary words and days with no year (anniversary year, blind-vnru-61)",
    repeated("undated", "On September 29th the 70th anniversary kỷ niệm годовщина 70-летие "),
  ],
  [
    "days defined as named days with older days beside them, one long paragraph, no full stop (observance days, blind-vnru-60)",
    repeated("undated", "Ngày 10 tháng 2 là Ngày truyền thống ký ngày 31/10/2002, 12 June is Russia Day "),
  ],
  [
    "days and a copula before capitalised words that never reach a day-word (observance days, blind-vnru-60)",
    repeated("undated", "Ngày 10/2 là Alpha Beta Gamma Delta Epsilon ngày 11/2 — Ngày "),
  ],
  [
    "many sentences each defining a named day (observance days, blind-vnru-60)",
    repeated("undated", "Ngày 10 tháng 2 là Ngày truyền thống. "),
  ],
  [
    "image file names line after line, and one long joined word (image file names, blind-vnru-60)",
    repeated("marker", "slide_1_jpg_crop1518177587_ejw_960\nIMG_2034.JPG\nslide_1_crop-"),
  ],
  [
    "one long line of photo credits glued to words, no dateline (credit before dateline, blind-vnru-62)",
    repeated("marker", "At the get-together (Photo: VNA)HCM City (VNA)(Ảnh: TTXVN)Hà (Фото: "),
  ],
  [
    "captions with credits glued to datelines, line after line (credit before dateline, blind-vnru-62)",
    repeated("marker", "At the get-together (Photo: VNA)HCM City (VNA) – The union met.\n"),
  ],
  [
    "places of initials and title-case words before brackets, one long paragraph (place initials, blind-vnru-62)",
    repeated("undated", "HCM City Hanoi Da Nang (VNA HCMC City (VNA) "),
  ],
  [
    "one long paragraph of terms of office, half-written and whole, and days with no year (term of office, blind-vnru-63)",
    repeated("undated", "ngày 9/11 nhiệm kỳ 2024- nhiệm kỳ 2024-2029 на 2018-2023 long-term 2021 term of 2023 – "),
  ],
  [
    "one long line of brackets holding pairs of dates, open and unclosed (anniversary day pairs, blind-vnru-63)",
    repeated("undated", "Утром 28 апреля (9 мая 1945 года / 9 мая 2025 года) (May 9, 1945 - May 9, 2025 ("),
  ],
  [
    "one long byline of names and dashes glued to credits, none closed (credit after name, blind-vnru-65)",
    repeated("marker", "By Duy Cuong- Translated by Huyen Huong- Edited by- Duy Cuong– translated by "),
  ],
  [
    "many lines of a month alone above a day, a comma and a year, whole and broken (split date line, blind-vnru-64)",
    repeated("undated", "JUN\n24, 2024 11:50 AM\nSept.\n31,\n2024\nMay\n24, 20\n"),
  ],
  [
    "many section paths of slashes before stamps, long and unfinished (section path, blind-vnru-64)",
    repeated("undated", "Туризм / Новости / Мира / News 18 мая 2016 г. 15:46\nТуризм / / Новости / 18 мая 2016 Туризм / Новостиииии"),
  ],
  [
    "stamps of a date and a time over lines in lower case, and the headline's words in lower case (stamp above, title alt, across sets)",
    repeated("marker", "May 30, 2020 | 06:45\ntop diplomats of vietnam russia talk strengthening top diplomats\n"),
  ],
  [
    "one long line without punctuation after paths from the home page, and stray stops alone (unpunctuated run, home path, across sets)",
    repeated("undated", "Home / WORDS ON THE STREET 70th anniversary Home / Trang chủ / \n.\n«\n"),
  ],
  [
    "short lines printed twice between sentences that report speech (doubled caption, reported speech, across sets)",
    repeated("marker", "ASEAN Ambassadors to Russia\nASEAN Ambassadors to Russia\nÔng Hà nhấn mạnh rằng hai nước\n\n© Sputnik\n"),
  ],
  [
    "many lines of the Russian byline label, its name long, cut and piped (Автор, blind-vnru-67)",
    repeated("marker", "Автор: Мария Михайловская\nавтор Мария Мария Мария Мария Мария | Автор: автор:\nАвтор фото: "),
  ],
  [
    "one long paragraph of the cross Year's opening, whole and cut (cross Year keyword, blind-vnru-67)",
    repeated("undated", "Нгуен Суан Фук открытия перекрестного Года России и Вьетнама открытия перекрестного Года России "),
  ],
  [
    "many lines of machine time stamps, whole and unfinished, above lower-case lines and lines opening with a stop (machine time stamps, blind-vnru-66)",
    repeated("undated", "2025-06-30T19:53+0700\nnhững trang sử vàng\n2025-06-30T19:53:07.123+07:00 nga\n.2025-06-30T19:5\n,hợp tác\n"),
  ],
  [
    "display controls run together and page titles with separators over their headlines (display controls, title printed alone, across sets)",
    repeated(
      "marker",
      "Выбрать размер шрифта Выбрать цветовую схему\nВьетнамский гость | Вьетнамский гость - Русская\nВьетнамский гость\n",
    ),
  ],
  [
    "many lines of forum joining labels before dates, spaced out and unfinished (member joining day, blind-vnru-69)",
    repeated(
      "undated",
      "Зарегистрирован:        15 мар 2017 14:33\nJoined    on   Mar 15, 2017\nмember since member since \nЗарегистрирован Зарегистрирован ",
    ),
  ],
  [
    "many headlines of reply marks, doubled and unclosed, over a date line (reply subject, blind-vnru-69)",
    repeated("marker", "Re: Re: RE:Re[2]: Re[ Re   :   \nRe: 70-летие отношений\n22.01.2020\n"),
  ],
  [
    "one long paragraph of Russian periods from January, with results and none, whole and cut (reported period, across sets)",
    repeated("undated", "С января по октябрь 2024 года вырос на 81,5% с января по По итогам девяти месяцев 2025 года итоги results "),
  ],
  [
    "one long lede of abbreviations' stops and years compared with the year before (abbreviation at end, year before, across sets)",
    repeated("undated", "в 2015 г. Jr. Inc. г.г. in 2017, up 35 percent from the year before up from the preceding year "),
  ],
  [
    "one long paragraph of greetings for New Years still to come, whole and cut (new year ahead, across sets)",
    repeated("undated", "chúc mừng sắp bước sang năm mới 2022 с наступающим Новым 2020 годом upcoming New Year 2021 sắp "),
  ],
  [
    "many wire datelines with a day and a bracket and no stop, whole, cut and unclosed (AP dateline, blind-vnru-68)",
    repeated("undated", "Hanoi, Jan 14 (AP) Vietnam Hanoi, Jan 14 (AP Hanoi, Jan (AP) (AP) Ho Chi Minh (Vietnam), July 6 (EFE) "),
  ],
  [
    "many language switches alone on lines between headlines and lower-case lines (language switch, blind-vnru-68)",
    repeated("undated", "Глава «Росатома» провел встречу\nen\nen\nru vi\nenn\nстороны обсудили\n"),
  ],
  [
    "a long line of descriptions with stamps, names and days run together, cut and unstopped (description stamp, blind-vnru-71)",
    repeated("marker", "стратегическими. РИА Новости, 24.02.2026 . А Б В Г Д, 1.1.2026, 24.02.2026 Новости, 24.02. ТАСС ,24.02.2026 "),
  ],
  [
    "many descriptions with stamps on lines of their own, whole and with long names (description stamp, blind-vnru-71)",
    repeated(
      "undated",
      "Лавров назвал отношения братскими. РИА Новости, 24.02.2026\n. Аааааааааааааааааааааааааааааааааааааааааааааааааа, 24.02.2026\n",
    ),
  ],
  [
    "many lines ending in a source after commas and spaces, whole, doubled and unfinished (source at a lede's end, blind-vnru-70)",
    repeated(
      "marker",
      "Вьетнам начнет применять вакцину, пишет газета «Зан чи»\n,   сообщает , передает ,пишут ТАСС, , \nСМИ - сообщает\n",
    ),
  ],
  [
    "many Vietnamese names in Cyrillic one letter apart, in their given names and with с for ш (given name in Cyrillic, blind-vnru-70)",
    repeated("marker", "Нгуен Шинь Кунг и Нгуен Шинь Хунг, Буй Тхань Соном Буй Тхань Шшон Нгуен Шинь Нгуен Шинь "),
  ],
];

describe("ingest time grows in proportion to the source", () => {
  for (const [what, source] of KNOWN_HOSTILE) {
    it(what, () => expect(lowestGrowthRatio(source)).toBeLessThan(GROWTH * SLACK), TEST_TIMEOUT);
  }

  it(
    "for any mix of hostile pieces",
    () => {
      // biome-ignore format: a word list packed by hand
      const pieces = fc.constantFrom(
        "Alpha", "Beta", "Nguyễn", "Văn", "President", "Minister", "of", "the", "da",
        "(", ")", "[", "]", "\"", "“", "”", "‘", "’", "«", "»",
        "20/06/2024", "2024-06-20", "June 2024", "January 14", "10:30", "GMT+7", "2 hours ago", "2024",
        ":", "|", "-", "—", "–", ",", ".", "/.", "(VNA)", "— VNS", "Photo:", "©", "Mr.", "A.",
        "https://example.com/a.b", "www.Example.com", "john.Doe@mail.com", "word.Word", "bur-pdw/dhc",
      );
      const separators = fc.constantFrom(" ", "", "\n", "\n\n", " \t ");
      const motif = fc
        .array(fc.tuple(pieces, separators), { minLength: 1, maxLength: 6 })
        .map((parts) => parts.map(([piece, separator]) => piece + separator).join(""));
      const opening = fc.constantFrom<Opening>(...(Object.keys(OPENINGS) as Opening[]));
      fc.assert(
        fc.property(opening, motif, (start, pieces) => lowestGrowthRatio(repeated(start, pieces)) < GROWTH * SLACK),
        // No shrinking: each try costs seconds; the failing motif itself is printed.
        { numRuns: 6, endOnFailure: true },
      );
    },
    // Long enough for a failing motif to be reported by fast-check rather than hidden by a timeout.
    PROPERTY_TIMEOUT,
  );
});
