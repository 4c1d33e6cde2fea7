/** `no articles yet`, `1 article`, `12 articles`. */
export const articleCount = (count: number): string => (count === 0 ? "no articles yet" : count === 1 ? "1 article" : `${count} articles`);
