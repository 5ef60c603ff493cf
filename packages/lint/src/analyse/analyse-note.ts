import { fixReadsCleanly } from '../fit/guard.ts';
import { LintOptionsError, validateAnalyseOptions, validateNoteContext } from '../validate-options.ts';
import type { Diagnostic } from '../diagnostic.ts';
import type { NoteAddress } from './addressee.ts';
import type { ChildIdentity } from './names.ts';
import { readNoteAddress } from './note-address.ts';
import { type Referents, resolveRoles } from './people.ts';
import { hardForChild, readingAge } from './readability.ts';
import { readNoteSteps, type NoteSentence } from './read-note.ts';
import {
  childRoles,
  opensWithoutSubject,
  outsidePrompt,
  parentsChildOnly,
  quotedAboutChild,
  sentenceKind,
  unhinted,
} from './sentence-kind.ts';
import { finish } from '../note-pieces.ts';
import { suggestLater } from '../finding-fixes.ts';
import type { ParsedSentence } from '../note-sentences.ts';
import { rewriteSentence } from './rewrite.ts';
import { rewriteReaderKnown } from './rewrite-certain.ts';
import type { AnalyseOptions, NoteAnalysis, NoteContext, SentenceAnalysis } from './types.ts';
import { readVoice, type VoiceReading } from './voice.ts';
import { interviewAnswers, namedChildNotSpeaking, ownAccount, writerNamesThemselfAsChild } from './voice-account.ts';
import { settleVoices } from './voice-note.ts';
import { childNouns } from './voice-words.ts';
import { householdGuide, noteLevel, recordingGuide, selfReferences } from './note-findings.ts';
import { addressRoles, pronounFor, reasonFor, speaksToSomeone } from './sentence-reading.ts';

/**
 * Analyses a whole note: which sentences speak to the child and which about them, whom "you" is,
 * whether the child's own words are recorded, which children of the household go unmentioned, and
 * how hard the sentences written to the child are to read.
 *
 * @param text The note (plain text).
 * @param context The child and household, when the host knows them; without it the child is
 *   inferred from greetings, names and pronouns in the note (and not named in messages when unsure).
 * @param options Thresholds for the note-level prompts.
 * @returns Sentence classes with their addressee, voice and reason, a summary, what was counted,
 *   and diagnostics in `write-to-child` and `readability`.
 * @example analyseNote('I visited you today. You showed me your drawings.').summary.writtenToChildShare // 1
 */
export function analyseNote(text: string, context: NoteContext = {}, options: AnalyseOptions = {}): NoteAnalysis {
  if (typeof text !== 'string')
    throw new LintOptionsError('analyseNote', 'text', `must be a string, not ${typeof text}`);
  return analyseTree(text, undefined, validateNoteContext(context), validateAnalyseOptions(options));
}

/** `analyseNote` over a note the linter has already parsed. */
export function analyseTree(
  text: string,
  parsed: readonly ParsedSentence[] | undefined,
  context: NoteContext = {},
  options: AnalyseOptions = {},
): NoteAnalysis {
  return finish(analyseSteps(text, parsed, context, options));
}

/**
 * `analyseNote` in steps, for a caller that must not hold the page up on a very long note: it
 * yields after each sentence (and each paragraph read, each piece parsed), so the caller can pause
 * between steps and drop the work if the note changes. Run to the end, it gives what `analyseNote`
 * gives.
 *
 * @example
 * const steps = analyseNoteInSteps(text);
 * for (let step = steps.next(); !step.done; step = steps.next()) if (timeIsUp()) await nextTask();
 */
export function analyseNoteInSteps(
  text: string,
  context: NoteContext = {},
  options: AnalyseOptions = {},
): Generator<void, NoteAnalysis, void> {
  if (typeof text !== 'string')
    throw new LintOptionsError('analyseNote', 'text', `must be a string, not ${typeof text}`);
  return analyseSteps(text, undefined, validateNoteContext(context), validateAnalyseOptions(options));
}

