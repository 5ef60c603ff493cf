import { describe, expect, it } from 'vitest';
import {
  type BuiltinData,
  decodeBuiltin,
  decodeBuiltinDetails,
  decodeBuiltinLint,
  encodeBuiltin,
  withSourceIds,
} from '../src/compact.ts';

// The shipped form of the rule data must read back to exactly what was validated (the build checks
// the real data the same way): here the cases the real data may not have today.

const data: BuiltinData = {
  sources: [
    { id: 'guide', title: 'A guide', publisher: 'A council', year: 2024, url: 'https://example.org/guide' },
    { id: 'tilde', title: 'Notes ~ and ^ marks', publisher: 'Someone', url: 'https://example.org/a~b' },
    { id: 'plain', title: 'Old', publisher: 'P', url: 'http://example.org/old' },
    { id: 'nested', title: 'Nested', publisher: 'P', url: 'https://example.org/?from=https://example.com' },
  ],
  rules: [
    // an id its first phrase spells, left out of the shipped form
    {
      id: 'was-smacked',
      pack: 'victim-blaming',
      category: 'victim-blaming',
      severity: 'warning',
      patterns: ['was smacked|slapped', 'got smacked'],
      suggestions: [],
      message: 'm',
      explanation: 'About ~30 minutes ^ later.',
      sources: ['guide', 'tilde'],
    },
    // the acronym form of a spelled id, and a named one
    {
      id: 'acronym-lac',
      pack: 'acronyms',
      category: 'jargon',
      severity: 'info',
      patterns: ['LAC'],
      acronym: { expansion: 'looked after child' },
      suggestions: ['child in care'],
      exceptions: ['LAC of'],
      message: 'n',
      explanation: 'e',
      sources: ['guide'],
      note: 'A reviewer’s note',
    },
    {
      id: 'named-otherwise',
      pack: 'jargon',
      category: 'jargon',
      severity: 'hint',
      patterns: ['contact|contacts with', '[visit|visits|Visits] to|from'],
      exceptions: ['$5 contact'],
      suggestions: ['time with'],
      message: 'o',
      explanation: 'f',
      sources: ['guide'],
    },
    // ids spelled from every slot's first alternative, from the brackets, and an acronym in brackets
    {
      id: 'poor-attitude',
      pack: 'deficit',
      category: 'deficit',
      severity: 'warning',
      patterns: ['poor|negative attitude'],
      suggestions: [],
      message: 'p',
      explanation: 'g',
      sources: ['plain', 'nested', 'guide'],
    },
    {
      id: 'strategy',
      pack: 'jargon',
      category: 'jargon',
      severity: 'hint',
      patterns: ['a|the [strategy] {be} held'],
      suggestions: ['meeting'],
      message: 'q',
      explanation: 'h',
      sources: ['plain'],
    },
    {
      id: 'acronym-fao',
      pack: 'acronyms',
      category: 'jargon',
      severity: 'info',
      patterns: ['the|a [FAO]'],
      acronym: { expansion: 'family assistance order' },
      caseSensitive: true,
      suggestions: [],
      message: 'r',
      explanation: 'i',
      sources: ['guide'],
    },
    // an acronym whose long form is a plain name (`plain`, stored as a mark before the expansion)
    {
      id: 'acronym-nfa',
      pack: 'acronyms',
      category: 'jargon',
      severity: 'info',
      patterns: ['NFA'],
      acronym: { expansion: 'no further action', plain: true },
      caseSensitive: true,
      suggestions: [],
      message: 's',
      explanation: 'j',
      sources: ['guide'],
    },
  ],
  indicators: [],
} as BuiltinData;

