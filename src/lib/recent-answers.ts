/**
 * A function's answers for the texts it was asked about lately. Some rules of
 * ingest ask the same question of the same line many times (each rule that
 * sorts lines asks whether a line ends like a sentence), and a line's answer
 * never changes. The answers are kept by text, and all let go once `limit`
 * are kept: enough for the lines of the articles being parsed, bounded however
 * many articles pass.
 */
export function answeredLately<T>(answer: (text: string) => T, limit: number): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    // One lookup for a kept answer (each reads the text's characters to hash and compare it);
    // `has` only when the answer kept may be `undefined`.
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const found = answer(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, found);
    return found;
  };
}
