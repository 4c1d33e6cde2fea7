import { describe, expect, it } from "vitest";
import { documentText, html, isSafeHtml, markSanitised } from "../../src/lib/html.ts";

describe("html tagged template", () => {
  it("escapes every interpolated string", () => {
    const title = `<script>alert(1)</script> & "quotes" 'single'`;
    expect(html`<h1>${title}</h1>`.value).toBe("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;</h1>");
  });

  it("escapes inside attributes, so a value cannot close the attribute", () => {
    const href = `x" onmouseover="alert(1)`;
    expect(html`<a href="${href}">a</a>`.value).toBe('<a href="x&quot; onmouseover=&quot;alert(1)">a</a>');
  });

  it("keeps nested html and sanitised Markdown as markup", () => {
    const inner = html`<em>${"a < b"}</em>`;
    const body = markSanitised("<p>already <strong>clean</strong></p>");
    expect(html`<div>${inner}${body}</div>`.value).toBe("<div><em>a &lt; b</em><p>already <strong>clean</strong></p></div>");
  });

  it("joins lists and renders nothing for null, undefined and false", () => {
    const items = ["<a>", html`<b>x</b>`, 3];
    expect(html`${items}|${null}|${undefined}|${false}|${0}`.value).toBe("&lt;a&gt;<b>x</b>3||||0");
  });

  it("does not trust a look-alike object that merely has a value field", () => {
    const forged = { value: "<script>alert(1)</script>" } as unknown as string;
    expect(isSafeHtml(forged)).toBe(false);
    expect(html`${forged}`.value).toBe("[object Object]");
  });

  it("writes the doctype in front of a page", () => {
    expect(documentText(html`<html lang="en"></html>`)).toBe('<!doctype html>\n<html lang="en"></html>');
  });
});
