/**
 * Reading the YAML an editor wrote (the taxonomy files, an entry's front matter)
 * with errors that point where the editor has to look.
 *
 * The parser notices an unclosed quote or bracket only where the text runs out,
 * lines later; the message then names the line where it was opened too. An
 * "alias bomb" (aliases that expand without end) is refused by the parser; that
 * refusal, like every other failure, becomes a message, never an exception.
 */
import { LineCounter, parseDocument } from "yaml";

export type YamlResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

/** Aliases a document may expand: plenty for hand-written files, far too few for a bomb. */
const MAX_ALIAS_COUNT = 100;

/** The first line (1-based) where a quote or bracket is opened and never closed, if any. */
export function unclosedOpening(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let openedAt = 0;
  let line = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === "\n") {
      line += 1;
      continue;
    }
    if (quote) {
      if (char === "\\" && quote === '"') index += 1;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "#" && (index === 0 || /\s/.test(text[index - 1]!))) {
      // A comment runs to the end of its line.
      while (index + 1 < text.length && text[index + 1] !== "\n") index += 1;
      continue;
    }
    // A quote opens a scalar only at its start (`it's` is no quote).
    if ((char === '"' || char === "'") && (index === 0 || /[\s:[{,-]/.test(text[index - 1]!))) {
      quote = char;
      if (depth === 0) openedAt = line;
    } else if (char === "[" || char === "{") {
      if (depth === 0) openedAt = line;
      depth += 1;
    } else if ((char === "]" || char === "}") && depth > 0) depth -= 1;
  }
  return quote !== undefined || depth > 0 ? openedAt : undefined;
}

/**
 * Parses `text`; `firstLine` is the line of the file the text starts on, so that
 * every line named is the file's.
 */
export function readYaml(text: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const opened = unclosedOpening(text);
    const messages = document.errors.map((found) => {
      const { line, col } = lineCounter.linePos(found.pos[0]);
      const where = `line ${line + firstLine - 1}, column ${col}`;
      const hint =
        opened !== undefined && opened < line && /quote|flow|indent|\]|\}/i.test(found.message)
          ? ` (a quote or bracket opened on line ${opened + firstLine - 1} is not closed)`
          : "";
      return `invalid YAML at ${where}: ${found.message.split("\n")[0]}${hint}`;
    });
    return { ok: false, messages };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (caught) {
    const message = caught instanceof Error ? caught.message.split("\n")[0] : String(caught);
    return { ok: false, messages: [`invalid YAML: ${message}`] };
  }
}
