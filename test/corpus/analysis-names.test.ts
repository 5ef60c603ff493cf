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

/** Passages whose non-names the name model once took for the child: where they came from, the text, the people. */
const nameTraps: Array<[string, string, string[]]> = [
  [
    'trap: harrowparentforum.org/short-breaks-respite (dev-jargon-22b)',
    'For more information on short breaks eligibility and the other services provided by the Children and Young Adults with Disabilities (CYAD) Service please go to the Children and Young Adults with Disabilities page.',
    [],
  ],
  [
    'trap: childrenscommissioner.gov.uk the-big-ambition-what-children-said-about-friendship (dev-passages-41a)',
    "Friendship was a significant theme in The Big Ambition, with children and young people sharing how important their relationships were in providing support and shaping their sense of belonging. To mark the United Nation's International Day of Friendship earlier this week, July 30, I am taking a deeper look at what children told The Big Ambition about friendship.",
    [],
  ],
  [
    'trap: hayesarttherapy.blogspot.com/2010/10/example.html, DATA (dev-passages-41a)',
    'DATA: Stated several times that she was excited and happy to be a session. Appropriate interaction, eye contact and personal boundaries. Separated well from family, and also transitioned well back to mother after session.',
    [],
  ],
  [
    'trap: hayesarttherapy.blogspot.com/2010/10/example.html, ART TASK (dev-passages-41a)',
    'ART TASK: Draw Family as animals: Father, self and grandmother are giraffes. Mother and both brothers are dinosaurs (T-Rex). Client states that the T-Rexes are stronger and sometimes scarier than the giraffes. Mother and father are near the top of the page while children are underneath - appropriate hierarchy.',
    [],
  ],
  [
    'trap: ausomenest.online/makaton-to-communicate-sad (dev-passages-41a)',
    'Suddenly Elyza come to the bed where I was taking a rest, climbed on her side of the bed, got under the cover, and started to cry. I asked her what\'s wrong, and she immediately responded "sad" in words as well as makaton signed sad. She then took my hand to her cheeks then to her eyes to wipe off her tears.',
    ['Elyza'],
  ],
  [
    'trap: auburnchicksadventures.com/2013/09/30/when-theyre-hungry, Selective (dev-passages-43b)',
    "On Friday, I paired students up to work on a Say Something/Selective Highlighting assignment. One of my girls insisted that she didn't want to work. I had a few problems with this young lady the first week and a half of school.",
    [],
  ],
  [
    'trap: a 1965 Hansard debate, Question (dev-language-31b)',
    'I am including spastics in this Question, as the case of Muriel Rissen has been highlighted in the Sunday Express, and I sent a copy of the article to the noble Lord who is to answer this Question.',
    [],
  ],
];

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
  // passages taken out of dev files because the name model took a non-name for the child (round 22: "Disabilities",
  // "Big", "Stated", "Client", "Suddenly Elyza"; round 23: "Selective", "Question"), kept here so the scan still reads them (verbatim, with their pages)
  for (const [where, text, people] of nameTraps)
    notes.push({ where, text, people, context: people.length ? { child: { name: people[0] as string } } : {} });
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
            // (a host's name in initials, "A.J.", is read from the message a letter at a time)
            const fromContext =
              context !== undefined && note.people.some((person) => person.split(/[\s.]+/).includes(name));
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
