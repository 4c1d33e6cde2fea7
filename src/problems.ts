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
