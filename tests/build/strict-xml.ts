/**
 * Test helper: parse XML with a conforming parser (saxes, the one jsdom uses) that
 * rejects what lenient parsers let through: `<` in attribute values, control
 * characters, undefined entities, `]]>` in text, bad namespaces.
 */
import { SaxesParser } from "saxes";
import { XMLParser } from "fast-xml-parser";

export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

/** Well-formedness checked strictly, then the tree as plain objects (attributes under `@_`). */
export function parseXml(xml: string): Record<string, unknown> {
  assertWellFormedXml(xml);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Decode numeric references (&#39;) as a feed reader does.
    htmlEntities: true,
    isArray: (name) => ["entry", "url", "author", "category", "link"].includes(name),
  });
  return parser.parse(xml, true) as Record<string, unknown>;
}
