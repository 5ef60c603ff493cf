import { createWorkerLinter, type WorkerLinter } from '@casenote/lint';
import { CaseNoteKeymap, CaseNoteLint, type NoteContext } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { UseCaseNoteEditorOptions } from './use-case-note-editor-options.ts';
import { validateEditorContext, validateEditorOptions } from './utils/validateEditorOptions.ts';

export type { UseCaseNoteEditorOptions };

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
