/**
 * A problem found in the content: always names the file and says what is wrong,
 * and which rule of the one list (rules.ts) it breaks; the rule gives its severity.
 */
import { RULES, type RuleId, type Severity } from "./rules.ts";

export type { Severity } from "./rules.ts";

export interface Problem {
  severity: Severity;
  rule: RuleId;
  /** The file the problem is in, as the user named it (relative path). */
  file: string;
  message: string;
}

/** A problem of `rule` in `file`: the severity is the rule's, everywhere. */
export const problem = (rule: RuleId, file: string, message: string): Problem => ({
  severity: RULES[rule].severity,
  rule,
  file,
  message,
});

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((problem) => problem.severity === "error");

export const countErrors = (problems: readonly Problem[]): number => problems.filter((problem) => problem.severity === "error").length;

export function formatProblem(problem: Problem): string {
  return `${problem.severity}: ${problem.file}: ${problem.message}`;
}

/**
 * Prints problems through `log`, each distinct one once: a build reports the
 * problems of ingest and of rendering, which may name the same thing twice.
 */
export function problemPrinter(log: (line: string) => void): {
  report(problems: readonly Problem[]): void;
  /** Forgets what was said, so that a rebuild reports its problems again. */
  reset(): void;
} {
  const said = new Set<string>();
  return {
    report(problems) {
      for (const problem of problems) {
        const line = formatProblem(problem);
        if (!said.has(line)) log(line);
        said.add(line);
      }
    },
    reset() {
      said.clear();
    },
  };
}
