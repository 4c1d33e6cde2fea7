/** `news-archive check`: the command around `checkContent`. */
import { checkContent } from "./check-content.ts";
import { countErrors, formatProblem, hasErrors } from "../content/problems.ts";
import { EXIT, type PathOptions } from "./options.ts";

export async function runCheck(options: PathOptions, log: (line: string) => void, warn: (line: string) => void = log): Promise<number> {
  const report = await checkContent(options);
  for (const problem of report.problems) warn(formatProblem(problem));
  const errors = countErrors(report.problems);
  const warnings = report.problems.length - errors;
  log(
    `checked ${report.sources} sources, ${report.entries} entries and the taxonomy: ${errors} errors, ${warnings} warnings` +
      (errors === 0 ? "" : " — fix the errors above before building"),
  );
  return hasErrors(report.problems) ? EXIT.contentProblems : EXIT.ok;
}
