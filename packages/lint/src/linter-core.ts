import { compileRules, type CompiledRules, type GeneralChecks } from './compile-rules.ts';
import type { ReaderReading } from './context/note-facts.ts';
import { parseSentences, type ParsedSentence } from './note-sentences.ts';
import { LintOptionsError } from './validate-options.ts';
import { findDiagnostics } from './retext-case-note.ts';
import type { NoteAnalysis } from './analyse/types.ts';
import type { LintRule } from '@casenote/rules';
import type { Diagnostic, LintOptions } from './types.ts';

/**
 * The whole-note analysis over a parsed note and how its findings join the packs' (`withAnalysis`
 * in ./with-analysis.ts), passed in so the rule packs can ship without it.
 */
export type AnalysisStep = (
  text: string,
  sentences: readonly ParsedSentence[],
  diagnostics: Diagnostic[],
  compiled: CompiledRules,
  analyse: boolean,
) => { diagnostics: Diagnostic[]; analysis: NoteAnalysis | null };

/** Lints a text; with `analyse`, also returns the note's analysis (null when there is none). */
export type LintRun = (text: string, analyse: boolean) => { diagnostics: Diagnostic[]; analysis: NoteAnalysis | null };

/**
 * Compiles the rule packs once and returns the linting function: the rule packs' findings, plus the
 * whole-note analysis's when an analysis step is given. Without one the analysis code is not
 * imported at all. The options and host rules come checked (`checkLinterOptions`, which a linter
 * with no options never imports), and so does the code of the general checks (`generalChecks`):
 * every one is opt-in, so a linter with no options needs none. `readers` is the analysis's reading of whom
 * each sentence is written to, for the rule condition `reader` (without it the condition is not met).
 */
export function compileLinter(
  options: LintOptions,
  analysisStep: AnalysisStep | undefined,
  extra: readonly LintRule[] = [],
  checks?: GeneralChecks,
  readers?: ReaderReading,
): LintRun {
  const compiled = compileRules(options, extra, checks, readers);
  return (text, analyse) => {
    if (typeof text !== 'string') throw new LintOptionsError('lint', 'text', `must be a string, not ${typeof text}`);
    // in bounded pieces: a huge or odd note can neither overflow the stack nor take quadratic time
    const sentences = parseSentences(text);
    const diagnostics = findDiagnostics(sentences, text, compiled);
    if (analysisStep) return analysisStep(text, sentences, diagnostics, compiled, analyse);
    return { diagnostics: sortFindings(diagnostics), analysis: null };
  };
}

/** Findings in text order (then by end, then by rule id). */
export function sortFindings(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId));
}
