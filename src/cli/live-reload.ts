/**
 * Live reload for `serve`: every HTML page gets a small script (same origin, so
 * the site's Content-Security-Policy allows it) that listens to an event stream
 * and reloads the page when a build has finished.
 */
import type http from "node:http";

/** Where the live-reload script and its event stream are served: outside any site path. */
export const LIVE_RELOAD_PATH = "/__news-archive/";
const LIVE_RELOAD_SCRIPT = `new EventSource("${LIVE_RELOAD_PATH}events").addEventListener("reload", () => location.reload());\n`;
const LIVE_RELOAD_TAG = `<script src="${LIVE_RELOAD_PATH}reload.js" defer></script>`;

/** The page with the script added before `</body>`. */
export function withReloadScript(html: string): Buffer {
  const end = html.lastIndexOf("</body>");
  return Buffer.from(end === -1 ? `${html}${LIVE_RELOAD_TAG}` : `${html.slice(0, end)}${LIVE_RELOAD_TAG}${html.slice(end)}`);
}

/** The live-reload script and its event stream. */
export function handleLiveReload(request: http.IncomingMessage, response: http.ServerResponse, listeners: Set<http.ServerResponse>): void {
  if (request.url === `${LIVE_RELOAD_PATH}reload.js`) {
    response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" });
    response.end(LIVE_RELOAD_SCRIPT);
    return;
  }
  if (request.url === `${LIVE_RELOAD_PATH}events`) {
    response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" });
    response.write(": connected\n\n");
    listeners.add(response);
    request.on("close", () => listeners.delete(response));
    return;
  }
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  response.end("Not Found\n");
}

/** Tells every open page to reload. */
export function reloadPages(listeners: ReadonlySet<http.ServerResponse>): void {
  for (const listener of listeners) listener.write("event: reload\ndata: \n\n");
}
