import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseNote, analysisRuleIds, type NoteContext } from '@casenote/lint';
import * as stories from '../../stories/fixtures/notes.ts';
import { corpusDir, loadCorpus } from './load-corpus.ts';

interface Note {
  where: string;
  text: string;
  context?: NoteContext;
  /** The people the note's labels name (the child and household of a real passage). */
  people: string[];
}

interface CorpusItem {
  text?: unknown;
  context?: NoteContext;
  child?: { name?: string };
  household?: string[];
}

/** Every note in the corpora (never the sealed held-out folder), the stories and the audit fixtures. */
function collectNotes(): Note[] {
  const notes: Note[] = [];
  const files = [
    ...readdirSync(corpusDir).filter((file) => file.endsWith('.yml')),
    ...readdirSync(join(corpusDir, 'real'))
      .filter((file) => file.endsWith('.yml'))
      .map((file) => `real/${file}`),
  ];
  for (const file of files) {
    for (const [index, item] of loadCorpus<CorpusItem>(file).entries()) {
      if (typeof item.text !== 'string') continue;
      const context: NoteContext = item.context ?? {};
      if (!item.context && item.child?.name) context.child = { name: item.child.name };
      if (!item.context && item.household) context.household = item.household.map((name) => ({ name }));
      const people = [
        ...(context.child ? [context.child.name] : []),
        ...(context.household ?? []).map((member) => member.name),
      ];
      notes.push({ where: `${file}#${index}`, text: item.text, context, people });
    }
  }
  for (const [name, value] of Object.entries(stories)) {
    if (Array.isArray(value)) notes.push({ where: `stories ${name}`, text: value.join('\n\n'), people: [] });
  }
  notes.push({
    where: 'stories long note',
    text: stories.generateLongNoteParagraphs(3000).join('\n\n'),
    people: [],
  });
  const fixtures = join(corpusDir, '..', 'fixtures', 'audit');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|html?)$/.test(entry)) {
        const text = readFileSync(path, 'utf8').replace(/<[^>]+>/g, ' ');
        notes.push({ where: relative(corpusDir, path), text, people: [] });
      }
    }
  };
  walk(fixtures);
  return notes;
}

/** Given names of the people in the corpora, stories and fixtures (invented or as published). */
const personNames = new Set(
  (readFileSync(join(corpusDir, 'person-names.txt'), 'utf8').match(/^[^#\s][^\n]*/gm) ?? []).map((line) => line.trim()),
);

/** Capitalised words in a message that could be a name or a cipher (“C1”), not the message's own first word or “I”. */
function namesIn(message: string): string[] {
  return (message.match(/(?<=\s|‘|“)\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? [])
    .map((word) => word.replace(/['’]s$/, ''))
    .filter((word) => !['I', 'SW', 'You'].includes(word));
}

const analysisRules = new Set<string>(analysisRuleIds);

describe('the analysis names only people', () => {
  it('every name in every analysis message is a person in the note, with context and without', () => {
    const notes = collectNotes();
    expect(notes.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    let named = 0;
    for (const note of notes) {
      for (const context of [note.context, undefined]) {
        const analysis = analyseNote(note.text, context);
        const allowed = new Set([...note.people, ...personNames]);
        for (const diagnostic of analysis.diagnostics) {
          if (!analysisRules.has(diagnostic.ruleId) || diagnostic.ruleId === 'professional-self-reference') continue;
          for (const name of namesIn(diagnostic.message)) {
            named += 1;
            const inNote = note.text.includes(name);
            const fromContext =
              context !== undefined && note.people.some((person) => person.split(/\s+/).includes(name));
            if (!(fromContext || (inNote && allowed.has(name))))
              wrong.push(`${note.where}${context ? '' : ' (no context)'}: “${name}” in “${diagnostic.message}”`);
          }
        }
        if (
          analysis.child.name !== null &&
          !(note.people.includes(analysis.child.name) || allowed.has(analysis.child.name))
        )
          wrong.push(`${note.where}${context ? '' : ' (no context)'}: the child is “${analysis.child.name}”`);
      }
    }
    console.log(
      `analysis names: ${named} names in messages checked over ${notes.length} notes; ${wrong.length} not people`,
    );
    for (const line of wrong) console.log(`  ${line}`);
    expect(wrong).toEqual([]);
    // two thousand notes, twice each: more than the default time on a loaded machine
  }, 300_000);
});
