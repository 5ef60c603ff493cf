import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type {
  AnalysisResultsMeta,
  CaseNoteLintOptions,
  CheckErrorContext,
  LintOptions,
  LintResultsMeta,
} from '../types.ts';

/**
 * What the block checker and the note analysis need from the session that owns them. The session
 * implements it; the parts depend on this shape, not on the session, so the session's folder has no
 * import loop.
 */
export interface SessionHost {
  readonly editor: Editor;
  readonly options: CaseNoteLintOptions;
  readonly lintOptions: LintOptions;
  readonly view: EditorView | null;
  /** The block checker, as the note analysis sees it: whether a long check is still going. */
  readonly checker: { readonly pending: boolean };
  dispatchResults(meta: Extract<LintResultsMeta, { type: 'results' }> | AnalysisResultsMeta): void;
  reportError(error: unknown, context: CheckErrorContext, text: string): void;
  isAllowed(actual: string): boolean;
  isIgnored(key: string, legacyKey?: () => string): boolean;
  analysisEnabled(): boolean;
  isChecking(state?: EditorState): boolean;
}
