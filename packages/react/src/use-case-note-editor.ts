import { createWorkerLinter, type LintOptions, type WorkerLike, type WorkerLinter } from '@casenote/lint';
import {
  CaseNoteKeymap,
  CaseNoteLint,
  type CaseNoteAnalyser,
  type CaseNoteShortcuts,
  type CaseNoteLinter,
  type EditorDiagnostic,
  type IgnoreStore,
  type NoteContext,
} from '@casenote/tiptap';
import type { Content, Editor, Extensions } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { validateEditorContext, validateEditorOptions } from './utils/validateEditorOptions.ts';

export interface UseCaseNoteEditorOptions {
  /** The note to start with (HTML or TipTap JSON). Read once: the editor is uncontrolled. @default '' */
  content?: Content;
  /** Called after every change to the note. @default undefined */
  onUpdate?: (props: { editor: Editor }) => void;
  /** Severities, allowed phrases and host rule packs. Read when the editor is created; change them later with commands. @default {} */
  lintOptions?: LintOptions;
  /** Milliseconds to wait after the last edit before re-checking. @default 300 */
  delay?: number;
  /** Called with all findings each time new results are shown. @default undefined */
  onDiagnostics?: (diagnostics: EditorDiagnostic[]) => void;
  /** Where the host keeps ignored findings. @default undefined (ignores last as long as the editor) */
  ignoreStore?: IgnoreStore;
  /** A linter to use instead of the built-in one (for example one in a Web Worker). @default undefined */
  linter?: CaseNoteLinter;
  /**
   * The child the note is written to and the children of the household, for the whole-note
   * analysis (written to the child, the child's voice, every child mentioned). Changing it
   * analyses the note again. @default undefined (the child is inferred from the note)
   */
  context?: NoteContext;
  /** Milliseconds after the last edit before the whole note is analysed again. @default 1000 */
  analysisDelay?: number;
  /** An analyser to use instead of the built-in one (for example one in a Web Worker). @default undefined */
  analyser?: CaseNoteAnalyser;
  /**
   * Creates a Web Worker running `@casenote/lint/worker`: checking and analysing then happen off the
   * page's main thread, so even the first check of a 20,000-word note does not hold up typing. The
   * worker starts with the editor and stops when it goes; if it cannot run, checking falls back to
   * the page. Read once. `linter` and `analyser`, if given, win.
   * @default undefined (checks on the page's thread)
   * @example worker={() => new LintWorker()} // import LintWorker from '@casenote/lint/worker?worker' (Vite)
   */
  worker?: () => WorkerLike;
  /** Show the note without letting it be edited. Findings still show. @default false */
  readOnly?: boolean;
  /** Text shown while the note is empty. @default '' */
  placeholder?: string;
  /** Accessible name of the editing area. @default 'Case note' */
  ariaLabel?: string;
  /** Id(s) of elements describing the editing area (for example your own help text). @default undefined */
  ariaDescribedBy?: string;
  /** Replaces some of the default keyboard shortcuts. @default undefined */
  shortcuts?: Partial<CaseNoteShortcuts>;
  /** More TipTap extensions, added after StarterKit and the case-note ones. @default [] */
  extensions?: Extensions;
}

/**
 * Creates a TipTap editor with StarterKit, `CaseNoteLint` and the case-note keyboard shortcuts,
 * for hosts that lay out the editor, card and panel themselves.
 *
 * @returns The editor (`null` until it exists).
 * @example
 * const editor = useCaseNoteEditor({ content: note, ariaLabel: 'Visit note' });
 * return <><EditorContent editor={editor} /><DiagnosticCard editor={editor} /><DiagnosticsPanel editor={editor} /></>;
 */
export function useCaseNoteEditor(options: UseCaseNoteEditorOptions = {}): Editor | null {
  // Callbacks go through refs so the editor is not re-created when a parent re-renders.
  const latest = useRef(options);
  latest.current = options;
  // A bad option is refused before the editor is made, with one error naming the field.
  useState(() => validateEditorOptions(options));
  const [engine] = useState<WorkerLinter | null>(() => (options.worker ? createWorkerLinter(options.worker) : null));
  // Made from a function, the worker starts again on next use after this (strict mode remounts).
  useEffect(() => () => engine?.terminate(), [engine]);

  const editor = useEditor(
    {
      content: options.content ?? '',
      editable: !options.readOnly,
      extensions: [
        StarterKit,
        CaseNoteLint.configure({
          ...options.lintOptions,
          ...(options.delay === undefined ? {} : { delay: options.delay }),
          ...(options.analysisDelay === undefined ? {} : { analysisDelay: options.analysisDelay }),
          ...(options.context === undefined ? {} : { context: options.context }),
          analyser: options.analyser ?? engine,
          ignoreStore: options.ignoreStore ?? null,
          linter: options.linter ?? engine,
          onDiagnostics: (diagnostics) => latest.current.onDiagnostics?.(diagnostics),
        }),
        CaseNoteKeymap.configure(options.shortcuts ?? {}),
        // TipTap's own placeholder, painted by the stylesheet (`data-placeholder`) only while the whole note is empty.
        ...(options.placeholder
          ? [
              Placeholder.configure({
                placeholder: options.placeholder,
                emptyEditorClass: 'casenote-editor__placeholder',
                emptyNodeClass: 'casenote-editor__empty',
                showOnlyWhenEditable: false,
              }),
            ]
          : []),
        ...(options.extensions ?? []),
      ],
      editorProps: { attributes: editorAttributes(options) },
      onUpdate: ({ editor: updated }) => latest.current.onUpdate?.({ editor: updated }),
    },
    [],
  );

  const readOnly = options.readOnly ?? false;
  const { ariaLabel, ariaDescribedBy, placeholder } = options;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: editorAttributes({ readOnly, ariaLabel, ariaDescribedBy, placeholder }),
      },
    });
  }, [editor, readOnly, ariaLabel, ariaDescribedBy, placeholder]);

  // Compared by content, so a parent that builds the context object on each render does not re-analyse.
  const contextKey = JSON.stringify(options.context ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked again when its content changes
  useMemo(() => validateEditorContext(options.context), [contextKey]);
  const appliedContext = useRef(contextKey);
  useEffect(() => {
    if (!editor || editor.isDestroyed || appliedContext.current === contextKey) return;
    appliedContext.current = contextKey;
    editor.commands.setNoteContext(JSON.parse(contextKey) as NoteContext);
  }, [editor, contextKey]);

  return editor;
}

function editorAttributes(
  options: Pick<UseCaseNoteEditorOptions, 'readOnly' | 'ariaLabel' | 'ariaDescribedBy' | 'placeholder'>,
): Record<string, string> {
  const attributes: Record<string, string> = {
    class: 'casenote-editor__content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': options.ariaLabel ?? 'Case note',
    spellcheck: 'true',
  };
  // A read-only note is still reached with Tab, so its findings can be read with the keyboard.
  if (options.readOnly) {
    attributes['aria-readonly'] = 'true';
    attributes.tabindex = '0';
  }
  if (options.ariaDescribedBy) attributes['aria-describedby'] = options.ariaDescribedBy;
  if (options.placeholder) attributes['aria-placeholder'] = options.placeholder;
  return attributes;
}