function* analyseSteps(
  text: string,
  parsed: readonly ParsedSentence[] | undefined,
  context: NoteContext,
  options: AnalyseOptions,
): Generator<void, NoteAnalysis, void> {
  const sentences = yield* readNoteSteps(text, parsed);
  const household = context.household ?? [];
  const { child, address } = yield* readNoteAddress(sentences, context);
  yield;
  // all fields set: one shape
  const referents: Referents = {
    female: null,
    male: null,
    plural: null,
    topic: null,
    topicGender: null,
    topicRole: false,
    generic: false,
  };
  const analysed: SentenceAnalysis[] = [];
  const readings: VoiceReading[] = [];
  const reads: NoteAddress['sentences'][number][] = [];
  const diagnostics: Diagnostic[] = [];
  const childLabel = child.displayName ?? 'the child';
  // whether each sentence last spoke of a group of children ("Young people shared…"), not one child
  const aboutGroup: boolean[] = [];
  // the same words for every sentence about the child: written once for the note
  const aboutChildMessage = `This sentence is about ${childLabel}; could you write it to ${pronounFor(child)}?`;
  const aboutChildExplanation = `Notes written to the child (“I visited you”) are easier for ${childLabel} to read later and keep the record about their life, in words they would recognise.`;

  // each sentence read in a function of its own: the engine optimises it within the first lint,
  // instead of compiling this once-a-lint generator, with all it calls inlined, many lints later
  // whose words the note's first person records: the child's when the writer names themself as the host's child
  const childWrites =
    address.writerIsChild || (child.evidence === 'context' && writerNamesThemselfAsChild(sentences, child.names));
  const note: NoteSoFar = {
    text,
    child,
    address,
    childWrites,
    referents,
    aboutGroup,
    analysed,
    readings,
    reads,
    diagnostics,
    childLabel,
    aboutChildMessage,
    aboutChildExplanation,
    recordGoesOn: false,
  };
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex += 1) {
    analyseSentence(note, sentences[sentenceIndex] as NoteSentence, sentenceIndex);
    yield;
  }

  // whose words a sentence records may depend on the sentences around it (a quotation running on)
  const given = new Set<string>(childNouns);
  if (child.evidence === 'context') for (const name of child.names) given.add(name.toLowerCase());
  const own = interviewAnswers(
    sentences,
    ownAccount(sentences, settleVoices(sentences, readings, given, text), childWrites, context.writer === 'child'),
    analysed,
  );
  const settled = namedChildNotSpeaking(sentences, own, child.evidence === 'context' ? child.names : new Set<string>());
  for (const [index, reading] of settled.entries()) {
    const sentence = analysed[index] as SentenceAnalysis;
    // "He got agitated. “I ain't a bad person.”": one child's words quoted after a sentence about them are about them
    // (a sentence that reads as a child's words alone keeps this reading of its kind when the quotation proves an adult's)
    const ownWords =
      (reading.voice === 'child' || readings[index]?.voice === 'child') &&
      sentence.kind === 'neutral' &&
      !address.writerIsChild &&
      opensQuoted(sentences[index] as NoteSentence) &&
      analysed[index - 1]?.kind === 'about-child' &&
      aboutGroup[index - 1] === false;
    if (ownWords) Object.assign(sentence, { kind: 'about-child', quotedAboutChild: false });
    if (reading === readings[index] && !ownWords) continue;
    sentence.voice = reading.voice;
    sentence.childVoice = reading.voice === 'child';
    sentence.speaker = reading.speaker;
    sentence.reason = reasonFor(
      sentence.kind,
      reading.voice,
      reading.speaker,
      childLabel,
      reads[index] as NoteAddress['sentences'][number],
    );
  }
  // pushed in one pass, not filtered and mapped: optimised code makes `map`'s arrays holey, a second shape
  const counted: NoteAnalysis['counted'] = { toChild: [], aboutChild: [], childVoice: [] };
  let prompted = 0;
  for (const sentence of analysed) {
    if (sentence.kind === 'to-child') counted.toChild.push({ from: sentence.from, to: sentence.to });
    else if (sentence.kind === 'about-child') counted.aboutChild.push({ from: sentence.from, to: sentence.to });
    if (sentence.kind === 'about-child' && !outsidePrompt.has(sentence)) prompted += 1;
    if (sentence.voice === 'child') counted.childVoice.push({ from: sentence.from, to: sentence.to });
  }
  const toChild = counted.toChild.length;
  const aboutChild = counted.aboutChild.length;
  const writtenToChildShare = toChild + aboutChild === 0 ? null : toChild / (toChild + aboutChild);
  // whether to prompt leaves out sentences about a parent's son or daughter (sentence-kind.ts `outsidePrompt`); what
  // the prompt says counts as the meter and the audit do, so every figure shown is the same (under the threshold here,
  // it is under it there too: the meter counts at least as many sentences about the child)
  const promptShare = toChild + prompted === 0 ? null : toChild / (toChild + prompted);
  const childVoice = counted.childVoice.length > 0;
  const threshold = options.threshold ?? 0.5;
  // a letter to a parent or a colleague is not meant to speak to the child: no prompt to
  const toAdult = address.note === 'other';

  if (promptShare !== null && promptShare < threshold && !toAdult) {
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

  // read only when the host names a household: most lints have none
  const firstNames = new Set<string>();
  if (household.length > 0)
    for (const sentence of sentences) for (const word of sentence.words) firstNames.add(word.text.replace(/'s$/i, ''));
  const missingChildren: string[] = [];
  for (const member of household) {
    const isTheChild = context.child && member.name === context.child.name;
    if (isTheChild && toChild > 0) continue;
    if (![member.name, ...(member.aliases ?? [])].some((name) => firstNames.has(name.split(/\s+/)[0] as string)))
      missingChildren.push(member.name);
  }
  for (const name of missingChildren) {
    diagnostics.push({
      ...noteLevel(
        'household-child-not-mentioned',
        'info',
        `This note does not mention ${name} yet`,
        `Every child in the household has their own needs. Say how ${name} is, what they said or why they were not seen, so each child is considered on their own and as part of the family.`,
        householdGuide,
      ),
      subject: { child: name },
    });
  }

  const toChildSentences = sentences.filter((_, index) => analysed[index]?.kind === 'to-child');
  yield;
  diagnostics.push(...hardForChild(text, toChildSentences, context.child?.age));
  yield;

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
    addressee: address.note,
    counted,
    diagnostics,
  };
}

/** What the per-sentence step reads and adds to: the note's readings so far (one object a lint). */
interface NoteSoFar {
  text: string;
  child: ChildIdentity;
  address: NoteAddress;
  /** Whether the note's first person is the child (for whose words a sentence records). */
  childWrites: boolean;
  referents: Referents;
  aboutGroup: boolean[];
  analysed: SentenceAnalysis[];
  readings: VoiceReading[];
  reads: NoteAddress['sentences'][number][];
  diagnostics: Diagnostic[];
  childLabel: string;
  aboutChildMessage: string;
  aboutChildExplanation: string;
  /**
   * The sentence before named the child ("Client interviewed…", "the boy", a name) or went on about them with no
   * subject ("Was referred…"): a record's next subjectless sentence goes on about them too.
   */
  recordGoesOn: boolean;
}

/** Reads one sentence: its roles, kind, voice and reason, and its findings. */
function analyseSentence(note: NoteSoFar, sentence: NoteSentence, sentenceIndex: number): void {
  const { text, child, address, referents, aboutGroup, analysed, readings, reads, diagnostics, childLabel } = note;
  const read = address.sentences[sentenceIndex] as NoteAddress['sentences'][number];
  // "Client interviewed for first time… Was referred from…": a record's sentence with no subject goes on about the
  // child the sentence before named (not one whose "he" may be anyone: "…he was really moody. Got home about 4.")
  const childTopic = note.recordGoesOn && referents.generic !== true;
  const roles = resolveRoles(sentence, child, referents);
  aboutGroup.push(referents.plural === 'children');
  addressRoles(sentence, roles, read);
  const kind = sentenceKind(roles, sentence, child, read, childTopic);
  note.recordGoesOn =
    kind === 'about-child' &&
    (roles.includes('child-phrase') || roles.includes('child-name') || (childTopic && opensWithoutSubject(sentence)));
  const reading = readVoice(
    sentence,
    roles,
    read,
    note.childWrites,
    readings.at(-1)?.voice,
    child.evidence === 'context' ? child.names : undefined,
  );
  const { voice, speaker } = reading;
  readings.push(reading);
  reads.push(read);
  analysed.push({
    from: sentence.from,
    to: sentence.to,
    kind,
    quotedAboutChild: kind === 'neutral' && quotedAboutChild(sentence, child),
    childVoice: voice === 'child',
    // (a sentence counted as said to the child, in the writer's own words, is addressed to them: "Laugh more." in a
    // letter to them; quoted words address no one for the writer)
    addressee:
      speaksToSomeone(sentence, read) || (kind === 'to-child' && read.addressee === 'child' && !opensQuoted(sentence))
        ? read.addressee
        : 'none',
    voice,
    speaker,
    reason: reasonFor(kind, voice, speaker, childLabel, read),
  });
  if (parentsChildOnly.has(roles)) outsidePrompt.add(analysed.at(-1) as SentenceAnalysis);
  selfReferences(text, sentence, roles, diagnostics);
  if (kind === 'about-child' && address.note !== 'other' && !address.writerIsChild && !unhinted.has(roles)) {
    const rewrite = rewriteSentence(sentence, roles, child);
    const firstReference = roles.findIndex((role) => childRoles.includes(role));
    const from = rewrite?.from ?? sentence.words[firstReference]?.start ?? sentence.from;
    const to = rewrite?.to ?? sentence.words[firstReference]?.end ?? sentence.to;
    const finding: Diagnostic = {
      from,
      to,
      ruleId: 'about-child-sentence',
      category: 'write-to-child',
      severity: 'hint',
      message: note.aboutChildMessage,
      explanation: note.aboutChildExplanation,
      actual: text.slice(from, to),
      suggestions: [],
      source: recordingGuide,
    };
    // a rewrite that would not read cleanly ("an you", "you you") is left to the writer, and one is offered only
    // where the reader is known to be the child (rewrite-certain.ts); checked when first read, as rules' fixes are
    if (rewrite && rewriteReaderKnown(address, child))
      suggestLater(finding, () => (fixReadsCleanly(text, from, to, rewrite.replacement) ? [rewrite.replacement] : []));
    diagnostics.push(finding);
  }
}

/** Whether a sentence opens inside a quotation (carried on, or opened by its first word). */
const opensQuoted = (sentence: NoteSentence): boolean =>
  sentence.quoteCarried === true || sentence.words[0]?.quoted === true;
