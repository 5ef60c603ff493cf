import type { Root } from 'nlcst';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { VFile } from 'vfile';
import type { Diagnostic } from '../types.ts';
import { identifyChild } from './names.ts';
import { resolveRoles, type ChildIdentity, type Referents, type WordRole } from './people.ts';
import { readNote, type NoteSentence } from './read-note.ts';
import { rewriteSentence } from './rewrite.ts';
import type { AnalyseOptions, NoteAnalysis, NoteContext, SentenceAnalysis, SentenceKind } from './types.ts';
import { voiceVerbs } from './words.ts';

const recordingGuide = 'https://hullchserv.proceduresonline.com/p_recording.html';
// Southampton's Children and Families Scrutiny Panel papers, where the audit behind this project
// (recommendation R3: children in one household considered together) was reported.
const householdGuide = 'https://southampton.gov.uk/modernGov/ieListDocuments.aspx?CId=600&MId=7100&Ver=4';

/** Adverbs and auxiliaries that may stand between a speaker and the verb of speaking. */
const between = new Set([
  'also',
  'really',
  'then',
  'later',
  'clearly',
  'quietly',
  'have',
  'has',
  'had',
  'did',
  'would',
  'could',
  "'d",
  'always',
  'often',
  'sometimes',
  'still',
  'just',
]);

function sentenceKind(roles: WordRole[]): SentenceKind {
  if (roles.includes('second-person')) return 'to-child';
  if (roles.some((role) => role === 'child-name' || role === 'child-phrase' || role === 'child-pronoun'))
    return 'about-child';
  return 'neutral';
}

/** Whether a sentence records the child's own words or views. */
function recordsVoice(sentence: NoteSentence, roles: WordRole[]): boolean {
  const words = sentence.words;
  const speakerRoles: WordRole[] = ['second-person', 'child-name', 'child-phrase', 'child-pronoun'];
  const hasQuotedWords = words.some((word) => word.quoted);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    if (!word || word.quoted) continue;
    if (word.lower === 'words' && ['your', 'own'].includes(words[index - 1]?.lower ?? '')) return true;
    if (!speakerRoles.includes(roles[index] as WordRole)) continue;
    if (roles[index] === 'second-person' && !['you', "you'd"].includes(word.lower)) continue;
    if (roles[index] === 'child-pronoun' && !['she', 'he', 'they'].includes(word.lower)) continue;
    let next = index + 1;
    while (words[next] && between.has((words[next] as { lower: string }).lower)) next += 1;
    const verb = words[next];
    if (verb && !verb.quoted && voiceVerbs.has(verb.lower)) {
      // "you would like", "you'd like"
      if (verb.lower === 'would' || verb.lower === "you'd") {
        if (['like', 'love', 'prefer'].includes(words[next + 1]?.lower ?? '')) return true;
        continue;
      }
      if (hasQuotedWords || verb.lower !== 'showed' || words[next + 1]?.lower === 'me') return true;
    }
  }
  return false;
}

let readabilityProcessors = new Map<number, ReturnType<typeof makeReadability>>();
function makeReadability(age: number) {
  // Formulas are noisy on one short sentence: ask most of the seven to agree, allow a year's
  // margin, and leave sentences under eight words alone.
  return unified()
    .use(retextEnglish)
    .use(retextReadability, { age: age + 1, threshold: 5 / 7, minWords: 8 })
    .freeze();
}

/** Syllables by vowel groups, less a silent final e: close enough for a reading-age estimate. */
function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length <= 3) return 1;
  const groups = lower
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade plus five, the usual reading-age reading of it. */
function readingAge(sentences: NoteSentence[]): number | null {
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!/\p{L}/u.test(word.text)) continue;
      words += 1;
      syllables += countSyllables(word.text);
    }
  }
  if (words === 0 || sentences.length === 0) return null;
  const grade = 0.39 * (words / sentences.length) + 11.8 * (syllables / words) - 15.59;
  return Math.max(5, Math.round(grade + 5));
}

function pronounFor(child: ChildIdentity): string {
  return child.givenPronouns === 'she'
    ? 'her'
    : child.givenPronouns === 'he'
      ? 'him'
      : child.givenPronouns === 'they'
        ? 'them'
        : 'them';
}

