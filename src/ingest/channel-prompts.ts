/**
 * A closing line that sends the reader to the outlet's channel on a messenger
 * or video platform for more: `Больше актуальных новостей и эксклюзивных видео
 * смотрите в телеграм канале ОСН.` (blind-vnru-45, 603), `More news on our
 * Telegram channel`. It opens with the word for "more" (`больше`, `ещё`, `more`),
 * may ask the reader to look (`смотрите`, `читайте`, `read`), and ends on the
 * platform's channel and, at most, the channel's name: a call to the reader,
 * never reporting. A sentence that reports what a channel said (`Об этом
 * сообщается в телеграм-канале ведомства`) does not open so.
 */
const PLATFORMS = "(?:[Тт]елеграмм?|[Tt]elegram|[Дд]зен|Dzen|YouTube|[Yy]outube|[Юю]туб|VK|ВКонтакте|WhatsApp|Zalo)";

// No figures before the channel (a prompt counts nothing); a capitalised name after it, or none. The
// words before the verb are bounded (100 characters), and the line must end within 32 characters of
// the channel: one pass per line.
const CHANNEL_PROMPT = new RegExp(
  `^(?:[Бб]ольше|[Ее]щ[её]|[Mm]ore)(?![\\p{L}])[^.!?\\n\\d]{0,100}?\\s(?:(?:смотрите|читайте|ищите|see|read|watch|find)\\s+)?(?:в|на|on|in)\\s+(?:нашем\\s+|our\\s+)?${PLATFORMS}[\\s-]?(?:канале|channel)(?:\\s+([\\p{Lu}\\d][^.!?\\n]{0,30}))?[.!]?$`,
  "u",
);

/**
 * A link to the site's own channel, a line of its own: `Газета.Ru в Telegram`
 * (blind-vnru-32, 449), `RT on Telegram`. Only under a name that reads as an
 * outlet's: a site's address-like name (`Газета.Ru`), a name in quotation marks
 * (`«Известия»`), or an abbreviation in capitals (`ТАСС`, `НСН`) — not `Новости в
 * Telegram` (a section's) or `Путин в Telegram` (a headline's). Bounded parts.
 */
const CHANNEL_LINK = new RegExp(`^(\\S[^\\n]{0,30}?)\\s+(?:в|во|on)\\s+${PLATFORMS}$`, "u");
const OUTLET_LIKE = /^(?:\p{L}[\p{L}\d-]*\.\p{L}{2,4}|«[^«»]{2,28}»|[\p{Lu}\d]{2,8})$/u;

function channelLinkOutlet(line: string): string | undefined {
  const name = CHANNEL_LINK.exec(line)?.[1];
  return name !== undefined && OUTLET_LIKE.test(name) ? name.replace(/^«|»$/gu, "") : undefined;
}

/** The line is a prompt to see more on a channel, or a link to the site's own. */
export function isChannelPrompt(line: string): boolean {
  const trimmed = line.trim();
  return CHANNEL_PROMPT.test(trimmed) || channelLinkOutlet(trimmed) !== undefined;
}

/**
 * `… в телеграм канале ОСН.`: the channel's name, when the prompt gives one and
 * it is capitalised (a site asks to be followed under its own name); `our
 * Telegram channel` names no one. Or the name a link to the site's channel
 * gives it (`Газета.Ru в Telegram`).
 */
export function channelPromptOutlet(line: string): string | undefined {
  const trimmed = line.trim();
  const name = CHANNEL_PROMPT.exec(trimmed)?.[1]?.trim();
  return name !== undefined && /^[\p{Lu}\d]/u.test(name) ? name : channelLinkOutlet(trimmed);
}
