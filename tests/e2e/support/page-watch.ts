/**
 * What a reader would not see but should never happen: script errors, console
 * errors (a CSP violation is one), failed requests, requests to other hosts.
 */
import type { Page } from "playwright-core";

export interface PageWatch {
  /** Everything that went wrong since the watch began, one line each. */
  problems(): string[];
  /** The status of the last page the tab navigated to. */
  lastDocumentStatus(): number | undefined;
}

export function watchPage(page: Page, siteUrl: string): PageWatch {
  const origin = new URL(siteUrl).origin;
  const problems: string[] = [];
  let documentStatus: number | undefined;
  let documentUrl = "";
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // The browser logs the 404 page's own status; that is the host doing its job.
    if (documentStatus === 404 && /status of 404/.test(message.text()) && message.location().url === documentUrl) return;
    problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error on ${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) problems.push(`request to another host: ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    // A reader moving on before a page finished loading cancels its requests: not a fault.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on("response", (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      documentStatus = response.status();
      documentUrl = response.url();
      return;
    }
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()} (on ${page.url()})`);
  });
  return { problems: () => [...problems], lastDocumentStatus: () => documentStatus };
}
