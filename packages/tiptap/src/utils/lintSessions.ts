import type { Editor } from '@tiptap/core';
import type { LintSession } from '../lint-session.ts';

/** Each editor's lint session (linter, cache, ignores, timer); dropped with the editor. */
export const lintSessions = new WeakMap<Editor, LintSession>();
