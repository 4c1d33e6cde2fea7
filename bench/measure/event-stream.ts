/**
 * Reading a server-sent event stream (`text/event-stream`) the way a browser's
 * EventSource does, as far as the bench needs: the name of each event, and the
 * comment the live-reload server sends first (`: connected`).
 */

export type StreamItem = { kind: "event"; name: string } | { kind: "comment"; text: string };

/**
 * Collects chunks of the stream and hands back what each complete block (up to
 * a blank line) held. A block without an `event:` field is a `message`, as the
 * EventSource specification has it; comment lines are passed on as such.
 */
export class EventStreamParser {
  private pending = "";

  push(chunk: string): StreamItem[] {
    this.pending += chunk.replace(/\r\n?/g, "\n");
    const items: StreamItem[] = [];
    for (let end = this.pending.indexOf("\n\n"); end >= 0; end = this.pending.indexOf("\n\n")) {
      const block = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + 2);
      let name: string | undefined;
      let hasField = false;
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) items.push({ kind: "comment", text: line.slice(1).trim() });
        else if (line !== "") {
          hasField = true;
          const match = /^event: ?(.*)$/.exec(line);
          if (match) name = match[1];
        }
      }
      if (hasField) items.push({ kind: "event", name: name ?? "message" });
    }
    return items;
  }
}

/** The address `serve` prints once its first build is done: `serving DIR at URL — watching …`. */
export function servingUrl(output: string): string | undefined {
  return /^serving .* at (https?:\/\/\S+)/m.exec(output)?.[1];
}
