import { opensWithSpeaker } from './addressee.ts';
import type { NoteSentence } from './read-note.ts';
import { isChildNoun } from './voice-speaker.ts';
import { firstPerson } from './voice-words.ts';
import type { VoiceReading } from './voice.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const quoteVerbs = ['quote', 'quoted', 'quotes'];
const fromBy = ['from', 'by'];

/**
 * Who a quotation is from when the note says so after it: "Quote from a child's therapist",
 * "quoted from a young person". Someone of the child's ("a young person's teacher") is not the child.
 */
function quoteSource(sentence: NoteSentence): VoiceReading | null {
  const words = sentence.words;
  for (let index = 0; index + 1 < words.length; index += 1) {
    const word = words[index] as NoteSentence['words'][number];
    if (word.quoted || !quoteVerbs.includes(word.lower)) continue;
    if (!fromBy.includes(words[index + 1]?.lower ?? '')) continue;
    let head = -1;
    let owned = false;
    for (let next = index + 2; next < words.length && next - index <= 8; next += 1) {
      const part = words[next] as NoteSentence['words'][number];
      if (part.quoted || (next > index + 2 && part.breakBefore)) break;
      if (/'s$|s'$/.test(part.lower)) owned = true;
      else head = next;
    }
    if (head === -1) return null;
    const speaker = (words[head] as NoteSentence['words'][number]).text;
    return { voice: !owned && isChildNoun(words, head) ? 'child' : 'other', speaker };
  }
  return null;
}

/** A reading that names no one but the quotation's own "I" or "we" (or no one at all). */
const unnamed = (reading: VoiceReading): boolean =>
  reading.speaker === null || firstPerson.has(reading.speaker.toLowerCase()) || reading.speaker.toLowerCase() === 'we';

/**
 * One quotation running over several sentences is one speaker's words: when a sentence of it names an
 * adult as its speaker (before it: "The carer said: “…”", inside or after it: "“… . …,” her carer
 * said"), every sentence of it that names nobody is that adult's too, even one that read alone looks
 * like a child speaking ("“I felt proud. I want him to focus on school.”"); when it names the child
 * the host named or a child by what they are ("one young person", "the girl"), every such sentence is
 * the child's ("“I was scared. It was a big step,” says Zach"). A pronoun is not enough to give a
 * quotation to the child ("he responded by saying, ‘…’" may be the manager), nor a name the analysis
 * only guessed. A quotation two speakers are named for is left as read. `given`: the names and
 * nouns, lower case, that are surely the child.
 */
