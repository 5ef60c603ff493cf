import { analyseTree } from './analyse/analyse-note.ts';
import type { AnalysisStep } from './linter-core.ts';
import { sortFindings } from './linter-core.ts';
import { normalisePhrase } from './normalise-phrase.ts';
import { effectiveSeverity } from './severity.ts';
import { withSeverity } from './finding-fixes.ts';
import type { Diagnostic, LintOptions } from './types.ts';

/**
 * The whole-note analysis as a step of `createLinter`'s linter: made when `analysis` is not `false`
 * (or when asked for, by `check`), its findings joined to the packs' at their severities after the
 * options. Kept apart from the rule packs' linter, so `lintRules` ships without it.
 *
 * @param options The linter's checked options.
 */
export function withAnalysis(options: LintOptions): AnalysisStep {
  return (text, sentences, diagnostics, compiled, analyse) => {
    const analysis =
      analyse || options.analysis !== false
        ? analyseTree(text, sentences, options.context, options.analysis || {})
        : null;
    if (analysis && options.analysis !== false) {
      // "SW" as the writer: "I" is the better advice than spelling out "social worker", so the
      // jargon finding on the same words goes (looked up by where it starts, not by scanning; the
      // fix may cover the verb too: "SW is" becomes "I am")
      const jargonAt = new Map<number, Diagnostic>();
      for (const diagnostic of diagnostics)
        if (diagnostic.category === 'jargon' && !jargonAt.has(diagnostic.from))
          jargonAt.set(diagnostic.from, diagnostic);
      const replaced = new Set<Diagnostic>();
      for (const diagnostic of analysis.diagnostics) {
        const severity = effectiveSeverity(diagnostic, options);
        if (severity === 'off' || (diagnostic.actual && compiled.allow.has(normalisePhrase(diagnostic.actual))))
          continue;
        if (diagnostic.ruleId === 'professional-self-reference') {
          // the role may follow a determiner the fix takes in ("Our SW visited" → "I visited"); with no
          // space, the second start is the first again
          const afterFirstWord = diagnostic.actual.indexOf(' ') + 1;
          for (const start of [diagnostic.from, diagnostic.from + afterFirstWord]) {
            const sameWords = jargonAt.get(start);
            if (sameWords && sameWords.to <= diagnostic.to) replaced.add(sameWords);
          }
        }
        // the analysis keeps its own findings (`check`); `lint` alone does not, and needs no copy at the same severity
        diagnostics.push(
          !analyse && severity === diagnostic.severity ? diagnostic : withSeverity(diagnostic, severity),
        );
      }
      if (replaced.size > 0)
        return { diagnostics: sortFindings(diagnostics.filter((diagnostic) => !replaced.has(diagnostic))), analysis };
    }
    return { diagnostics: sortFindings(diagnostics), analysis };
  };
}
