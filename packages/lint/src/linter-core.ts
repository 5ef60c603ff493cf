import { compileRules, type GeneralChecks } from './compile-rules.ts';
import { parseSentences, type ParsedSentence } from './note-sentences.ts';
import { LintOptionsError } from './validate-options.ts';
import { normalisePhrase } from './normalise-phrase.ts';
import { effectiveSeverity } from './severity.ts';
import { findDiagnostics } from './retext-case-note.ts';
import type { AnalyseOptions, NoteAnalysis, NoteContext } from './analyse/types.ts';
import type { LintRule } from '@casenote/rules';
import type { Diagnostic, LintOptions } from './types.ts';

/** The whole-note analysis over a parsed note (`analyseTree`), passed in so the rule packs can ship without it. */
export type TreeAnalyser = (
  text: string,
  sentences: readonly ParsedSentence[],
  context: NoteContext | undefined,
  options: AnalyseOptions,
) => NoteAnalysis;

/** Lints a text; with `analyse`, also returns the note's analysis (null when there is none). */
export type LintRun = (text: string, analyse: boolean) => { diagnostics: Diagnostic[]; analysis: NoteAnalysis | null };

/**
 * Compiles the rule packs once and returns the linting function: the rule packs' findings, plus the
 * whole-note analysis's when an analyser is given and `analysis` is not `false`. Without an
 * analyser the analysis code is not imported at all. The options and host rules come checked
 * (`checkLinterOptions`, which a linter with no options never imports), and so does the code of
 * the general checks (`generalChecks`): every one is opt-in, so a linter with no options needs none.
 */
export function compileLinter(
  options: LintOptions,
  analyser: TreeAnalyser | undefined,
  extra: readonly LintRule[] = [],
  checks?: GeneralChecks,
): LintRun {
  const compiled = compileRules(options, extra, checks);
  return (text, analyse) => {
    if (typeof text !== 'string') throw new LintOptionsError('lint', 'text', `must be a string, not ${typeof text}`);
    // in bounded pieces: a huge or odd note can neither overflow the stack nor take quadratic time
    const sentences = parseSentences(text);
    const diagnostics = findDiagnostics(sentences, text, compiled);
    const analysis =
      analyser && (analyse || options.analysis !== false)
        ? analyser(text, sentences, options.context, options.analysis || {})
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
          const sameWords = jargonAt.get(diagnostic.from);
          if (sameWords && sameWords.to <= diagnostic.to) replaced.add(sameWords);
        }
        diagnostics.push({ ...diagnostic, severity });
      }
      if (replaced.size > 0)
        return { diagnostics: sortFindings(diagnostics.filter((diagnostic) => !replaced.has(diagnostic))), analysis };
    }
    return { diagnostics: sortFindings(diagnostics), analysis };
  };
}

function sortFindings(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId));
}
