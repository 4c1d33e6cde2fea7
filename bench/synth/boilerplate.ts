/**
 * Page furniture the scraped formats carry around the article: site banners,
 * publishers, navigation tails and related-news blocks. None of it names a
 * taxonomy person or carries a topic keyword, so a parser that fails to strip
 * it shows up in the body text, not in the tags.
 */

export const AGGREGATOR_BANNER = "Vietnam.vn - Nền tảng quảng bá Việt Nam";

export interface Publisher {
  name: string;
  host: string;
  section: string;
}

/** Publishers whose bylines the scraped page glues to the date (`Báo Tin TứcBáo Tin Tức09/05/2025`). */
export const SCRAPED_PUBLISHERS: readonly Publisher[] = [
  { name: "Báo Tin Tức", host: "baotintuc.vn", section: "chinh-tri" },
  { name: "Báo Tin Tức", host: "baotintuc.vn", section: "thoi-su" },
  { name: "Nhân Dân", host: "nhandan.vn", section: "chinhtri" },
  { name: "Báo Quốc Tế", host: "baoquocte.vn", section: "ngoai-giao" },
  { name: "Báo Chính Phủ", host: "baochinhphu.vn", section: "hoat-dong" },
];

/** Agencies credited in a caption-first source: `(Photo: SGGP)`. */
export const CAPTION_CREDITS = ["SGGP", "SGGP", "VGP", "VOV", "Nhân Dân"];

/** Headlines listed under "Same category" at the foot of a scraped page. */
export const SAME_CATEGORY_HEADLINES = [
  "Many beaches in Phan Thiet are covered with kites, impressing visitors.",
  "Cuc Phuong in butterfly season – when the old forest turns into a fairyland",
  "Watch the lantern festival light up the old quarter of Hoi An",
  "Ancient tea trees on the misty peaks of Ha Giang",
  "Street food stalls draw crowds on a rainy weekend",
  "Buckwheat flowers bloom across the northern highlands",
  "A village that has kept its bamboo weaving for five generations",
  "Sunrise over the terraced fields of Mu Cang Chai",
  "Night markets return to the riverside after the rainy season",
  "Lotus season paints the lakes of the capital pink",
  "Young people flock to a hillside café with a view of the clouds",
  "Kite flyers gather on the dunes at dawn",
];

/** The navigation words a scraped page ends with, one per paragraph. */
// biome-ignore format: a word list packed by hand
export const SCRAPED_NAVIGATION = [
  "Same author", "Heritage", "Figure", "Business", "No videos available", "News", "Political System", "Local", "Product",
];

/** Related-news items of a Vietnamese site (`TIN LIÊN QUAN`): title and summary. */
// biome-ignore format: a table laid out by hand, a row on two lines
export const RELATED_ITEMS: ReadonlyArray<readonly [string, string]> = [
  ["After the arrangement, the machine must operate more smoothly and efficiently",
    "On the afternoon of {date}, a conference was held to disseminate information on the arrangement and streamlining of the organisation."],
  ["Workers happy to receive Tet gifts from Party and State leaders",
    "When receiving Tet gifts, workers were all happy and felt that this was a meaningful and practical action."],
  ["Commencement of renovation of the West Lake Guest House area",
    "The groundbreaking ceremony of the project to renovate and upgrade the guest house took place this morning ({date})."],
  ["Proposed organisational structure of the Government",
    "The organisational structure and members of the Government are stated in the draft amended law."],
  ["Impact of infrastructure on traffic order and safety",
    "A well-developed road system helps improve the living environment and keep traffic in order."],
  ["Delegation of the capital visits a border post",
    "On the morning of {date}, the delegation visited officers and soldiers at a border post in the north."],
  ["Youth volunteers help families rebuild homes",
    "Hundreds of young volunteers spent the weekend helping families repair their homes."],
  ["Provincial leaders meet outstanding teachers",
    "On the afternoon of {date}, provincial leaders met teachers who had made outstanding contributions."],
  ["Conference reviews the work of the past year",
    "The conference reviewed the results of the past year and set out tasks for the year ahead."],
];

/** Titles any desk might print more than once: the source of duplicate titles. */
export const STOCK_TITLES = [
  "Government holds regular monthly meeting",
  "Leaders send greetings on National Day",
  "National Assembly Standing Committee opens its session",
  "Conference reviews the work of the past year",
  "Delegation pays tribute to fallen soldiers",
  "Prime Minister chairs online conference with localities",
];
