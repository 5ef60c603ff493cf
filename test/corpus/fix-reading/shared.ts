/**
 * What the fix test (`../fixes.test.ts`) and the reading-sample scripts here share: the real dev files'
 * sentences, and the problems an applied fix shows without the grammar checker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '@casenote/lint';
import { parse } from 'yaml';
import { fixAgreementProblems } from '../fix-agreement-checks.ts';
import { fixBesideProblems } from '../fix-beside-checks.ts';
import { fixBracketProblems } from '../fix-bracket-checks.ts';
import { fixContextProblems } from '../fix-context-checks.ts';
import { fixKeptProblems } from '../fix-kept-checks.ts';
import { fixMisreadProblems } from '../fix-misread-checks.ts';
import { fixNamingProblems } from '../fix-naming-checks.ts';
import { newLocalProblems, withoutThoseIn } from '../fix-checks.ts';
import { fixPersonProblems } from '../fix-person-checks.ts';
import { fixPhraseProblems } from '../fix-phrase-checks.ts';
import { fixReframeProblems } from '../fix-reframe-checks.ts';
import { fixRepeatProblems } from '../fix-repeat-checks.ts';
import { fixSenseProblems } from '../fix-sense-checks.ts';
import { sentenceShapeProblems } from '../fix-sentence-checks.ts';
import { fixShapeProblems } from '../fix-shape-checks.ts';
import { fixSlipsProblems } from '../fix-slips-checks.ts';
import { fixSlotProblems } from '../fix-slot-checks.ts';
import { fixTermProblems } from '../fix-term-checks.ts';
import { fixWrongSenseProblems } from '../fix-wrong-sense-checks.ts';

/** The real dev files (`real/dev-*.yml`), in order; never a sealed set (those live in heldout folders). */
export const realDir = join(import.meta.dirname, '..', 'real');
export const devFiles = (): string[] =>
  readdirSync(realDir)
    .filter((name) => /^dev-.*\.yml$/.test(name))
    .sort();

/**
 * Each dev sentence once: a passage's sentences (not the passage), or an item's text; `seen` holds texts
 * already taken elsewhere, which are left out (and it gains every text taken here).
 */
export function devSentences(seen = new Set<string>()): { file: string; text: string }[] {
  const sentences: { file: string; text: string }[] = [];
  for (const file of devFiles()) {
    const items = (parse(readFileSync(join(realDir, file), 'utf8')) ?? []) as Array<Record<string, unknown>>;
    for (const item of items) {
      const texts = Array.isArray(item.sentences)
        ? (item.sentences as Array<Record<string, unknown>>).map((sentence) => sentence.text)
        : [item.text];
      for (const text of texts) {
        if (typeof text !== 'string' || seen.has(text)) continue;
        seen.add(text);
        sentences.push({ file, text });
      }
    }
  }
  return sentences;
}

/** The sentence with one suggestion of a finding put in place of its words. */
export const applyFix = (text: string, diagnostic: Diagnostic, suggestion: string): string =>
  text.slice(0, diagnostic.from) + suggestion + text.slice(diagnostic.to);

/**
 * The problems a fix shows that the sentence did not have: local ones (doubled words, a/an), the shapes a
 * reader found broken, what it does to the words around it (fix-context-checks.ts), whom it makes the writer or
 * reader (fix-person-checks.ts), the sense it gives its words (fix-sense-checks.ts), how its phrase joins the words
 * beside it (fix-phrase-checks.ts), its number and the terms it names (fix-agreement-checks.ts), what a reframing fix
 * changes (fix-reframe-checks.ts), the terms and beliefs it must leave (fix-term-checks.ts), the slot its verb group,
 * determiner or long phrase goes in (fix-slot-checks.ts), words it repeats, quotes or misnames (fix-repeat-checks.ts),
 * the idioms, homes and terms the words beside it show wrong (fix-beside-checks.ts), the terms it names, the views it
 * reports and the slots beside it (fix-naming-checks.ts), the kinds of words and names it misreads
 * (fix-misread-checks.ts), the slips of grammar, repeats, voice and kind of home it makes (fix-slips-checks.ts), plain
 * words left before the acronym of the words they replaced (fix-bracket-checks.ts), what it must keep of the words it
 * replaces (fix-kept-checks.ts: the verb, the negative, "the" before a body's name, a possessive's "s", a condition one
 * has) and sentence-wide shapes new to the fixed sentence.
 *
 * @param originalShape `sentenceShapeProblems(text)`, when the caller has it already.
 * @param without Newer checks to leave out, to count what they add (labelled-checks.ts `--without beside,naming,misread,slips,bracket`).
 */
export function fixProblems(
  text: string,
  diagnostic: Diagnostic,
  suggestion: string,
  originalShape = sentenceShapeProblems(text),
  without: ReadonlySet<'repeat' | 'beside' | 'naming' | 'misread' | 'slips' | 'bracket' | 'kept'> = new Set(),
): string[] {
  const fixed = applyFix(text, diagnostic, suggestion);
  const applied = { text, fixed, from: diagnostic.from, to: diagnostic.to, suggestion, ruleId: diagnostic.ruleId };
  return [
    ...newLocalProblems(text, fixed),
    ...fixShapeProblems(applied),
    ...fixContextProblems(applied),
    ...fixPersonProblems(applied),
    ...fixSenseProblems(applied),
    ...fixPhraseProblems(applied),
    ...fixAgreementProblems(applied),
    ...fixReframeProblems(applied),
    ...fixTermProblems(applied),
    ...fixSlotProblems(applied),
    ...fixWrongSenseProblems(applied),
    ...(without.has('repeat') ? [] : fixRepeatProblems(applied)),
    ...(without.has('beside') ? [] : fixBesideProblems(applied)),
    ...(without.has('naming') ? [] : fixNamingProblems(applied)),
    ...(without.has('misread') ? [] : fixMisreadProblems(applied)),
    ...(without.has('slips') ? [] : fixSlipsProblems(applied)),
    ...(without.has('bracket') ? [] : fixBracketProblems(applied)),
    ...(without.has('kept') ? [] : fixKeptProblems(applied)),
    ...withoutThoseIn(sentenceShapeProblems(fixed), originalShape).filter(
      // flagged words in capitals take a fix in capitals ("AN ARGUMENT over a frying pan" → "AN ABUSIVE INCIDENT over
      // …"): the engine keeps the writer's case, so a longer run of capitals is not a new break (fixes37)
      (problem) => !(problem === 'case: three or more words in capitals' && inCapitals(diagnostic.actual)),
    ),
  ];
}

/** Words written all in capitals (two letters or more, no lower-case letter). */
const inCapitals = (words: string): boolean => /\p{Lu}{2}/u.test(words) && !/\p{Ll}/u.test(words);
