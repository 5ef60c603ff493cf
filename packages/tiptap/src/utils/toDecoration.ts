import { Decoration } from '@tiptap/pm/view';
import { DIAGNOSTIC_CLASS, SEVERITY_LABELS } from '../constants.ts';
import type { EditorDiagnostic } from '../types.ts';

/**
 * The inline decoration that shows a finding: the theming contract's classes and data attributes,
 * `aria-invalid="grammar"` (the ARIA value for proofing marks in editable text, which screen
 * readers announce as they read) and an `aria-description` with the severity and message. No
 * `title`: a native tooltip would fight the explanation card. The finding rides in the spec, with
 * where it came from: the per-paragraph lint (`block`) or the whole-note analysis (`analysis`).
 */
export function toDecoration(diagnostic: EditorDiagnostic, origin: 'block' | 'analysis' = 'block'): Decoration {
  return Decoration.inline(
    diagnostic.from,
    diagnostic.to,
    {
      // An explicit nodeName gives each finding its own element where findings overlap, instead of
      // one merged span whose data attributes would name only one of them.
      nodeName: 'span',
      class: `${DIAGNOSTIC_CLASS} ${DIAGNOSTIC_CLASS}--${diagnostic.severity}`,
      'data-rule-id': diagnostic.ruleId,
      'data-category': diagnostic.category,
      'data-severity': diagnostic.severity,
      'data-diagnostic-id': diagnostic.id,
      'aria-invalid': 'grammar',
      'aria-description': `${SEVERITY_LABELS[diagnostic.severity]}: ${diagnostic.message}`,
    },
    { diagnostic, origin, inclusiveStart: false, inclusiveEnd: false },
  );
}
