/**
 * The publishers ingest recognises, by agency code, web host or name. This is
 * data: the archive's list is `content/taxonomy/publishers.yaml` (read and
 * checked by src/taxonomy/load-publishers.ts), where an editor adds a row when a
 * new site turns up. An archive without that file uses the list shipped with
 * the package (built-in-publishers.ts), the same file: one list, kept in one
 * place. `name` is what entries show: the masthead name, with its diacritics.
 *
 * The lookups below answer from the list in use: `usePublishers` sets it for
 * the parse of one source (parse-source.ts), so that every rule that reads a
 * name, a code or a host reads the archive's list.
 */
import { builtInPublishers } from "./built-in-publishers.ts";
import { foldDiacritics } from "./fold-diacritics.ts";
import { keptAsciiCount, mayHaveKeyWithin, publisherKey } from "./publisher-key.ts";

export { keptAsciiCount, mayHaveKeyWithin, publisherKey };

export interface Publisher {
  name: string;
  /** Agency codes as they appear in sign-offs, datelines and photo credits (`VNS`, `Reuters`). */
  codes: string[];
  /** Web hosts without `www.`; subdomains (`en.`, `e.`) match too. */
  hosts: string[];
  /** Other spellings of the name (without diacritics, English, old names). */
  aliases: string[];
  /** Republishes other outlets' articles: used only when nothing names the original. */
  aggregator?: boolean;
  /**
   * A news agency whose copy other sites carry: named on another site's page it
   * is the entry's `agency`, and the publisher only when nothing else names one.
   */
  wire?: boolean;
}

/** A web host as pages print it: `vietnamplus.vn`, `VOV.VN`, `en.kremlin.ru` (no scheme, no path). */
const HOST_SHAPE = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}$/iu;

/** The shortest first label of a host read as a site's name (`kinhtedothi`); shorter ones (`en`, `tass`) are codes or words. */
const HOST_STEM_MIN = 6;

/** `Kinh tế & Đô thị` → `kinhtedothi`: the letters and digits of a name, without marks, as a domain spells them. */
/** A name folded and run together: `Kinh tế & Đô thị` → `kinhtedothi`, as a host spells it. */
export function foldedName(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, "");
}

/** A list of publishers indexed by code, name and host. */
export class PublisherTable {
  readonly publishers: readonly Publisher[];
  private readonly byCode = new Map<string, Publisher>();
  private readonly byName = new Map<string, Publisher>();
  private readonly byHost = new Map<string, Publisher>();
  private readonly byHostStem = new Map<string, Publisher>();

  constructor(publishers: readonly Publisher[]) {
    this.publishers = publishers;
    for (const publisher of publishers) {
      for (const code of publisher.codes) if (!this.byCode.has(publisherKey(code))) this.byCode.set(publisherKey(code), publisher);
      for (const name of [publisher.name, ...publisher.aliases])
        if (!this.byName.has(publisherKey(name))) this.byName.set(publisherKey(name), publisher);
      for (const host of publisher.hosts) if (!this.byHost.has(host)) this.byHost.set(host, publisher);
      // Only a host that spells one of the outlet's names of several words run together (`Kinh tế & Đô thị`).
      const runTogether = new Set([publisher.name, ...publisher.aliases].filter((name) => /\s/u.test(name.trim())).map(foldedName));
      for (const host of publisher.hosts) {
        const stem = host.split(".")[0]!;
        if (stem.length >= HOST_STEM_MIN && runTogether.has(stem) && !this.byHostStem.has(stem)) this.byHostStem.set(stem, publisher);
      }
    }
  }

  /**
   * The outlet whose host opens with the word (`Kinhtedothi` → kinhtedothi.vn)
   * when that host spells the outlet's name run together: a site's name written
   * as its domain, not a word (`Vietnam`) that happens to be a host.
   */
  hostStem(word: string): Publisher | undefined {
    const key = word.trim().toLowerCase();
    return /^[a-z][a-z0-9-]*$/u.test(key) && key.length >= HOST_STEM_MIN ? this.byHostStem.get(key) : undefined;
  }

  code(code: string): Publisher | undefined {
    const key = publisherKey(code);
    return key === "" ? undefined : this.byCode.get(key);
  }

  /**
   * A name, an alias or a code; a text shaped like a host (`VOV.VN`, `nongnghiep.vn`) by its host too.
   * A name line with `The` before it (`The Ministry of Foreign Affairs of the Russian Federation`)
   * is the name the table lists without it, when no outlet is listed with it.
   */
  name(name: string): Publisher | undefined {
    const key = publisherKey(name);
    if (key === "") return undefined;
    const found = this.byName.get(key) ?? this.byCode.get(key) ?? (HOST_SHAPE.test(name.trim()) ? this.host(name.trim()) : undefined);
    return found ?? (key.startsWith("the ") ? this.byName.get(key.slice(4)) : undefined);
  }

  /** The outlet of the most specific host listed: `japannews.yomiuri.co.jp` before `yomiuri.co.jp`. */
  host(urlOrHost: string): Publisher | undefined {
    const host = hostOf(urlOrHost);
    if (!host) return undefined;
    for (let at = 0; at !== -1; at = host.indexOf(".", at + 1)) {
      const known = this.byHost.get(at === 0 ? host : host.slice(at + 1));
      if (known) return known;
    }
    return undefined;
  }
}

let builtInTable: PublisherTable | undefined;

/** The shipped list as a table, made on first use: an archive with its own list never needs it. */
function builtIn(): PublisherTable {
  builtInTable ??= new PublisherTable(builtInPublishers());
  return builtInTable;
}

/** The list the lookups answer from; undefined while it is the built-in one, not yet made. */
let active: PublisherTable | undefined;

/**
 * Makes `table` the list the lookups answer from (the built-in list when
 * undefined) and returns the one it replaces, to be put back.
 */
export function usePublishers(table: PublisherTable | undefined): PublisherTable | undefined {
  const previous = active;
  active = table;
  return previous;
}

function activeTable(): PublisherTable {
  return active ?? builtIn();
}

/** `VNS`, `vna`, `Reuters` → the publisher that signs with that code. */
export function publisherByCode(code: string): Publisher | undefined {
  return activeTable().code(code);
}

/** A masthead name in any spelling (`Bao Tin Tuc`, `Báo Tin Tức`, `РИА Новости`), a code, or a site's host (`VTV.vn`). */
export function publisherByName(name: string): Publisher | undefined {
  return activeTable().name(name);
}

/** `Kinhtedothi` → the publisher of kinhtedothi.vn: a lede code that is the site's domain without its ending. */
export function publisherByHostStem(word: string): Publisher | undefined {
  return activeTable().hostStem(word);
}

/** `https://en.sggp.org.vn/…` or `baotintuc.vn` → the publisher of that site. */
export function publisherByHost(urlOrHost: string): Publisher | undefined {
  return activeTable().host(urlOrHost);
}

function hostOf(urlOrHost: string): string | undefined {
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrHost) ? urlOrHost : `https://${urlOrHost}`;
  try {
    // `https://vovworld.vn./en-US/…`: a host written with the root's dot is the same host.
    return new URL(candidate).hostname
      .toLowerCase()
      .replace(/^www\./, "")
      .replace(/\.$/, "");
  } catch {
    return undefined;
  }
}
