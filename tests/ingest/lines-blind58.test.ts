/**
 * The rules fitted to the fifty-eighth blind Việt Nam–Russia set (750–761): a
 * publication stamp standing as a whole segment of an address's path dates the
 * page (759); a title after `Deputy` or `Vice` names a lower office, not the
 * office that title alone dates (751); an image's placeholder words with the
 * picture's source in brackets are a caption (753). With the reworded real
 * lines they were written for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { dayOfStampSegment } from "../../src/ingest/address-stamp.ts";
import { parseCaptionLine } from "../../src/ingest/captions.ts";
import { dateInUrl } from "../../src/ingest/date-line.ts";
import { tenuresNamed } from "../../src/taxonomy/match-offices.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const tenures = (text: string) => tenuresNamed([text], matcher.offices);

describe("a time stamp as a whole segment of an address's path (blind-vnru-58, 759)", () => {
  it("dates the page", () => {
    const address = "https://eanews.ru/ekaterinburg/20240919125514/novyy-genkonsul-vietnama-nachal-rabotu-v-ekaterinburge";
    expect(dateInUrl(address)).toEqual({ year: 2024, month: 9, day: 19 });
    expect(dayOfStampSegment("/news/20231105080000/slug")).toEqual({ year: 2023, month: 11, day: 5 });
  });

  it("not a number that is no day and time, not a stamp glued to other characters, not a stamp ending the path", () => {
    // Thirteen or fifteen digits, a month 13, an hour 24, a stamp inside a slug, an article's id.
    expect(dayOfStampSegment("/ekaterinburg/2024091912551/slug")).toBeUndefined();
    expect(dayOfStampSegment("/ekaterinburg/202409191255140/slug")).toBeUndefined();
    expect(dayOfStampSegment("/news/20241319125514/slug")).toBeUndefined();
    expect(dayOfStampSegment("/news/20240919245514/slug")).toBeUndefined();
    expect(dayOfStampSegment("/news/a20240919125514/slug")).toBeUndefined();
    expect(dayOfStampSegment("/pics/381528885/")).toBeUndefined();
    // Read by date-line.ts's own pattern, as before: a stamp that ends the address.
    expect(dayOfStampSegment("/tin-a-20250509055447596.htm")).toBeUndefined();
    expect(dateInUrl("https://m.ru24.pro/pics/381528885")).toBeUndefined();
  });
});

describe("a title after Deputy or Vice (blind-vnru-58, 751)", () => {
  it("names a lower office: Bùi Thanh Sơn's foreign ministry from April 2021 does not date it", () => {
    expect(
      tenures(
        "On June 14, Permanent Deputy Foreign Minister Bui Thanh Son and Russian Deputy Foreign Minister I. Morgulov jointly chaired the ninth Vietnam-Russia Strategic Dialogue.",
      ),
    ).toEqual([]);
    expect(tenures("Vice Foreign Minister Bui Thanh Son met the delegation")).toEqual([]);
  });

  it("the title itself, or after another word, still dates the page", () => {
    expect(tenures("Foreign Minister Bui Thanh Son met the delegation")).toEqual([{ person: "bui-thanh-son", from: "2021-04-08" }]);
    expect(tenures("Deputy Prime Minister and Foreign Minister Pham Binh Minh received him")).toEqual([
      { person: "pham-binh-minh", from: "2011-08-03" },
    ]);
    expect(tenures("Vietnamese Foreign Minister Bui Thanh Son met the deputy")).toEqual([{ person: "bui-thanh-son", from: "2021-04-08" }]);
  });
});

describe("an image's placeholder words with the picture's source in brackets (blind-vnru-58, 753)", () => {
  it("is a caption", () => {
    expect(parseCaptionLine("Illustrative image (Source: VNA)")).toEqual({ text: "Illustrative image", credits: ["VNA"] });
    expect(parseCaptionLine("Ảnh minh họa (Nguồn: TTXVN)")).toEqual({ text: "Ảnh minh họa", credits: ["TTXVN"] });
  });

  it("not a sentence naming its source, nor the placeholder words inside a sentence", () => {
    expect(parseCaptionLine("The two sides signed 14 cooperation documents (Source: VNA)")).toBeUndefined();
    expect(parseCaptionLine("An illustrative image of the plant was shown to the delegates (Source: VNA)")).toBeUndefined();
    expect(parseCaptionLine("Illustrative image")).toBeUndefined();
  });
});
