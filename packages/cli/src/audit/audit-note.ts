import path from 'node:path';
import { countWords, createLinter, severities, type LintOptions, type NoteAnalysis } from '@casenote/lint';
import { createLocator } from '../format/location.ts';
import { readNoteFile } from '../notes/read-note.ts';
import type { CountedSentence, HouseholdFigures, NoteFigures, NoteOutcome, Snippet } from './types.ts';

const snippetContext = 48;

/**
 * Makes the function that audits one file: reads it, converts HTML to text, lints it with the same
 * options and in the same way as `casenote lint`, and keeps only its figures.
 *
 * @param options The linter options (from `--config`), exactly as `casenote lint` would use them.
 * @param withSnippets Whether to keep excerpts around findings.
 */
export function createNoteAuditor(
  options: LintOptions,
  withSnippets: boolean,
): (absolute: string, shown: string) => NoteOutcome {
  const linter = createLinter(options);

  return (absolute, shown) => {
    const note = readNoteFile(absolute);
    if (!note.ok) return { ok: false, path: shown, reason: note.reason };
    const { text, problems } = note;
    const extension = path.extname(absolute).toLowerCase();
    if (text.trim() === '') {
      return {
        ok: false,
        path: shown,
        reason:
          problems.length > 0
            ? `no text could be read: ${problems.join('; ')}`
            : extension === '.txt' || extension === '.md'
              ? 'empty note'
              : 'no text once the markup is removed',
      };
    }

    // one analysis gives the findings and the figures, as `casenote lint` does
    const { diagnostics, analysis } = linter.check(text);
    const { summary } = analysis;
    const byCategory: Record<string, number> = {};
    const byRule: Record<string, number> = {};
    const ruleCategories: Record<string, string> = {};
    const bySeverity: Record<string, number> = Object.fromEntries(severities.map((severity) => [severity, 0]));
    const ruleSeverities: Record<string, string> = {};
    const snippets: Snippet[] = [];
    for (const diagnostic of diagnostics) {
      byCategory[diagnostic.category] = (byCategory[diagnostic.category] ?? 0) + 1;
      const seen = byRule[diagnostic.ruleId];
      byRule[diagnostic.ruleId] = (seen ?? 0) + 1;
      ruleCategories[diagnostic.ruleId] = diagnostic.category;
      bySeverity[diagnostic.severity] = (bySeverity[diagnostic.severity] ?? 0) + 1;
      ruleSeverities[diagnostic.ruleId] = moreSerious(ruleSeverities[diagnostic.ruleId], diagnostic.severity);
      if (withSnippets && seen === undefined && diagnostic.scope !== 'note' && diagnostic.to > diagnostic.from) {
        snippets.push(makeSnippet(text, diagnostic.from, diagnostic.to, diagnostic.ruleId, diagnostic.category));
      }
    }
    const counted = countedSentences(text, analysis, withSnippets);
    const figures: NoteFigures = {
      path: shown,
      id: path.basename(absolute, path.extname(absolute)),
      words: countWords(text),
      diagnostics: diagnostics.length,
      byCategory,
      byRule,
      ruleCategories,
      bySeverity,
      ruleSeverities,
      writtenToChildShare: summary.writtenToChildShare,
      childVoice: summary.childVoice,
      child: analysis.child,
      counted: {
        sentences: summary.sentences,
        toChild: summary.toChild,
        aboutChild: summary.aboutChild,
        toSomeoneElse: analysis.sentences.filter((s) => s.kind === 'neutral' && s.addressee === 'other').length,
        childVoice: analysis.sentences.filter((s) => s.voice === 'child').length,
        otherVoice: analysis.sentences.filter((s) => s.voice === 'other').length,
      },
      countedSentences: counted,
      household: householdFigures(options, summary.missingChildren),
      snippets,
      problems,
    };
    return { ok: true, figures };
  };
}

/**
 * The sentences behind the share and the child's voice, by line and column (never their text: the
 * note is not kept); who spoke and why only when excerpts may be kept, as names may be in them.
 */
function countedSentences(text: string, analysis: NoteAnalysis, withNames: boolean): CountedSentence[] {
  const counted: CountedSentence[] = [];
  const locate = createLocator(text);
  for (const sentence of analysis.sentences) {
    if (sentence.kind === 'neutral' && sentence.addressee !== 'other' && sentence.voice === 'none') continue;
    const { kind, addressee, voice } = sentence;
    const entry: CountedSentence = { ...locate(sentence.from), kind, addressee, voice };
    if (withNames) {
      entry.speaker = sentence.speaker ?? null;
      entry.reason = sentence.reason;
    }
    counted.push(entry);
  }
  return counted;
}

/** The household the audit was given, and which of its children this note mentions. */
function householdFigures(options: LintOptions, missing: string[]): HouseholdFigures | null {
  const household = options.context?.household;
  if (!household || household.length === 0) return null;
  const considered = household.map((member) => member.name);
  return { considered, mentioned: considered.filter((name) => !missing.includes(name)), missing };
}

/** The more serious of two severities (severities are listed most serious first). */
export function moreSerious(a: string | undefined, b: string): string {
  if (a === undefined) return b;
  return severities.indexOf(a as never) <= severities.indexOf(b as never) ? a : b;
}

/** An excerpt of about 48 characters either side of a finding, cut at word boundaries, on one line. */
export function makeSnippet(text: string, from: number, to: number, ruleId: string, category: string): Snippet {
  const oneLine = (value: string) => value.replace(/\s+/g, ' ');
  let start = Math.max(0, from - snippetContext);
  let end = Math.min(text.length, to + snippetContext);
  if (start > 0) {
    const space = text.slice(start, from).search(/\s/);
    start = space === -1 ? from : start + space + 1;
  }
  if (end < text.length) {
    const tail = text.slice(to, end);
    const space = tail.search(/\s\S*$/);
    end = space === -1 ? to : to + space;
  }
  return {
    ruleId,
    category,
    before: (start > 0 ? '…' : '') + oneLine(text.slice(start, from)).trimStart(),
    actual: oneLine(text.slice(from, to)),
    after: oneLine(text.slice(to, end)).trimEnd() + (end < text.length ? '…' : ''),
  };
}
