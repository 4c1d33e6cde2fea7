import { describe, expect, it } from "vitest";
import { EventStreamParser, servingUrl } from "../../bench/measure/event-stream.ts";

describe("EventStreamParser", () => {
  it("reads the live-reload stream's comment and events, across chunk boundaries", () => {
    const parser = new EventStreamParser();
    expect(parser.push(": connected\n\nevent: rel")).toEqual([{ kind: "comment", text: "connected" }]);
    expect(parser.push("oad\ndata: \n")).toEqual([]);
    expect(parser.push("\n")).toEqual([{ kind: "event", name: "reload" }]);
  });

  it("names an event without an event field `message`, and reads CRLF line ends", () => {
    expect(new EventStreamParser().push("data: x\r\n\r\nevent: reload\r\ndata:\r\n\r\n")).toEqual([
      { kind: "event", name: "message" },
      { kind: "event", name: "reload" },
    ]);
  });
});

describe("servingUrl", () => {
  it("reads the address serve prints once its first build is done", () => {
    const output = "built 1000 articles\nserving /tmp/x/site at http://127.0.0.1:40123/ — watching for changes (Ctrl+C stops)\n";
    expect(servingUrl(output)).toBe("http://127.0.0.1:40123/");
    expect(servingUrl("built 1000 articles\n")).toBeUndefined();
  });
});