function quotationRuns(sentences: NoteSentence[], settled: VoiceReading[], given: Set<string>): void {
  for (let first = 0; first < sentences.length; first += 1) {
    let last = first;
    while (last + 1 < sentences.length && (sentences[last + 1] as NoteSentence).quoteCarried) last += 1;
    if (last > first && (sentences[first] as NoteSentence).hasQuote) {
      // ("“… I immediately felt like a weight was lifted,” says Zach": the quotation's "I" is its speaker, not another)
      // (a child speaking inside the quotation, "…when Ruby said she wanted…", is not its speaker: its speaker is)
      const named = settled
        .slice(first, last + 1)
        .map((reading) => (reading.quotedReport ? reading.quotedBy : reading))
        .filter((reading): reading is VoiceReading => !!reading && !unnamed(reading) && reading.voice !== 'none');
      const owner = named[0];
      const sure = (reading: VoiceReading) =>
        reading.voice === 'other' ||
        (reading.voice === 'child' && given.has((reading.speaker ?? '').toLowerCase().replace(/'s$/, '')));
      if (owner && sure(owner) && named.every((reading) => reading.voice === owner.voice))
        for (let index = first; index <= last; index += 1)
          if (unnamed(settled[index] as VoiceReading)) settled[index] = owner;
    }
    first = last;
  }
}

/**
 * Whose words each sentence records, read across the note: a quotation that runs on from the
 * sentence before is still its speaker's, so an adult's quoted words stay theirs even where a
 * sentence of them, read alone, looks like a child speaking ("Anne Longfield said: “Young care
 * leavers tell me… I am determined to improve…”"), and a child's quotation running on stays the
 * child's ("Lauren said, “Carla has helped me… She has been supportive all the way.”"). A quotation
 * whose source is named after it ("‘I feel the carers…’ Quote from child's social worker") is that
 * source's, every sentence of it. Returns the readings, changed where the note says more than the
 * sentence alone.
 */
export function settleVoices(
  sentences: NoteSentence[],
  readings: VoiceReading[],
  given: Set<string> = new Set(),
  note = '',
): VoiceReading[] {
  const settled = [...readings];
  // each pass over the note a small function of its own, so the engine optimises it in the first lints
  adultQuotationsOverParagraphs(sentences, settled, given);
  carryQuotations(sentences, settled);
  quotationRuns(sentences, settled, given);
  childOpenedQuotations(sentences, settled);
  labelledSpeakers(sentences, settled);
  labelledTurns(sentences, settled, note);
  namedSources(sentences, settled);
  carersQuotations(sentences, settled);
  return settled;
}

/**
 * Quoted words that speak as one who brought children up or fosters them: "my own children have grown up", "the
 * first child I fostered", "the children we have adopted" (a child of a fostering family says "we foster", not "the
 * child we fostered").
 */
const carersWords =
  /\bmy own (?:children|kids|sons?|daughters?)\b|\b(?:child|children|kids?|boys?|girls?|babies|baby) (?:that |who )?(?:I|we)(?:'ve| have)? (?:fostered|adopted|looked after|cared for)\b|\b(?:came|moved) (?:to (?:live with )?us|in with us|into our (?:care|home|family))\b|\bplaced with us\b/i;

/**
 * A quotation no one is named as speaking, whose words speak as a foster carer or parent ("“I've got a piece of pottery
 * on top of my telly. … It was made for me at school by the first child I fostered…”", "“When Amy first came to us,
 * she'd never speak.”", a council's page of its carers' words beside its children's): every sentence of it read as the
 * child's with no speaker is the carer's.
 */
function carersQuotations(sentences: NoteSentence[], settled: VoiceReading[]): void {
  for (let first = 0; first < sentences.length; first += 1) {
    let last = first;
    while (last + 1 < sentences.length && (sentences[last + 1] as NoteSentence).quoteCarried) last += 1;
    if ((sentences[first] as NoteSentence).hasQuote) {
      const run = sentences.slice(first, last + 1);
      const quotedWords = run.map((sentence) =>
        sentence.words
          .filter((word) => word.quoted)
          .map((word) => word.text)
          .join(' '),
      );
      const readings = settled.slice(first, last + 1);
      const nobodyNamed = readings.every((reading) => reading.speaker === null);
      if (nobodyNamed && quotedWords.some((words) => carersWords.test(words)))
        for (let index = first; index <= last; index += 1)
          if ((settled[index] as VoiceReading).voice === 'child') settled[index] = { voice: 'other', speaker: null };
    }
    first = last;
  }
}

/** Words in a quotation that speak to or of someone else: an adult's letter to a child, a carer on a child. */
const addressing = new Set([
  'you',
  'your',
  "you're",
  "you've",
  "you'll",
  'she',
  'he',
  'her',
  'him',
  'his',
  "she's",
  "he's",
]);

/**
 * A quotation read as the child's with no speaker named (the whole sentence quoted, in the first person) runs on into
 * a sentence all within it that names no one and speaks to or of no one ("“I was 15 when I became a looked after child.
 * It was stressful, uncertain and unpredictable as well.”").
 */
function wholeQuoteRunsOn(previous: NoteSentence, sentence: NoteSentence): boolean {
  // (as for a quotation read alone, three words at least: "Good luck!" is said to someone)
  if (!previous.words[0]?.quoted || sentence.words.length < 3) return false;
  for (const word of sentence.words) if (!word.quoted || addressing.has(word.lower)) return false;
  return true;
}

/** A quotation running on from the sentence before keeps that sentence's speaker. */
function carryQuotations(sentences: NoteSentence[], settled: VoiceReading[]): void {
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const previous = sentences[index - 1] as NoteSentence;
    const before = settled[index - 1] as VoiceReading;
    const reading = settled[index] as VoiceReading;
    if (!sentence.quoteCarried || !previous.hasQuote || reading.speaker !== null) continue;
    if (before.voice === 'other') settled[index] = before;
    // "Lauren said, “Carla has helped me… She has been supportive all the way.”": the child's quotation running on
    // (only a quotation its own sentence gave to the child by name, pronoun or role: a guess is not carried on)
    else if (
      before.voice === 'child' &&
      !before.quotedReport &&
      (before.speaker !== null || wholeQuoteRunsOn(previous, sentence)) &&
      reading.voice !== 'other' &&
      sentence.words[0]?.quoted
    )
      settled[index] = { voice: 'child', speaker: before.speaker };
  }
}

/** Words outside a quotation that may be the child speaking it. */
const childLike = new Set(['she', 'he', 'her', 'him', 'his', 'they', 'them', 'their']);

/**
 * An adult's quotation left open at the end of a paragraph runs on into the next paragraph when that paragraph opens
 * with a quotation mark (a newspaper's way with a long quotation: each paragraph opens with the mark, only the last
 * closes): "Mr Jordan said: “We take the welfare of our students … fully. ⏎ “We have very robust policies …”" stays the
 * head teacher's, sentence by sentence, where no one else is named in it.
 */
function adultQuotationsOverParagraphs(sentences: NoteSentence[], settled: VoiceReading[], given: Set<string>): void {
  let start = 0;
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const previous = sentences[index - 1] as NoteSentence;
    if (sentence.paragraph === previous.paragraph) continue;
    const opened = sentences.slice(start, index).map((each) => each.text);
    start = index;
    const before = settled[index - 1] as VoiceReading;
    if (before.voice !== 'other' || !/^[\u201c"]/.test(sentence.text) || !leftOpen(opened.join(' '))) continue;
    // (only where the sentence that opened it names no child outside it: "…she replied: “Mum believed dad…" may be read
    // as the mother's and is the girl's)
    if (previous.words.some((word) => !word.quoted && (childLike.has(word.lower) || given.has(word.lower)))) continue;
    const run: string[] = [];
    for (let next = index; next < sentences.length; next += 1) {
      const own = sentences[next] as NoteSentence;
      if (own.paragraph !== sentence.paragraph || !unnamed(settled[next] as VoiceReading)) break;
      settled[next] = before;
      run.push(own.text);
      if (!leftOpen(run.join(' '))) break;
    }
  }
}

/** Whether a double quotation mark is left open at the end of the text ("“…" or a straight mark with no partner). */
function leftOpen(text: string): boolean {
  let open = false;
  for (const mark of text) {
    if (mark === '\u201c') open = true;
    else if (mark === '\u201d') open = false;
    else if (mark === '"') open = !open;
  }
  return open;
}

const closes = (text: string): boolean => text.includes('\u201d') || text.includes('"');

/**
 * A quotation the child opens (read as the child's, by the sentence or its tag) and that runs on over sentences or
 * lines before its closing mark is the child's to that mark ("“Me and my brothers had a game. ⏎ We asked her to sing.
 * ⏎ She was the only one who felt real to me.”"): each sentence up to the closing mark that names no one else is the
 * child's. A new paragraph that opens with a quotation mark or a speaker's label ends it (a new quotation or a new
 * speaker), and so does a sentence that names another speaker; a quotation only reported as the child's ("she said
 * that Amy told her…") is not carried.
 */
function childOpenedQuotations(sentences: NoteSentence[], settled: VoiceReading[]): void {
  for (let index = 0; index < sentences.length; index += 1) {
    const reading = settled[index] as VoiceReading;
    if (reading.voice !== 'child' || reading.quotedReport) continue;
    // (within its paragraph a quotation runs on as `carryQuotations` reads it: here only past the paragraph's end)
    const paragraph = (sentences[index] as NoteSentence).paragraph;
    let end = index;
    while (end + 1 < sentences.length && (sentences[end + 1] as NoteSentence).paragraph === paragraph) end += 1;
    const rest = sentences.slice(index, end + 1).map((sentence) => sentence.text);
    if (!leftOpen(rest.join(' '))) continue;
    for (let next = end + 1; next < sentences.length; next += 1) {
      const sentence = sentences[next] as NoteSentence;
      const newParagraph = sentence.paragraph !== (sentences[next - 1] as NoteSentence).paragraph;
      if (newParagraph && (/^[\u201c"]/.test(sentence.text) || opensWithSpeaker(sentence))) break;
      const own = settled[next] as VoiceReading;
      if (!unnamed(own) && own.voice !== 'child') break;
      settled[next] = { voice: 'child', speaker: reading.speaker };
      index = next;
      if (closes(sentence.text)) break;
    }
  }
}

/** "Everett: Aw, why not? … E: Can I throw sand at you?": a label of one letter is the speaker labelled before with it. */
function labelledSpeakers(sentences: NoteSentence[], settled: VoiceReading[]): void {
  const labels = new Map<string, VoiceReading>();
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const label = sentence.words[0];
    const reading = settled[index] as VoiceReading;
    if (!label || !opensWithSpeaker(sentence)) continue;
    if (/^\p{Lu}$/u.test(label.text)) {
      const earlier = labels.get(label.text);
      if (earlier && reading.speaker === null) settled[index] = earlier;
    } else if (reading.speaker === label.text && !labels.has(label.text[0] as string))
      labels.set(label.text[0] as string, reading);
  }
}

/**
 * A labelled turn of a transcript is its speaker's words to the end of its line ("Child 1: Erm that I talk too much??
 * Which I don't understand. I talk to my friends."): each later sentence on the label's line is the label's speaker's,
 * even one that reports someone else ("Sometimes the teacher says something and I don't hear"). Only a reading the
 * label gave (its speaker is the label) is carried, and a line break or the next label ends the turn. `note`: the
 * note's text, where the line breaks are.
 */
function labelledTurns(sentences: NoteSentence[], settled: VoiceReading[], note: string): void {
  if (!note.includes('\n')) return;
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const label = settled[index] as VoiceReading;
    if (label.voice === 'none' || !opensWithSpeaker(sentence)) continue;
    if (!sentence.words.slice(0, 2).some((word) => word.text === label.speaker)) continue;
    for (let next = index + 1; next < sentences.length; next += 1) {
      const following = sentences[next] as NoteSentence;
      const gap = note.slice((sentences[next - 1] as NoteSentence).to, following.from);
      if (gap.includes('\n') || opensWithSpeaker(following)) break;
      settled[next] = label;
      index = next;
    }
  }
}

/** A quotation whose source is named after it ("…’ Quote from child's social worker") is that source's, every sentence of it. */
function namedSources(sentences: NoteSentence[], settled: VoiceReading[]): void {
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const source = quoteSource(sentence);
    if (!source) continue;
    // the quotation ends in this sentence ("…communication.’ Quote from…") or just before it
    let last = sentence.hasQuote ? index : index - 1;
    if (last < 0 || !(sentences[last] as NoteSentence).hasQuote) continue;
    let first = last;
    while (first > 0 && (sentences[first] as NoteSentence).quoteCarried) first -= 1;
    for (; last >= first; last -= 1) settled[last] = source;
  }
}
