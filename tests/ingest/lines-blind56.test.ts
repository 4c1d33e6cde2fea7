/**
 * The rules fitted to the fifty-sixth blind Việt Nam–Russia set (726–737): a
 * comment form's prompts to type into its fields (`Please enter your
 * comment!`) end the article (726), and years a text names only in sentences
 * about what is to come (`sẽ được bàn giao … trong các năm 2014 và 2015`) place
 * no day without a year (732). With the reworded real lines they were written
 * for and lines they must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isFormPrompt } from "../../src/ingest/form-prompts.ts";
import { isAboutFuture, sentencesOf, yearsMentioned } from "../../src/ingest/infer-date.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { yearsOnlyAhead } from "../../src/ingest/years-ahead.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const BODY_726 =
  "Vietnam is set to buy 10 million dollars' worth of weapons and military equipment from Russia. Russia's Tas News Agency reported that the South East Asian country is making these purchases as part of a long-term plan for its military capability. Russia is the biggest supplier of arms to Vietnam, and Russian companies also take part in several energy projects in the country. In a statement issued on Friday after the meeting, the Vietnamese Communist Party said both sides were committed to developing their military relations further.";

describe("a comment form's prompts to type into its fields (blind-vnru-56, 726)", () => {
  it("are the real lines, and the like in Vietnamese and Russian", () => {
    expect(isFormPrompt("Please enter your comment!")).toBe(true);
    expect(isFormPrompt("Please enter your name here")).toBe(true);
    expect(isFormPrompt("Enter your email address:")).toBe(true);
    expect(isFormPrompt("Vui lòng nhập bình luận của bạn")).toBe(true);
    expect(isFormPrompt("Nhập họ tên")).toBe(true);
    expect(isFormPrompt("Введите ваш комментарий")).toBe(true);
    expect(isFormPrompt("Пожалуйста, введите ваше имя")).toBe(true);
  });

  it("not a link to the form, nor a sentence that goes on", () => {
    expect(isFormPrompt("Leave a comment")).toBe(false);
    expect(isFormPrompt("Leave a Reply")).toBe(false);
    expect(isFormPrompt("Leave your comment on this story")).toBe(false);
    expect(isFormPrompt("Please enter your comment! It was a good visit.")).toBe(false);
    expect(isFormPrompt("Enter your comment on the visit of President Putin")).toBe(false);
    expect(isFormPrompt("Visitors can enter your name here to win a trip to Hanoi.")).toBe(false);
    expect(isFormPrompt("Введите новые правила торговли с Вьетнамом, сказал министр.")).toBe(false);
  });

  it("end to end: the form's lines leave the body, the article's sentences stay", () => {
    const source = `date 2018-09-11\nVietnam buys arms from Russia\n\n\n\nMT desk:\n${BODY_726}\n\n\nPlease enter your comment!\nPlease enter your name here\n`;
    const { plan } = planEntry("726.txt", source, context);
    expect(plan?.body).not.toContain("Please enter your comment!");
    expect(plan?.body).toContain("as part of a long-term plan for its military capability");
    expect(plan?.body).toContain("both sides were committed to developing their military relations further");
  });
});

const LEDE_732 =
  "Ngày 20/8, hãng tin AFP dẫn nguồn tin của hãng tin Nga Interfax cho hay Nga đã hoàn tất hợp đồng bán 12 chiến đấu cơ Sukhoi-30 trị giá 600 triệu USD cho Việt Nam.";
const PLAN_732 =
  "Hãng này dẫn lời một nguồn tin ngoại giao giấu tên cho biết hợp đồng được ký từ tuần trước. Theo kế hoạch, số máy bay sẽ được bàn giao làm hai đợt trong các năm 2014 và 2015.";

const ahead = (text: string) => yearsOnlyAhead(sentencesOf(text), isAboutFuture, yearsMentioned);

describe("years named only in sentences about what is to come (blind-vnru-56, 732)", () => {
  it("are the real text's years, and the like in English and Russian", () => {
    expect(ahead(`${LEDE_732}\n${PLAN_732}`)).toBe(true);
    expect(ahead("On August 20 the contract was signed. The jets will be delivered in 2014 and 2015.")).toBe(true);
    expect(ahead("On August 20 the contract was signed. The first jets will come in 2014. The rest will follow in 2015.")).toBe(true);
    expect(ahead("Контракт подписан 20 августа. Самолеты будут поставлены в 2014 и 2015 годах.")).toBe(true);
  });

  it("not when a year stands in a past or present sentence too, nor in a text that names no year", () => {
    expect(ahead(`${LEDE_732}\n${PLAN_732} Hợp đồng thứ hai được ký năm 2013.`)).toBe(false);
    expect(ahead("On August 20, 2013, the contract was signed. The jets will be delivered in 2014.")).toBe(false);
    expect(ahead("Trade grew in 2012. The two sides will meet again in 2014.")).toBe(false);
    // A forecast compared with a year that is over is for the year under way.
    expect(ahead("Meeting on March 26. Arrivals are expected to hit 4 million in 2019, up 20% on 2018.")).toBe(false);
    expect(ahead("Ngày 26/3. Kim ngạch dự kiến sẽ đạt 5 tỷ USD năm 2019, tăng 20% so với năm 2018.")).toBe(false);
    expect(ahead(LEDE_732)).toBe(false);
    // One year named in a plan is as often the year under way (blind-vnru-4, 101).
    expect(ahead("On June 5 the centre handed over 200 scholarships. In 2020, 965 of them will be granted.")).toBe(false);
  });

  it("end to end: the day is placed in no year, and the page is refused", () => {
    const source = `${LEDE_732}\nChiến đấu cơ Su-30MK2 - Ảnh: airliners.net\n${PLAN_732}\n`;
    const { plan } = planEntry("732.txt", source, context);
    expect(plan?.date).toBeUndefined();
  });

  it("a year named in a past sentence still places the day", () => {
    const source = `${LEDE_732}\n${PLAN_732} Việt Nam đã mua lô Su-30 đầu tiên năm 2013.\n`;
    const { plan } = planEntry("732b.txt", source, context);
    expect(plan?.date).toBe("2013-08-20");
  });
});
