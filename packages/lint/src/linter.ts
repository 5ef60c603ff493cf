import { unified, type Processor } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import { compileRules } from './compile-rules.ts';
import { parseNote } from './parse-note.ts';
import { LintOptionsError, validateLintOptions } from './validate-options.ts';
import { normalisePhrase } from './normalise-phrase.ts';
import { effectiveSeverity } from './severity.ts';
import { analyseTree } from './analyse/analyse-note.ts';
import { retextCaseNote, type CaseNoteMessageData } from './retext-case-note.ts';
import type { NoteAnalysis } from './analyse/types.ts';
import type { Diagnostic, LintOptions } from './types.ts';

/** A linter with its rules compiled once, for the hot path (an editor lints on every pause). */
export interface Linter {
  /**
   * Lints a text.
   *
   * @param text The note (plain text).
   * @returns The findings in text order, offsets in UTF-16 code units.
   */
  lint(text: string): Diagnostic[];
  /**
   * Lints a text and analyses the whole note in one pass, so the findings and the figures (share
   * written to the child, child's voice, household) come from the same analysis. The analysis is
   * made even with `analysis: false` (its findings are then left out of `diagnostics`).
   *
   * @param text The note (plain text).
   * @returns The findings in text order, and the note's analysis.
   */
  check(text: string): { diagnostics: Diagnostic[]; analysis: NoteAnalysis };
}

/**
 * Compiles the rule packs once and returns a reusable linter.
 *
 * @param options Severities, allowed phrases and host rule packs.
 * @returns A linter whose `lint` is synchronous and pure.
 * @throws LintOptionsError naming the field when an option is malformed.
 * @throws RulePackError when a host pack in `extraRules` is invalid.
 * @example
 * const linter = createLinter({ categories: { jargon: 'hint' } });
 * linter.lint('Jade has contact with dad on Saturdays.');
 */
export function createLinter(given: LintOptions = {}): Linter {
  // checked like rule data: one error naming the field, rule and category maps without a prototype
  const options = validateLintOptions(given);
  const compiled = compileRules(options);
  const processor = unified().use(retextEnglish).use(retextCaseNote, compiled).freeze() as unknown as Processor<
    Root,
    Root,
    Root
  >;
  const run = (text: string, analyse: boolean): { diagnostics: Diagnostic[]; analysis: NoteAnalysis | null } => {
    {
      if (typeof text !== 'string') throw new LintOptionsError('lint', 'text', `must be a string, not ${typeof text}`);
      const file = new VFile(text);
      // in bounded pieces: a huge or odd note can neither overflow the stack nor take quadratic time
      const tree = parseNote(text).tree;
      processor.runSync(tree, file);
      const diagnostics: Diagnostic[] = [];
      for (const message of file.messages) {
        const data = (message as unknown as { data?: CaseNoteMessageData }).data;
        if (data) diagnostics.push(data.diagnostic);
      }
      const analysis =
        analyse || options.analysis !== false ? analyseTree(text, tree, options.context, options.analysis || {}) : null;
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
    }
  };
  return {
    lint: (text) => run(text, false).diagnostics,
    check(text) {
      const { diagnostics, analysis } = run(text, true);
      return { diagnostics, analysis: analysis as NoteAnalysis };
    },
  };
}

function sortFindings(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.from - b.from || a.to - b.to || a.ruleId.localeCompare(b.ruleId));
}

let defaultLinter: Linter | undefined;

/**
 * Lints a text with the built-in rule packs.
 *
 * @param text The note (plain text).
 * @param options Severities, allowed phrases and host rule packs; with options a linter is compiled
 *   for this call, so reuse `createLinter` on hot paths.
 * @returns The findings in text order.
 * @example lint('Jade is LAC.')[0].suggestions // ['child in care', …]
 */
export function lint(text: string, options?: LintOptions): Diagnostic[] {
  if (options) return createLinter(options).lint(text);
  defaultLinter ??= createLinter();
  return defaultLinter.lint(text);
}
