/**
 * Codes that open a lede name the outlet the built-in list gives them to
 * (content/taxonomy/publishers.yaml): `TCCS -` (blind-vnru-49, 647;
 * blind-vnru-51, 671), `HNP -` (blind-vnru-38, 516), `TP -` (blind-vnru-18,
 * 270), `(VOVTV) -` (blind-vnru-43, 576), `NDĐT –` (blind-vnru-43, 574). With
 * the real openings and the city names the short code must not take. And a
 * masthead the list now knows by its name: `МЕДИАГРУППА «ЗВЕЗДА»` (blind-vnru-25, 364).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";

const BODY = [
  "Ông Lê Hồng Sơn đã tiếp đoàn đại biểu thành phố Moskva tại trụ sở Ủy ban nhân dân thành phố vào sáng nay.",
  "Hai bên đã trao đổi về hợp tác giữa hai thủ đô trong các lĩnh vực kinh tế, văn hóa và giáo dục.",
].join("\n\n");

const publisherOf = (lede: string) =>
  parseSource(` date 2020-01-30\nQuan hệ hợp tác giữa hai nước tiếp tục phát triển\n\n${lede}\n\n${BODY}\n`, { today: "2026-12-07" })
    .publisher;

describe("a code opening the lede", () => {
  it("names the outlet of the real openings", () => {
    expect(
      publisherOf(
        "TCCS - Nhìn lại chặng đường 70 năm quan hệ Việt Nam - Nga, có thể thấy con đường ấy không phải lúc nào cũng bằng phẳng.",
      ),
    ).toBe("Tạp chí Cộng sản");
    expect(publisherOf("HNP - Sáng 29-11, tại Thủ đô, Phó Chủ tịch UBND TP Hà Nội Lê Hồng Sơn đã tiếp đoàn.")).toBe(
      "Cổng Giao tiếp điện tử Hà Nội",
    );
    expect(publisherOf("TP - Hôm nay, 8-5, Chủ tịch nước Nguyễn Minh Triết rời Hà Nội đi Matxcơva.")).toBe("Tiền Phong");
    expect(publisherOf("(VOVTV) - Ngày 16/3, cơ quan báo chí của Hội đồng An ninh Liên bang Nga cho biết.")).toBe("Truyền hình VOV");
    expect(publisherOf("NDĐT – Việt Nam và LB Nga đã chọn năm 2019-2020 làm thời gian cùng tổ chức Năm Chéo.")).toBe("Nhân Dân");
  });

  it("not a city written short (`TP.HCM -`, `TP HCM -`)", () => {
    expect(publisherOf("TP.HCM - Sáng nay, đoàn đại biểu Nga đã tới thăm thành phố.")).toBeUndefined();
    expect(publisherOf("TP HCM - Sáng nay, đoàn đại biểu Nga đã tới thăm thành phố.")).toBeUndefined();
  });
});

describe("a masthead the list knows by name", () => {
  it("names the outlet of the real masthead line, in capitals", () => {
    const page = readFileSync("tests/ingest/corpus/blind-vnru-25/364-tvzvezda-shoigu-meets-phan-van-giang-2025.txt", "utf8");
    expect(parseSource(page, { today: "2026-12-07" }).publisher).toBe("Zvezda");
  });

  it("not the channel's name inside a sentence", () => {
    expect(publisherOf("Телеканал сообщил, что медиагруппа «Звезда» покажет фильм о визите.")).toBeUndefined();
  });
});
