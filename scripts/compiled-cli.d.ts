/** Types of scripts/compiled-cli.js, which is plain JavaScript (it runs before anything can load TypeScript). */
export function sourceDigest(root: string): string;
export function compiledDirOf(root: string): string;
export function compileCommandLine(root: string): Promise<string>;
export function compiledCommandLine(root: string, dir?: string): Promise<string | undefined>;
export function loadCommandLine(root?: string): Promise<{ main(argv: string[]): Promise<number> }>;
