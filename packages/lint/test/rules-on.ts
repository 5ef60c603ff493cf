import { createLinter } from '@casenote/lint';
import { parseNote } from '../src/parse-note.ts';

const linter = createLinter({ analysis: false });

/**
 * The rule tests' one way of asking which rules a writer would see fire on `text`: the rule ids of every finding of the
 * rule packs alone (no note analysis), in order.
 */
export const rulesOn = (text: string): string[] => linter.lint(text).map((found) => found.ruleId);

/** The words a writer would see underlined by the rules `ruleId` accepts, in order (rule packs alone). */
export const underlinedBy = (text: string, ruleId: (id: string) => boolean): string[] =>
  linter
    .lint(text)
    .filter((found) => ruleId(found.ruleId))
    .map((found) => text.slice(found.from, found.to));

/** The note's sentences as the parser splits them, each as written. */
export const sentencesOf = (text: string): string[] =>
  parseNote(text).tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children
          .filter((node) => node.type === 'SentenceNode')
          .map((node) => text.slice(node.position?.start.offset, node.position?.end.offset))
      : [],
  );
