/**
 * A line linking to the site's own channel names the site: `Газета.Ru в
 * Telegram` above a rewrite of a VnExpress story (blind-vnru-32, 449), whose
 * text names no site of its own. With the real line, the page it stands on,
 * and lines it must not take: a section's channel, a headline, a reader's call.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isInterfaceLine, promptingOutlet } from "../../src/ingest/boilerplate.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const PAGE_449 = readFileSync(
  "tests/ingest/corpus/blind-vnru-32/449-gazeta-vnexpress-sanctions-vietnam-exports-russia-2023-undated.txt",
  "utf8",
);

describe("a link to the site's own channel (blind-vnru-32, 449)", () => {
  it("is furniture, and names the site under an outlet's name", () => {
    expect(isInterfaceLine("Газета.Ru в Telegram")).toBe(true);
    expect(promptingOutlet("Газета.Ru в Telegram")).toBe("Газета.Ru");
    expect(promptingOutlet("RT on Telegram")).toBe("RT");
    expect(promptingOutlet("«Известия» в Telegram")).toBe("Известия");
    expect(promptingOutlet("ТАСС в Дзен")).toBe("ТАСС");
  });

  it("gives the page its publisher, and leaves its body", () => {
    const parsed = parseSource(PAGE_449, { today: "2026-12-07" });
    // The outlet the built-in list knows under that name, by its own spelling.
    expect(parsed.publisher).toBe("Gazeta.ru");
    expect(parsed.paragraphs.join("\n")).not.toContain("в Telegram");
  });

  it("not under a section's name, a person's, or in a sentence", () => {
    for (const line of ["Новости в Telegram", "Путин в Telegram", "Все новости в Telegram", "Мы в Telegram"]) {
      expect(promptingOutlet(line)).toBeUndefined();
      expect(isInterfaceLine(line)).toBe(false);
    }
    expect(promptingOutlet("Об этом сообщил ТАСС в Telegram")).toBeUndefined();
    expect(isInterfaceLine("Министерство сообщило об этом в Telegram.")).toBe(false);
  });
});
