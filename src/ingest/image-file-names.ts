/**
 * An image's file name left on a line of its own where the picture was:
 * `slide_1_jpg_crop1518177587_ejw_960` (Hội Hữu nghị Việt - Nga, blind-vnru-60,
 * 778), `IMG_2034.JPG`, `anh-le-ky-niem-2.png`. One word with no spaces, of
 * letters, digits and the joints `_`, `-`, `.`, in which an image format's name
 * (`jpg`, `jpeg`, `png`, `gif`, `webp`, `avif`) is a part of its own between
 * joints, and at least one other part: furniture, never the article's text (a
 * time stamp inside it dates nothing). Pure; linear: two tests on a bounded line.
 */

/** The longest such line read. */
const FILE_NAME_MAX = 160;

/** One word of letters, digits and joints, with at least one joint. */
const ONE_JOINED_WORD = /^[\p{L}\p{N}]+(?:[._-]+[\p{L}\p{N}]+)+$/u;

/** An image format's name as a part of its own, between joints or at an end. */
const IMAGE_FORMAT_PART = /(?:^|[._-])(?:jpe?g|png|gif|webp|avif)(?:[._-]|$)/iu;

/** The line is an image's file name and nothing else. */
export function isImageFileName(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= FILE_NAME_MAX && ONE_JOINED_WORD.test(trimmed) && IMAGE_FORMAT_PART.test(trimmed);
}
