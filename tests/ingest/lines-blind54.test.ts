/**
 * The rules fitted to the fifty-fourth blind Việt Nam–Russia set (702–713): a
 * Vietnamese paper's masthead may run to six words, one a syllable of its name
 * (708), and a clause that reports a period's fall by a noun of reduction
 * (`из-за сокращения`) reports its figures as known (711). With the reworded
 * real lines they were written for and lines they must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isMastheadLike } from "../../src/ingest/mastheads.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { reportedPeriods } from "../../src/ingest/reported-period.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const PAGE_708 = [
  "Báo Công An Đà Nẵng",
  "",
  "Giao lưu gặp mặt hội hữu nghị Việt - Nga",
  "",
  "Thứ hai, 25/11/2019 07:24",
  "",
  "Đà Nẵng - Chiều 23-11, Hội hữu nghị Việt - Nga đã tổ chức buổi giao lưu gặp mặt dành cho những người từng công tác, học tập và lao động tại Nga, những người yêu mến nước Nga cùng những người Nga đang làm việc tại Đà Nẵng. Cũng nhờ đó, quan hệ giữa hai nước luôn được củng cố và phát triển tốt đẹp.",
  "",
  "Ông Andrei Plam, Tổng lãnh sự Liên bang Nga tại Đà Nẵng, khẳng định luôn trân trọng mối quan hệ truyền thống giữa hai dân tộc suốt nhiều năm qua và sẽ tiếp tục giữ gìn mối quan hệ tốt đẹp ấy.",
  "",
  "DIỆU HUYỀN",
].join("\n");

describe("a Vietnamese paper's masthead of up to six words (blind-vnru-54, 708)", () => {
  it("is a masthead", () => {
    expect(isMastheadLike("Báo Công An Đà Nẵng")).toBe(true);
    expect(isMastheadLike("Báo Sài Gòn Giải Phóng")).toBe(true);
    expect(isMastheadLike("Đài Truyền Hình Việt Nam")).toBe(true);
  });

  it("not a longer line, a headline in sentence case, a line with a number, nor five words of another language", () => {
    expect(isMastheadLike("Báo Nga Nói Gì Về Chuyến Thăm Hà Nội")).toBe(false);
    expect(isMastheadLike("Báo chí hai nước cần hợp tác")).toBe(false);
    expect(isMastheadLike("Báo Công An Đà Nẵng 2019")).toBe(false);
    expect(isMastheadLike("The Saigon Times Daily Post")).toBe(false);
    expect(isMastheadLike("Giao lưu gặp mặt hội hữu nghị Việt - Nga")).toBe(false);
  });

  it("end to end: the masthead names the publisher", () => {
    const { plan } = planEntry("708.txt", PAGE_708, context);
    expect(plan?.date).toBe("2019-11-25");
    expect(plan?.data.publisher).toBe("Báo Công An Đà Nẵng");
    expect(plan?.data.title).toBe("Giao lưu gặp mặt hội hữu nghị Việt - Nga");
  });
});

const FALL_711 =
  "Хотя в январе-сентябре 2019 года торговля сельскохозяйственной продукцией и продовольствием шла вниз из-за сокращения российского экспорта зерновых, по итогам работы межправительственной комиссии с вьетнамской стороной удалось условиться о возобновлении поставок российской пшеницы.";

describe("a period's fall told by a noun of reduction (blind-vnru-54, 711)", () => {
  it("reports the period's figures as known", () => {
    expect(reportedPeriods(FALL_711)).toEqual([expect.objectContaining({ year: 2019, lastMonth: 9 })]);
    expect(reportedPeriods("В январе–июне 2021 года отмечено сокращение поставок зерна.")).toEqual([
      expect.objectContaining({ year: 2021, lastMonth: 6 }),
    ]);
  });

  it("not an abbreviation, a reduction planned, nor a clause of no change", () => {
    expect(reportedPeriods("В январе-сентябре 2019 года вышел сокращённый вариант доклада.")).toEqual([]);
    expect(reportedPeriods("В январе-сентябре 2019 года планируется сокращение пошлин.")).toEqual([]);
    expect(reportedPeriods("В январе-сентябре 2019 года делегации обменялись визитами.")).toEqual([]);
    expect(reportedPeriods("В январе-сентябре 2019 года было принято сокращенное название.")).toEqual([]);
  });

  it("end to end: written in the month after the period", () => {
    const source = [
      "В 2018 году взаимная торговля сельскохозяйственной продукцией между Россией и Вьетнамом выросла на 40% по сравнению с 2017 годом и превысила один миллиард долларов. " +
        FALL_711,
      "",
      "По его данным, к октябрю этого года во Вьетнам уже отправили более полумиллиона тонн зерна.",
    ].join("\n");
    const { plan } = planEntry("711.txt", source, context);
    expect(plan?.date).toBe("2019-10-01");
    expect(plan?.data.dateInferred).toBe(true);
  });
});
