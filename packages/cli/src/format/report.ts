import type { SectionStatus } from '@casenote/guides';
import type { Diagnostic, NoteSummary, SentenceAnalysis } from '@casenote/lint';
import type { LineColumn } from './location.ts';

/**
 * A diagnostic with its explanation (a built-in rule's read from the rule details) and the 1-based
 * line and column of its start and of its end (exclusive).
 */
export type LocatedDiagnostic = Diagnostic & { explanation: string } & LineColumn & {
    endLine: number;
    endColumn: number;
  };

/** The findings for one input, in the order the inputs were given. */
export interface FileReport {
  /** The path as typed on the command line, or `-` for standard input. */
  path: string;
  diagnostics: LocatedDiagnostic[];
  /** The whole-note analysis: sentences to and about the child, voice, household, reading age. */
  summary: NoteSummary;
  /**
   * Every sentence as the analysis counted it, where it starts, whom it addresses, whose words it
   * records and why: what the summary's figures are made of.
   */
  sentences: Array<Omit<SentenceAnalysis, 'childVoice'> & LineColumn>;
  /** With `--record`: how complete the contact record is, section by section. */
  record?: {
    complete: boolean;
    sections: Array<{ id: string; heading: string; status: SectionStatus; words: number }>;
  };
}

/**
 * " Consider: I." for a finding whose wording is one to consider, not a one-click fix (`Diagnostic.consider`,
 * shown only when it offers no fix); empty otherwise. The words differ from a fix's "Try:" so an annotation does
 * not read as a change to make as it stands.
 */
export function considerText(diagnostic: Pick<Diagnostic, 'suggestions' | 'consider'>): string {
  const consider = diagnostic.suggestions.length === 0 ? (diagnostic.consider ?? []) : [];
  return consider.length > 0 ? ` Consider: ${consider.join(' / ')}` : '';
}