/**
 * Analyses a whole note: which sentences speak to the child and which about them, whether the
 * child's own words are recorded, which children of the household go unmentioned, and how hard the
 * sentences written to the child are to read.
 *
 * @param text The note (plain text).
 * @param context The child and household, when the host knows them; without it the child is
 *   inferred from the names and pronouns in the note.
 * @param options Thresholds for the note-level prompts.
 * @returns Sentence classes, a summary, and diagnostics in `write-to-child` and `readability`.
 * @example analyseNote('I visited you today. You showed me your drawings.').summary.writtenToChildShare // 1
 */
export function analyseNote(text: string, context: NoteContext = {}, options: AnalyseOptions = {}): NoteAnalysis {
  return analyseTree(text, undefined, context, options);
}

/** `analyseNote` over a tree the linter has already parsed. */
export function analyseTree(
  text: string,
  tree: Root | undefined,
  context: NoteContext = {},
  options: AnalyseOptions = {},
): NoteAnalysis {
  const sentences = readNote(text, tree);
  const household = context.household ?? [];
  const child = identifyChild(sentences, context.child, household);
  const referents: Referents = { female: null, male: null };
  const analysed: SentenceAnalysis[] = [];
  const diagnostics: Diagnostic[] = [];
  const childLabel = child.displayName ?? 'the child';

  for (const sentence of sentences) {
    const roles = resolveRoles(sentence, child, referents);
    const kind = sentenceKind(roles);
    const childVoice = recordsVoice(sentence, roles);
    analysed.push({ from: sentence.from, to: sentence.to, kind, childVoice });

    for (let index = 0; index < roles.length; index += 1) {
      if (roles[index] !== 'self-reference') continue;
      let end = index;
      while (roles[end + 1] === 'self-reference' && end - index < 3) end += 1;
      const first = sentence.words[index];
      const last = sentence.words[end];
      if (!first || !last) continue;
      const actual = text.slice(first.start, last.end);
      const subject = index === 0;
      diagnostics.push({
        from: first.start,
        to: last.end,
        ruleId: 'professional-self-reference',
        category: 'write-to-child',
        severity: 'hint',
        message: `‘${actual}’ refers to you in the third person; write “${subject ? 'I' : 'me'}”`,
        explanation:
          'A child reading their file later meets a person, not a role. Writing “I” makes clear who did what and keeps the note personal.',
        actual,
        suggestions: [subject ? 'I' : 'me'],
        source: recordingGuide,
      });
      index = end;
    }

    if (kind === 'about-child') {
      const rewrite = rewriteSentence(sentence, roles, child);
      const firstReference = roles.findIndex(
        (role) => role === 'child-name' || role === 'child-phrase' || role === 'child-pronoun',
      );
      const from = rewrite?.from ?? sentence.words[firstReference]?.start ?? sentence.from;
      const to = rewrite?.to ?? sentence.words[firstReference]?.end ?? sentence.to;
      diagnostics.push({
        from,
        to,
        ruleId: 'about-child-sentence',
        category: 'write-to-child',
        severity: 'hint',
        message: `This sentence is about ${childLabel}; could you write it to ${pronounFor(child)}?`,
        explanation: `Notes written to the child (“I visited you”) are easier for ${childLabel} to read later and keep the record about their life, in words they would recognise.`,
        actual: text.slice(from, to),
        suggestions: rewrite ? [rewrite.replacement] : [],
        source: recordingGuide,
      });
    }
  }

  const toChild = analysed.filter((sentence) => sentence.kind === 'to-child').length;
  const aboutChild = analysed.filter((sentence) => sentence.kind === 'about-child').length;
  const writtenToChildShare = toChild + aboutChild === 0 ? null : toChild / (toChild + aboutChild);
  const childVoice = analysed.some((sentence) => sentence.childVoice);
  const threshold = options.threshold ?? 0.5;

  if (writtenToChildShare !== null && writtenToChildShare < threshold) {
    diagnostics.push(
      noteLevel(
        'written-to-child-share',
        'info',
        `${toChild} of ${toChild + aboutChild} sentences about ${childLabel} speak to ${pronounFor(child)} directly`,
        `Most of this note talks about ${childLabel} rather than to ${pronounFor(child)}. Try “I visited you”, “you told me”: the facts stay the same and the record becomes theirs.`,
      ),
    );
  }
  if ((options.promptChildVoice ?? true) && sentences.length > 0 && !childVoice) {
    diagnostics.push(
      noteLevel(
        'child-voice-missing',
        'info',
        `This note does not yet record what ${childLabel} said, showed or feels`,
        `Record ${childLabel}’s own words and wishes, in quotation marks where you can (“you told me…”). It shows they were heard and lets them recognise themselves when they read it.`,
      ),
    );
  }

  const mentioned = (names: string[]): boolean =>
    sentences.some((sentence) =>
      sentence.words.some((word) => names.some((name) => word.text.replace(/'s$/i, '') === name.split(/\s+/)[0])),
    );
  const missingChildren = household
    .filter((member) => {
      const isTheChild = context.child && member.name === context.child.name;
      if (isTheChild && toChild > 0) return false;
      return !mentioned([member.name, ...(member.aliases ?? [])]);
    })
    .map((member) => member.name);
  for (const name of missingChildren) {
    diagnostics.push(
      noteLevel(
        'household-child-not-mentioned',
        'info',
        `This note does not mention ${name} yet`,
        `Every child in the household has their own needs. Say how ${name} is, what they said or why they were not seen, so each child is considered on their own and as part of the family.`,
        householdGuide,
      ),
    );
  }

  const toChildSentences = sentences.filter((_, index) => analysed[index]?.kind === 'to-child');
  const age = context.child?.age;
  if (age !== undefined && toChildSentences.length > 0) {
    let processor = readabilityProcessors.get(age);
    if (!processor) {
      if (readabilityProcessors.size > 20) readabilityProcessors = new Map();
      processor = makeReadability(age);
      readabilityProcessors.set(age, processor);
    }
    // read only the sentences written to the child, joined as paragraphs, and map offsets back:
    // the formulas are per sentence, and the rest of a long note is not theirs to read
    const segments: Array<{ start: number; from: number; length: number }> = [];
    let joined = '';
    for (const sentence of toChildSentences) {
      if (joined.length > 0) joined += '\n\n';
      segments.push({ start: joined.length, from: sentence.from, length: sentence.to - sentence.from });
      joined += sentence.text;
    }
    const toNote = (offset: number): number | undefined => {
      const segment = segments.find(
        (candidate) => offset >= candidate.start && offset <= candidate.start + candidate.length,
      );
      return segment ? segment.from + (offset - segment.start) : undefined;
    };
    const file = new VFile(joined);
    processor.runSync(processor.parse(file) as Root, file);
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      const from = toNote(start);
      const to = toNote(end);
      if (from === undefined || to === undefined) continue;
      diagnostics.push({
        from,
        to,
        ruleId: 'hard-for-child',
        category: 'readability',
        severity: 'hint',
        message: `This sentence may be hard for a ${age}-year-old to read`,
        explanation:
          'Shorter sentences and everyday words let the child read their own record. Try splitting the sentence or using simpler words.',
        actual: text.slice(from, to),
        suggestions: [],
        source: 'https://github.com/retextjs/retext-readability#readme',
      });
    }
  }

  diagnostics.sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    sentences: analysed,
    summary: {
      sentences: analysed.length,
      toChild,
      aboutChild,
      neutral: analysed.length - toChild - aboutChild,
      writtenToChildShare,
      childVoice,
      missingChildren,
      readingAge: readingAge(toChildSentences.length > 0 ? toChildSentences : sentences),
    },
    child: { name: child.displayName, inferred: child.inferred },
    diagnostics,
  };
}

function noteLevel(
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string,
  explanation: string,
  source = recordingGuide,
): Diagnostic {
  return {
    from: 0,
    to: 0,
    ruleId,
    category: 'write-to-child',
    severity,
    message,
    explanation,
    actual: '',
    suggestions: [],
    source,
    scope: 'note',
  };
}
