/**
 * A problem found in the content: always names the file and says what is wrong.
 * Errors reject the file (exit 1); warnings are reported and the run goes on.
 */
export type Severity = "error" | "warning";

export interface Problem {
  severity: Severity;
  /** The file the problem is in, as the user named it (relative path). */
  file: string;
  message: string;
}

export const error = (file: string, message: string): Problem => ({ severity: "error", file, message });
export const warning = (file: string, message: string): Problem => ({ severity: "warning", file, message });

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((problem) => problem.severity === "error");

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
