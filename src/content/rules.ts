/**
 * Every rule the content is checked against, with its severity: the one list
 * that `check`, `ingest`, `build` and `serve` share, and that the README
 * documents (a test keeps the two in step).
 *
 * An error rejects the file it names: a source gets no entry, an entry is not
 * published, and `build` stops and leaves the published site as it was (with
 * `--keep-going` it builds the rest; a taxonomy error stops it even then, since
 * every entry is tagged from it). A warning is reported and the run goes on.
 */
export type Severity = "error" | "warning";

export type RuleScope = "source" | "entry" | "taxonomy" | "page" | "settings";

export interface Rule {
  severity: Severity;
  scope: RuleScope;
  /** What the rule checks, in one line, for the README and `--help`. */
  summary: string;
}

const rule = (scope: RuleScope, severity: Severity, summary: string): Rule => ({ scope, severity, summary });

export const RULES = {
  // Sources: raw article files.
  "source-empty": rule("source", "error", "an empty or whitespace-only file"),
  "source-binary": rule("source", "error", "a binary file"),
  "source-encoding": rule("source", "error", "text that is not UTF-8 (Windows-1252, Latin-1 and UTF-16 are named, with how to convert)"),
  "source-too-large": rule("source", "error", "a file over the size limit (5 MB)"),
  "source-no-date": rule("source", "error", "no date stated and none that the text implies"),
  "source-impossible-date": rule("source", "error", "a date that does not exist (2025-02-30)"),
  "source-no-text": rule("source", "error", "no article text once the page furniture is removed"),
  "source-unfit-entry": rule("source", "error", "what ingest makes of it fails the entry schema"),
  "source-name-taken": rule("source", "error", "`add`: a different file of the same name is already in the sources folder"),
  "source-skipped": rule("source", "warning", "a file in the sources folder that is not read: a symbolic link, a hidden file, a socket"),
  "source-duplicate": rule("source", "warning", "an exact copy of another source (one entry is kept)"),
  "source-near-duplicate": rule("source", "warning", "mostly repeats another source (reported with its similarity)"),
  "source-future-date": rule("source", "warning", "a date after today"),
  "source-date-uncertain": rule(
    "source",
    "warning",
    "a date inferred from the text whose year nothing confirms, or a marker that gives only the month",
  ),
  "source-unknown-names": rule("source", "warning", "names that look like people the taxonomy lacks (with the lines to add)"),
  "source-unknown-event": rule(
    "source",
    "warning",
    "a headline reporting a visit, meeting, talks, call, summit or anniversary that no taxonomy event covers (with the lines to add)",
  ),
  "source-long-body": rule("source", "warning", "an article body over 200,000 characters (its feed item carries a summary)"),
  // Entries: the Markdown files in the entries folder.
  "entry-invalid": rule("entry", "error", "a file name or front matter that does not fit the entry schema, or YAML that does not read"),
  "entry-unknown-tag": rule("entry", "error", "a people, events or topics slug the taxonomy does not define"),
  "entry-not-markdown": rule("entry", "warning", "a file in the entries folder that is not an entry (.md)"),
  "entry-renamed-tag": rule("entry", "warning", "a slug the taxonomy lists as a former slug (it still counts)"),
  "entry-untagged": rule("entry", "warning", "no people, events, topics, organisations or places: no tag page leads to it"),
  "entry-future-date": rule("entry", "warning", "a date after today"),
  "entry-long-title": rule("entry", "warning", "a title over 300 characters"),
  "entry-orphaned": rule("entry", "warning", "its source is not in the sources folder"),
  "entry-corrected": rule("entry", "warning", "fields an editor changed, kept as the editor wrote them (said once per change)"),
  "entry-same-address": rule("entry", "warning", "two entries that would have the same address (the second gets another)"),
  // The taxonomy: people.yaml, events.yaml, topics.yaml.
  "taxonomy-invalid-yaml": rule("taxonomy", "error", "YAML that does not read (named with its line and column)"),
  "taxonomy-not-a-list": rule("taxonomy", "error", "a file that is not a YAML list of terms"),
  "taxonomy-empty": rule("taxonomy", "error", "a missing or empty file (write `[]` for a kind with no terms on purpose)"),
  "taxonomy-invalid-term": rule("taxonomy", "error", "a term that does not fit the taxonomy schema"),
  "taxonomy-duplicate-slug": rule("taxonomy", "error", "two terms with the same slug"),
  "taxonomy-shared-alias": rule("taxonomy", "error", "a name or alias that two terms share (text could not tell them apart)"),
  "taxonomy-unknown-person": rule("taxonomy", "error", "an event's person slug that people.yaml does not define"),
  "taxonomy-event-dates": rule("taxonomy", "error", "an event that ends before it starts"),
  "taxonomy-renamed-person": rule("taxonomy", "warning", "an event's person slug that is a former slug of a person (it still counts)"),
  "taxonomy-similar-names": rule(
    "taxonomy",
    "warning",
    "two canonical names that differ only in diacritics (text without them cannot tell them apart)",
  ),
  "taxonomy-slug-adjusted": rule("taxonomy", "warning", "a default slug already taken, so a number was added"),
  // Pages written by hand: content/pages/*.md.
  "page-invalid": rule("page", "error", "a hand-written page whose front matter does not read or fit, or whose address is taken"),
  // Site settings: content/site.yaml.
  "settings-invalid": rule("settings", "error", "site settings that do not read or do not fit their schema"),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