// the linter's part as it now ships: exceptions beside patterns, sources by first citation, ids
// started by their phrase, messages without their usual opening
const shapes: BuiltinData = {
  sources: [
    { id: 'first', title: 'F', publisher: 'P', url: 'https://example.org/first' },
    { id: 'second', title: 'S', publisher: 'P', url: 'https://example.org/second' },
    { id: 'third', title: 'T', publisher: 'P', url: 'https://example.org/third' },
  ],
  rules: [
    {
      id: 'did-not-attend-child',
      pack: 'a',
      category: 'victim-blaming',
      severity: 'warning',
      patterns: ['[did not attend] school'],
      exceptions: ['did not attend the meeting'],
      suggestions: ['was not brought to'],
      message: '‘{actual}’ puts a missed appointment on the child',
      explanation: 'e',
      sources: ['third', 'first'],
    },
    {
      id: 'plain-message',
      pack: 'a',
      category: 'jargon',
      severity: 'info',
      patterns: ['case load'],
      suggestions: [],
      message: 'A message that names no flagged text',
      explanation: 'e',
      sources: ['third'],
    },
    {
      id: 'marked-message',
      pack: 'a',
      category: 'jargon',
      severity: 'info',
      patterns: ['caseload'],
      suggestions: [],
      message: '=‘{actual}’ opens with the mark',
      explanation: 'e',
      sources: ['second'],
    },
    {
      id: 'ex-convict-label',
      pack: 'a',
      category: 'deficit',
      severity: 'warning',
      patterns: ['jailbird|jailbirds', 'ex-convict|ex-convicts'],
      suggestions: [],
      explanation: 'e',
      sources: ['third'],
    },
    {
      id: 'twice',
      pack: 'a',
      category: 'jargon',
      severity: 'info',
      patterns: ['twice'],
      suggestions: [],
      message: '‘{actual}’ and ‘{actual}’ again',
      explanation: 'e',
      sources: ['third'],
    },
  ],
  indicators: [],
} as BuiltinData;

