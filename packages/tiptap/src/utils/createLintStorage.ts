import type { LintSession } from '../lint-session.ts';
import type { CaseNoteLintStorage } from '../types.ts';

/**
 * The storage object. Its properties are getters over the session, so `diagnostics` always has
 * the ranges of the editor's current state; before an editor exists they read as empty.
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
    getDiagnosticAt(pos: number) {
      return session ? session.getDiagnosticAt(pos) : null;
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
