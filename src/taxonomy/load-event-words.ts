/**
 * Reads `event-words.yaml`: the words for kinds of event and for the places
 * visited, in English, Russian and Vietnamese (see EventWordsSchema). The file
 * is optional: without it, events are evidenced by their own names and keywords
 * only. A file that does not fit the schema is reported and read as none.
 */
import { problem, type Problem } from "../content/problems.ts";
import { readYaml } from "../content/read-yaml.ts";
import { EventWordsSchema, type EventWords, type Taxonomy } from "../content/taxonomy-schema.ts";

export const EVENT_WORDS_FILE = "event-words.yaml";

export function parseEventWords(text: string, file: string): { eventWords?: EventWords; problems: Problem[] } {
  const read = readYaml(text.replace(/^\uFEFF/, ""));
  if (!read.ok) return { problems: read.messages.map((message) => problem("taxonomy-invalid-yaml", file, message)) };
  const parsed = EventWordsSchema.safeParse(read.value ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`).join("; ");
    return { problems: [problem("taxonomy-invalid-term", file, message)] };
  }
  const normalised = JSON.parse(JSON.stringify(parsed.data).normalize("NFC")) as EventWords;
  return { eventWords: normalised, problems: [] };
}

/** The taxonomy with the words of `event-words.yaml` (its text; undefined when the folder has no such file). */
export function withEventWords(taxonomy: Taxonomy, text: string | undefined, file: string): { taxonomy: Taxonomy; problems: Problem[] } {
  if (text === undefined) return { taxonomy, problems: [] };
  const { eventWords, problems } = parseEventWords(text, file);
  return { taxonomy: eventWords ? { ...taxonomy, eventWords } : taxonomy, problems };
}