describe('the compact rule data', () => {
  it('reads back exactly: spelled ids, empty lists, and texts holding the break characters', () => {
    const encoded = encodeBuiltin(data);
    const lint = withSourceIds(decodeBuiltinLint(encoded.lint), encoded.sourceIds);
    expect(decodeBuiltin(lint, decodeBuiltinDetails(encoded.details))).toEqual(data);
    // the spelled ids are not shipped
    expect(encoded.lint).not.toContain('was-smacked');
    expect(encoded.lint).not.toContain('acronym-lac');
    expect(encoded.lint).toContain('named-otherwise');
    for (const id of ['poor-attitude', '"strategy', 'strategy~', 'acronym-fao']) expect(encoded.lint).not.toContain(id);
    // a plural after its singular is stored as a mark; a column holding the mark itself is stored as a list
    expect(encoded.lint).toContain(
      '"patterns":"was smacked|slapped^got smacked~LAC~contact|$ with^[visit|$|Visits] to|from~',
    );
    expect(encoded.lint).toContain('"exceptions":[0,["LAC of"],["$5 contact"]');
    // a URL is stored without `https://` unless that would lose its scheme
    expect(encoded.lint).not.toContain('https://example.org/guide');
    expect(encoded.lint).toContain('http://example.org/old');
    // (that source is no rule's first: its URL is with the sources' ids)
    expect(encoded.sourceIds).toContain('https://example.org/?from=https://example.com');
  });

  it('reads back which pack each rule came from when the data has more than 36 pack files', () => {
    // one pack name a rule, 40 in all: a rule data file added to the 36th must still build
    const many = {
      ...data,
      rules: Array.from({ length: 40 }, (_, index) => ({
        ...(data.rules[2] as BuiltinData['rules'][number]),
        id: `named-otherwise-${index}`,
        pack: `pack-${index}`,
      })),
    } as BuiltinData;
    const encoded = encodeBuiltin(many);
    const lint = withSourceIds(decodeBuiltinLint(encoded.lint), encoded.sourceIds);
    expect(decodeBuiltin(lint, decodeBuiltinDetails(encoded.details)).rules.map((rule) => rule.pack)).toEqual(
      many.rules.map((rule) => rule.pack),
    );
  });

  it('spells ids from a phrase’s words, with a verb in one of its forms and without word classes or optional slots', () => {
    const rule = (id: string, pattern: string) => ({
      id,
      pack: 'deficit',
      category: 'deficit',
      severity: 'info',
      patterns: [pattern],
      suggestions: ['became upset'],
      explanation: 'e',
      sources: ['guide'],
    });
    const spelled = {
      sources: data.sources,
      rules: [
        rule('turned-on-the-tears', '[{turn} on the tears|waterworks]'),
        rule('in-denial', '<be> very? in denial'),
        rule('lacks-insight-into-risk', '{lack} insight'),
      ],
      indicators: [],
    } as unknown as BuiltinData;
    const encoded = encodeBuiltin(spelled);
    expect(decodeBuiltinLint(encoded.lint).rules.map((entry) => entry.id)).toEqual([
      'turned-on-the-tears',
      'in-denial',
      'lacks-insight-into-risk',
    ]);
    // the ids column holds marks, and the rest of an id its phrase spells only the start of
    const stored = (JSON.parse(encoded.lint) as { rules: { id: string } }).rules.id;
    for (const id of ['turned', 'denial', 'lacks']) expect(stored).not.toContain(id);
    expect(stored).toContain('>into-risk');
  });

  it('keeps the words a person reads out of the linter’s part, and the details readable without it', () => {
    const encoded = encodeBuiltin(data);
    expect(encoded.lint).not.toContain('About ~30 minutes');
    expect(encoded.lint).not.toContain('A reviewer’s note');
    expect(encoded.lint).not.toContain('A council');
    // the sources' ids apart too: the linter's part names sources by index
    expect(encoded.lint).not.toContain('tilde');
    expect(JSON.parse(encoded.sourceIds).ids).toBe('guide~tilde~plain~nested');
    // and only each rule's first source, the one a finding links to: "guide" and "plain", in the table's order
    expect(decodeBuiltinLint(encoded.lint).rules[3]?.sources).toEqual([1]);
    expect(decodeBuiltinLint(encoded.lint).urls).toEqual(['https://example.org/guide', 'http://example.org/old']);
    expect(encoded.lint).not.toContain('example.org/a~b');
    expect(encoded.lint).not.toContain('example.com');
    expect(decodeBuiltinDetails(encoded.details)).toEqual({
      sources: [
        { id: 'guide', title: 'A guide', publisher: 'A council', year: 2024 },
        { id: 'tilde', title: 'Notes ~ and ^ marks', publisher: 'Someone' },
        { id: 'plain', title: 'Old', publisher: 'P' },
        { id: 'nested', title: 'Nested', publisher: 'P' },
      ],
      rules: [
        { id: 'was-smacked', explanation: 'About ~30 minutes ^ later.' },
        { id: 'acronym-lac', explanation: 'e', note: 'A reviewer’s note' },
        { id: 'named-otherwise', explanation: 'f' },
        { id: 'poor-attitude', explanation: 'g' },
        { id: 'strategy', explanation: 'h' },
        { id: 'acronym-fao', explanation: 'i' },
        { id: 'acronym-nfa', explanation: 'j' },
      ],
    });
  });

  it('reads back the shapes of the linter’s part: exceptions beside patterns, sources by first citation', () => {
    const encoded = encodeBuiltin(shapes);
    const stored = decodeBuiltinLint(encoded.lint);
    expect(decodeBuiltin(withSourceIds(stored, encoded.sourceIds), decodeBuiltinDetails(encoded.details))).toEqual(
      shapes,
    );
    const rules = JSON.parse(encoded.lint).rules;
    // a rule's exceptions after its patterns in one row
    expect(rules.patterns).toBe(
      '[did not attend] school`did not attend the meeting~case load~caseload~jailbird|$^ex-convict|$~twice',
    );
    expect(rules.exceptions).toBeUndefined();
    // the id's start spelled by the phrase's bracketed words, or by the second phrase
    expect(rules.id).toBe('[>child~plain-message~marked-message~1>label~');
    // the linked sources in the order rules first cite them, "+" for a new one, nothing for the same again
    expect(stored.urls).toEqual(['https://example.org/third', 'https://example.org/second']);
    expect(rules.source).toBe('+~~+~0~');
    expect(stored.rules.map((rule) => rule.sources)).toEqual([[0], [0], [1], [0], [0]]);
    // the usual opening left out; a message that would read back otherwise marked
    expect(rules.message).toBe(
      'puts a missed appointment on the child~=A message that names no flagged text~==‘{actual}’ opens with the mark~~‘{actual}’ and ‘{actual}’ again',
    );
  });
});
