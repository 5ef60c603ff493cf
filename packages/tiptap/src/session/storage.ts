import type { Editor } from '@tiptap/core';
import type { CaseNoteLintStorage } from '../types.ts';
import type { LintSession } from './session.ts';

/** Where the session sits on the storage object: a symbol, so it is not part of the public storage. */
const SESSION = Symbol('caseNoteLintSession');

type StorageWithSession = CaseNoteLintStorage & { [SESSION]?: LintSession };

/**
 * Makes an editor's storage object read from its session. Its properties are getters, so
 * `diagnostics` always has the ranges of the editor's current state; before an editor exists
 * (`createLintStorage(null)`) they read as empty.
 */
export function createLintStorage(session: LintSession | null): CaseNoteLintStorage {
  return {
    get diagnostics() {
      return session ? session.listDiagnostics() : [];
    },
    get checking() {
      return session ? session.isChecking() : false;
    },
    get diagnosticsVersion() {
      return session ? session.getDiagnosticsVersion() : 0;
    },
    get counts() {
      return session ? session.countDiagnostics() : {};
    },
    get lintOptions() {
      return session ? session.lintOptions : {};
    },
    get ignoredKeys() {
      return session ? session.listIgnoredKeys() : [];
    },
    get checkErrors() {
      return session ? session.checkErrors : 0;
    },
    getDiagnosticAt(pos: number) {
      return session ? session.getDiagnosticAt(pos) : null;
    },
    getDiagnosticAtSelection() {
      return session ? session.getDiagnosticAtSelection() : null;
    },
    getDiagnostic(id: string) {
      return session ? session.getDiagnostic(id) : null;
    },
    get noteDiagnostics() {
      return session ? session.listNoteDiagnostics() : [];
    },
    get analysis() {
      return session ? session.getAnalysis() : null;
    },
    get highlightAboutChild() {
      return session ? session.isHighlightingAboutChild() : false;
    },
  };
}

/** Puts the session into the editor's storage object: the getters over it and the session itself. */
export function attachSession(storage: CaseNoteLintStorage, session: LintSession): void {
  Object.defineProperties(storage, Object.getOwnPropertyDescriptors(createLintStorage(session)));
  Object.defineProperty(storage, SESSION, { value: session, configurable: true });
}

/** The session kept in an editor's storage (none once the editor is destroyed or without the extension). */
export function getSession(editor: Editor): LintSession | undefined {
  return (editor.storage.caseNoteLint as StorageWithSession | undefined)?.[SESSION];
}

/** Lets the session go with the editor. */
export function detachSession(storage: CaseNoteLintStorage): LintSession | undefined {
  const session = (storage as StorageWithSession)[SESSION];
  Object.defineProperties(storage, Object.getOwnPropertyDescriptors(createLintStorage(null)));
  Object.defineProperty(storage, SESSION, { value: undefined, configurable: true });
  return session;
}
