import { createLinter, findWords, normalisePhrase } from '@casenote/lint';
import { afterEach, expect, it, vi } from 'vitest';
import { generateLongNoteParagraphs } from '../../../stories/fixtures/notes.ts';
import { IGNORE_CONTEXT_WORDS } from '../src/constants.ts';
import { createIgnoreKey, legacyIgnoreKey } from '../src/utils/createIgnoreKey.ts';
import { destroyEditors, flagged, mountEditor, testDiagnostics } from './helpers.ts';

afterEach(destroyEditors);

// Hosts persist ignore keys (ignoreStore), so the key's definition must never drift. These are the
// definitions, written the plain way: the words in a 64-character window either side.
const window = 64 * IGNORE_CONTEXT_WORDS;
function definition(ruleId: string, text: string, from: number, to: number): string {
  const words = (part: string) => findWords(part).map((word) => word.text);
  const before = words(text.slice(Math.max(0, from - window), from)).slice(-IGNORE_CONTEXT_WORDS);
  const after = words(text.slice(to, to + window)).slice(0, IGNORE_CONTEXT_WORDS);
  return [ruleId, text.slice(from, to), before.join(' '), after.join(' ')].map(normalisePhrase).join('|');
}

// The scheme of the keys hosts stored before the key was built on the engine's words.
const OLD_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
function oldDefinition(ruleId: string, text: string, from: number, to: number): string {
  const before = (text.slice(Math.max(0, from - window), from).match(OLD_WORD) ?? []).slice(-IGNORE_CONTEXT_WORDS);
  const after = (text.slice(to, to + window).match(OLD_WORD) ?? []).slice(0, IGNORE_CONTEXT_WORDS);
  const phrase = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return [ruleId, phrase, before.join(' '), after.join(' ')].map((part) => part.toLowerCase()).join('|');
}

it('gives the same key as its definition for every finding of the 20,000-word note, old scheme and new', () => {
  const linter = createLinter({ analysis: false });
  let checked = 0;
  for (const text of generateLongNoteParagraphs()) {
    for (const { ruleId, from, to } of linter.lint(text)) {
      expect(createIgnoreKey(ruleId, text, from, to)).toBe(definition(ruleId, text, from, to));
      expect(legacyIgnoreKey(ruleId, text, from, to)).toBe(oldDefinition(ruleId, text, from, to));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(500);
});

it('gives the same key as its definition at edges: long words, hyphens, apostrophes, no neighbours', () => {
  const long = 'x'.repeat(70);
  const cases: Array<[string, string]> = [
    ['LAC', 'LAC'],
    [`${long} LAC ${long}`, 'LAC'],
    [`a ${'y'.repeat(30)}-${'z'.repeat(30)} LAC mother-in-law’s ${long}`, 'LAC'],
    [`Jade’s ${'w'.repeat(23)}LAC`, 'LAC'],
    ['   LAC   ', 'LAC'],
    [`${'word '.repeat(40)}LAC${' word'.repeat(40)}`, 'LAC'],
    [`…—(${'q'.repeat(20)}) LAC, “${'r'.repeat(25)}”`, 'LAC'],
    [`${'s'.repeat(20)} e.g. LAC A&E ${'t'.repeat(30)}.${'u'.repeat(30)}`, 'LAC'],
    [`${'v'.repeat(10)}.${'w'.repeat(20)} LAC`, 'LAC'],
  ];
  for (const [text, phrase] of cases) {
    const from = text.indexOf(phrase);
    const to = from + phrase.length;
    expect(createIgnoreKey('rule', text, from, to)).toBe(definition('rule', text, from, to));
    expect(legacyIgnoreKey('rule', text, from, to)).toBe(oldDefinition('rule', text, from, to));
  }
});

it('reads words as the engine does: a curly apostrophe, "A&E" and "e.g." give one key with their plain forms', () => {
  const key = (text: string) => createIgnoreKey('rule', text, text.indexOf('LAC'), text.indexOf('LAC') + 3);
  expect(key('Jade’s LAC  plan')).toBe(key("Jade's LAC plan"));
  expect(key('Jade’s LAC plan')).toBe("rule|lac|jade's|plan");
  expect(key('At A&E LAC then')).toBe('rule|lac|a&e|then');
  expect(key('See e.g. LAC')).toBe('rule|lac|e.g|');
});

it('still hides the findings a host ignored under the old keys, and ignores anew under the new key', async () => {
  // Neighbours the two schemes read differently: a curly apostrophe, "A&E", "e.g.".
  const paragraphs = ['Jade’s wibble was seen.', 'At A&E wibble again.', 'See e.g. wibble there.', 'A wibble is new.'];
  const oldKeys = paragraphs.slice(0, 3).map((text) => {
    const from = text.indexOf('wibble');
    const key = oldDefinition('test-wibble', text, from, from + 6);
    expect(key).not.toBe(createIgnoreKey('test-wibble', text, from, from + 6));
    return key;
  });
  const save = vi.fn();
  const editor = mountEditor(paragraphs.map((text) => `<p>${text}</p>`).join(''), {
    ignoreStore: { load: () => oldKeys, save },
  });
  editor.commands.lintNow();
  expect(flagged(editor)).toEqual(['test-wibble:wibble']);

  // The whole-note analysis (on by default) reads the same keys: nothing comes back when it lands.
  await vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false));
  expect(flagged(editor)).toEqual(['test-wibble:wibble']);

  editor.commands.ignoreDiagnostic(testDiagnostics(editor)[0]!.id);
  expect(flagged(editor)).toEqual([]);
  expect(save).toHaveBeenLastCalledWith([...oldKeys, 'test-wibble|wibble|a|is']);
});

it('still hides a whole-note analysis finding a host ignored under its old key', () => {
  const text = 'At A&E Jade told me she was fine.';
  const from = text.indexOf('Jade');
  const oldKey = oldDefinition('about-child-sentence', text, from, from + 4);
  expect(oldKey).toBe('about-child-sentence|jade|e|told');
  const ruleIds = (keys: string[]) => {
    const editor = mountEditor(`<p>${text}</p>`, {
      context: { child: { name: 'Jade', age: 9 } },
      ignoreStore: { load: () => keys, save: vi.fn() },
    });
    editor.commands.analyseNow();
    return editor.storage.caseNoteLint.diagnostics.map((diagnostic) => diagnostic.ruleId);
  };
  expect(ruleIds([])).toContain('about-child-sentence');
  expect(ruleIds([oldKey])).not.toContain('about-child-sentence');
});
