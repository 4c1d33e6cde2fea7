/**
 * Places the synthetic articles mention. Each has the spelling Viet Nam News
 * uses (`vi`, with diacritics) and the spelling other English-language sites
 * use (`en`): the seeds write both "Việt Nam" and "Vietnam", "Hà Nội" and
 * "Hanoi". Any alias that contains a place is written in both spellings.
 */

import { TAGGED_PLACES } from "./institutions.ts";

export interface Place {
  vi: string;
  en: string;
}

export interface Country extends Place {
  adjective: string;
  capital: Place;
}

const same = (name: string): Place => ({ vi: name, en: name });

export const VIETNAM: Country = {
  vi: "Việt Nam",
  en: "Vietnam",
  adjective: "Vietnamese",
  capital: { vi: "Hà Nội", en: "Hanoi" },
};

export const RUSSIA: Country = { ...same("Russia"), adjective: "Russian", capital: same("Moscow") };

/** Countries that leaders visit, besides Việt Nam and Russia. */
export const PARTNER_COUNTRIES: readonly Country[] = [
  { ...same("Japan"), adjective: "Japanese", capital: same("Tokyo") },
  { ...same("India"), adjective: "Indian", capital: same("New Delhi") },
  { ...same("Laos"), adjective: "Lao", capital: same("Vientiane") },
  { ...same("Cambodia"), adjective: "Cambodian", capital: same("Phnom Penh") },
  { ...same("France"), adjective: "French", capital: same("Paris") },
  { ...same("Germany"), adjective: "German", capital: same("Berlin") },
  { ...same("South Korea"), adjective: "South Korean", capital: same("Seoul") },
  { ...same("Indonesia"), adjective: "Indonesian", capital: same("Jakarta") },
  { ...same("Singapore"), adjective: "Singaporean", capital: same("Singapore") },
  { ...same("Thailand"), adjective: "Thai", capital: same("Bangkok") },
  { ...same("Australia"), adjective: "Australian", capital: same("Canberra") },
  { ...same("Cuba"), adjective: "Cuban", capital: same("Havana") },
  { ...same("Brazil"), adjective: "Brazilian", capital: same("Brasília") },
  { ...same("Belarus"), adjective: "Belarusian", capital: same("Minsk") },
  { ...same("Kazakhstan"), adjective: "Kazakh", capital: same("Astana") },
  { ...same("Mongolia"), adjective: "Mongolian", capital: same("Ulaanbaatar") },
  { ...same("Hungary"), adjective: "Hungarian", capital: same("Budapest") },
  { ...same("Malaysia"), adjective: "Malaysian", capital: same("Kuala Lumpur") },
  { ...same("Egypt"), adjective: "Egyptian", capital: same("Cairo") },
  { ...same("Uzbekistan"), adjective: "Uzbek", capital: same("Tashkent") },
];

export const VIETNAMESE_PROVINCES: readonly Place[] = [
  { vi: "Hà Nội", en: "Hanoi" },
  { vi: "Hồ Chí Minh City", en: "Ho Chi Minh City" },
  { vi: "Đà Nẵng", en: "Da Nang" },
  { vi: "Hải Phòng", en: "Hai Phong" },
  { vi: "Cần Thơ", en: "Can Tho" },
  { vi: "Quảng Ninh", en: "Quang Ninh" },
  { vi: "Nghệ An", en: "Nghe An" },
  { vi: "Thanh Hóa", en: "Thanh Hoa" },
  { vi: "Bắc Ninh", en: "Bac Ninh" },
  { vi: "Bình Dương", en: "Binh Duong" },
  { vi: "Đồng Nai", en: "Dong Nai" },
  { vi: "Khánh Hòa", en: "Khanh Hoa" },
  { vi: "Lâm Đồng", en: "Lam Dong" },
  { vi: "Quảng Nam", en: "Quang Nam" },
  { vi: "Thừa Thiên-Huế", en: "Thua Thien-Hue" },
  { vi: "Kiên Giang", en: "Kien Giang" },
  { vi: "Lào Cai", en: "Lao Cai" },
  { vi: "Hà Giang", en: "Ha Giang" },
  { vi: "Điện Biên", en: "Dien Bien" },
  { vi: "Bà Rịa-Vũng Tàu", en: "Ba Ria-Vung Tau" },
  { vi: "Ninh Thuận", en: "Ninh Thuan" },
  { vi: "Bình Thuận", en: "Binh Thuan" },
  { vi: "Hà Tĩnh", en: "Ha Tinh" },
  { vi: "Quảng Bình", en: "Quang Binh" },
  { vi: "Tây Ninh", en: "Tay Ninh" },
  { vi: "Gia Lai", en: "Gia Lai" },
  { vi: "Đắk Lắk", en: "Dak Lak" },
  { vi: "Thái Nguyên", en: "Thai Nguyen" },
];

// biome-ignore format: a word list packed by hand
export const RUSSIAN_REGIONS: readonly string[] = [
  "Moscow Region", "Leningrad Region", "Sverdlovsk Region", "Novosibirsk Region",
  "Irkutsk Region", "Kaliningrad Region", "Tula Region", "Kaluga Region", "Samara Region",
  "Primorye Territory", "Khabarovsk Territory", "Krasnodar Territory", "Ulyanovsk Region",
];

// biome-ignore format: a word list packed by hand
export const RUSSIAN_CITIES: readonly string[] = [
  "Moscow", "Saint Petersburg", "Kazan", "Vladivostok", "Sochi", "Novosibirsk",
  "Yekaterinburg", "Nizhny Novgorod",
];

/** Datelines in the Viet Nam News style (`HÀ NỘI —`), with the place they name. */
export const DATELINES: ReadonlyArray<{ mark: string; place: string; weight: number }> = [
  { mark: "HÀ NỘI", place: "Hà Nội", weight: 10 },
  { mark: "HCM CITY", place: "HCM City", weight: 4 },
  { mark: "ĐÀ NẴNG", place: "Đà Nẵng", weight: 2 },
  { mark: "HẢI PHÒNG", place: "Hải Phòng", weight: 1 },
  { mark: "CẦN THƠ", place: "Cần Thơ", weight: 1 },
  { mark: "HUẾ", place: "Huế", weight: 1 },
  { mark: "MOSCOW", place: "Moscow", weight: 1 },
];

export function spell(place: Place, diacritics: boolean): string {
  return diacritics ? place.vi : place.en;
}

/** Every place name, in both spellings: person names must never coincide with one. */
export function allPlaceNames(): string[] {
  const names: string[] = [];
  const countries = [VIETNAM, RUSSIA, ...PARTNER_COUNTRIES];
  for (const country of countries) names.push(country.vi, country.en, country.capital.vi, country.capital.en);
  for (const province of VIETNAMESE_PROVINCES) names.push(province.vi, province.en);
  names.push(...RUSSIAN_REGIONS, ...RUSSIAN_CITIES, ...DATELINES.map((dateline) => dateline.place));
  // The places the taxonomy tags, in every spelling it knows (the East Sea, HCM City…).
  for (const place of TAGGED_PLACES) names.push(place.vi, place.en, ...place.aliases);
  return names;
}
