import type { Category, Severity } from '@casenote/rules';

/**
 * One finding. Offsets are UTF-16 code unit indices into the linted text (the same units as
 * `String.prototype.slice`), so they are right with emoji, CRLF line endings and non-ASCII names.
 */
export interface Diagnostic {
  /** Start offset (inclusive). */
  from: number;
  /** End offset (exclusive). */
  to: number;
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One line saying what was found. */
  message: string;
  /**
   * Why it matters, in plain words, when the finding carries it: findings of host rule packs and of
   * the note analysis do. A built-in rule's explanation is in the rule details, which a linter's
   * bundle leaves out: read any finding's with `explain(diagnostic, details)`.
   */
  explanation?: string;
  /** The text that was flagged, exactly as written (`text.slice(from, to)`). */
  actual: string;
  /** Better wording, with the original's capitalisation; may be empty. Each is a one-click fix. */
  suggestions: string[];
  /**
   * Wording to consider, shown as text and never as a one-click fix: present (and `suggestions` empty) where the
   * rule's suggestions mostly read wrong in place of the flagged words, because whose words they are or what they
   * mean is not in the sentence (a rule with `oneClickFix: false`; "I" for "the social worker", who may not be the
   * writer).
   */
  consider?: string[];
  /** URL of the published guidance the rule comes from. */
  source?: string;
  /**
   * `'note'` for a prompt about the whole note (no text range: `from` and `to` are 0 and `actual`
   * is empty), such as a missing child's voice. Absent for findings on a range of text.
   */
  scope?: 'note';
  /** Whom a whole-note prompt is about, when it is about one child of the household. */
  subject?: { child: string };
}
