/**
 * Fits one suggestion to its sentence: the verb group takes the sentence's tense, person and
 * auxiliaries; articles agree; no determiner or word is doubled at the edges; a pronoun brings its
 * verb along. Returns the range to replace and the words, or undefined when no fit reads correctly.
 */
import type { Token } from '@casenote/rules';
import { edWordDescribes, opensWithModifier } from './noun-phrase.ts';
import { fitNumber } from './fit-number.ts';
import { describesNextNoun, ingNouns } from './noun-number.ts';
import { placeVerbGroupOnce, readingsOf, type FitContext } from './slot.ts';
import { readVerbal, renderVerbalOnce } from './suggestion.ts';
import { isKnownVerbForm, thirdPersonLemma, verbReadings } from './verbs.ts';
import { articles, beForms, degreeWords, determiners, isAuxiliary, isPossessive, takesAn } from './word-classes.ts';
import { wordSet } from '../word-set.ts';

export interface Fitted {
  /** Offsets into the text (UTF-16). */
  from: number;
  to: number;
  /** The words, with the suggestion's own capitalisation (the sentence's is applied afterwards). */
  text: string;
  /** Index of the first token replaced, to tell whether the fix starts the sentence. */
  fromToken: number;
}

const intransitive = new Set([
  'go',
  'come',
  'run',
  'die',
  'live',
  'stay',
  'arrive',
  'happen',
  'disagree',
  'seem',
  'become',
]);
// uncountable: "a lifestyle choice" → "exploitation", not "an exploitation"
const massNouns = new Set([
  'exploitation',
  'abuse',
  'harm',
  'violence',
  'neglect',
  'support',
  'help',
  'advice',
  'information',
]);
/** Words that go on a verb's group, not a noun ("saying no", "acting out"; "talking therapy" is a noun phrase). */
const groupWords = wordSet('no not up out off with to for on in back away at about their his her the a an');
/** "a difficult, sensitive, ": describing words in a list after an article, before the flagged words. */
const describingListBefore = /\b(?:a|an|the|any|some|their|his|her|my|your|our)\s+(?:[\p{Ll}-]+,\s+){1,4}$/u;
const whWords = new Set(['what', 'who', 'how', 'where', 'when', 'why']);
const objectPronouns = new Set(['her', 'him', 'them', 'me', 'us']);
const linkingVerbs = new Set(['seem', 'look', 'appear']);
const subjectAgreement: Record<string, Record<string, string>> = {
  plural: {
    is: 'are',
    was: 'were',
    has: 'have',
    does: 'do',
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
  },
  i: { is: 'am', are: 'am', has: 'have', does: 'do', were: 'was', "doesn't": "don't", "hasn't": "haven't" },
};

const linkedBefore = (tokens: readonly Token[], index: number): Token | undefined =>
  index > 0 && !tokens[index]?.breakBefore ? tokens[index - 1] : undefined;
const linkedAfter = (tokens: readonly Token[], index: number): Token | undefined =>
  tokens[index]?.breakBefore === false ? tokens[index] : undefined;

/**
 * Suggestions come from the rule data, so each is read as a verb group once (the readings are
 * never changed by the fitting).
 */
const verbalReadings = new Map<string, ReturnType<typeof readVerbal>>();
function readVerbalOnce(suggestion: string): ReturnType<typeof readVerbal> {
  if (verbalReadings.has(suggestion)) return verbalReadings.get(suggestion);
  const verbal = readVerbal(suggestion);
  // a host's own suggestions are bounded too, but a cap keeps memory in check whatever they are
  if (verbalReadings.size < 10_000) verbalReadings.set(suggestion, verbal);
  return verbal;
}

/** A suggestion's words, split once (the arrays are never changed: a fit that drops or adds a word copies). */
const suggestionWords = new Map<string, { words: readonly string[]; lower: readonly string[]; joined: string }>();
function wordsOf(suggestion: string): { words: readonly string[]; lower: readonly string[]; joined: string } {
  let split = suggestionWords.get(suggestion);
  if (!split) {
    const words = suggestion.split(/\s+/).filter(Boolean);
    split = { words, lower: words.map((word) => word.toLowerCase()), joined: words.join(' ') };
    if (suggestionWords.size < 10_000) suggestionWords.set(suggestion, split);
  }
  return split;
}

/** Whether the `count` words the sentence has right after the finding are the suggestion's last `count`. */
function tailFollows(lower: readonly string[], tokens: readonly Token[], end: number, count: number): boolean {
  if (end + count > tokens.length) return false;
  for (let offset = 0; offset < count; offset++) {
    const token = tokens[end + offset] as Token;
    if (token.breakBefore || token.lower !== lower[lower.length - count + offset]) return false;
  }
  return true;
}

/**
 * The "-ly" word that opens a suggestion whose next word is a regular verb's past form ("sexually abused",
 * "criminally exploited"), or undefined: the verb is fitted and the manner word kept before it.
 */
function verbAfterManner(words: readonly string[]): string | undefined {
  const [manner, verb] = words;
  if (!manner || !verb || !/^\p{Ll}+ly$/u.test(manner) || verbReadings(manner).length > 0) return undefined;
  return verbReadings(verb).some((reading) => reading.form === 'past') ? manner : undefined;
}

/**
 * How far a fit of `suggestion` may reach beyond the flagged words (see `fitSuggestion`): `any` for a lone "I",
 * "you", "we" or "they" (an article before, a verb after); `verb` for a verb group, or a manner word before a verb
 * (the verb group's auxiliary or "be" or "have" before, an article before that, "as" after); otherwise only an "a"
 * or "an" before. Read whole and without the last one or two words (`tailFollows`); worked out once a suggestion.
 */
export function reachOf(suggestion: string): 'any' | 'verb' | 'article' {
  let reach = reachCache.get(suggestion);
  if (reach === undefined) {
    const { words } = wordsOf(suggestion);
    reach = verbAfterManner(words) === undefined ? 'article' : 'verb';
    for (let count = 0; count <= Math.min(2, words.length - 1); count++) {
      const kept = words.slice(0, words.length - count);
      if (kept.length === 1 && lonePronouns.test(kept[0] as string)) reach = 'any';
      else if (reach === 'article' && readVerbalOnce(kept.join(' ')) !== undefined) reach = 'verb';
    }
    if (reachCache.size < 10_000) reachCache.set(suggestion, reach);
  }
  return reach;
}
const reachCache = new Map<string, 'any' | 'verb' | 'article'>();
const lonePronouns = /^(i|you|we|they)$/i;

/** Whether no fit of any of `suggestions` can take in a word beside the flagged words of `context` (`reachOf`). */
export function fitsStayInside(context: FitContext, suggestions: readonly string[]): boolean {
  const { tokens, start, end } = context;
  let verb = false;
  for (const suggestion of suggestions) {
    const reach = reachOf(suggestion);
    if (reach === 'any') return false;
    if (reach === 'verb') verb = true;
  }
  const before = linkedBefore(tokens, start)?.lower;
  if (before === 'a' || before === 'an') return false;
  if (!verb) return true;
  if (before !== undefined && (articles.has(before) || isAuxiliary(before))) return false;
  return linkedAfter(tokens, end)?.lower !== 'as';
}

/** Fits `suggestion` to the finding in `context`. */
export function fitSuggestion(context: FitContext, suggestion: string): Fitted | undefined {
  const { tokens, start, end } = context;
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const split = wordsOf(suggestion);
  let words = split.words;
  let joined = split.joined;
  // a word the sentence already has just after the finding: "S47 enquiry" → "child protection enquiry"
  for (let count = Math.min(2, words.length - 1); count > 0; count--) {
    if (tailFollows(split.lower, tokens, end, count)) {
      words = words.slice(0, -count);
      joined = words.join(' ');
      break;
    }
  }
  // "[troubled] pupils" → "struggling pupils", not "struggled pupils"
  if (words.length === 1 && /ing$/i.test(joined) && edWordDescribes(context))
    return edgesAgree(context, { from: first.start, to: last.end, text: joined, fromToken: start });
  const verbal = readVerbalOnce(joined);
  // "challenging behaviour": a noun phrase, which only a noun phrase may replace
  const modifier = opensWithModifier(context);
  if (modifier && verbal?.certain) return undefined;
  const firstIsVerb = !modifier && readingsOf(first.lower, context.ruleLemmas).length > 0;
  // "having sex with" → "sexually abusing": a manner word before the suggestion's verb, which alone takes the slot's
  // form, where the flagged words open with a verb ("sexually exploited girls" for a noun stays a noun phrase)
  const manner = firstIsVerb ? verbAfterManner(words) : undefined;
  const mannerVerbal = manner ? readVerbalOnce(words.slice(1).join(' ')) : undefined;
  if (manner && mannerVerbal && !mannerVerbal.auxiliaryHead && !mannerVerbal.modal) {
    // "touched her inappropriately" → not "sexually touched": an object inside the flagged words would be lost
    for (let index = start + 1; index < end - 1; index++)
      if (objectPronouns.has((tokens[index] as Token).lower)) return undefined;
    const fitted = fitVerbal(context, mannerVerbal);
    if (!fitted) return undefined;
    // "interfered with her" → "sexually abused her": a verb alone keeps the flagged words' object, as below
    const object = mannerVerbal.rest.length === 0 && objectPronouns.has(last.lower);
    const text = `${manner} ${fitted.text}${object ? ` ${context.text.slice(last.start, last.end)}` : ''}`;
    return edgesAgree(context, { ...fitted, text }, mannerVerbal.rest.length === 0);
  }
  if (verbal && (verbal.certain || firstIsVerb)) {
    let fitted = fitVerbal(context, verbal);
    // "smack them" → "hit them": a verb alone keeps the flagged words' object
    if (fitted && verbal.rest.length === 0 && objectPronouns.has(last.lower) && !objectPronouns.has(verbal.lemma))
      fitted = { ...fitted, text: `${fitted.text} ${context.text.slice(last.start, last.end)}` };
    // "distressed behaviour" may be a noun phrase after all
    // a group that ends in its verb takes the object itself: "non-compliant with the plan" → "did not follow the plan"
    if (fitted || verbal.certain) return fitted && edgesAgree(context, fitted, verbal.rest.length === 0);
  }
  if (!modifier && isKnownVerbForm(first.lower, context.ruleLemmas)) {
    // a finite verb replaced by a noun phrase ("she gives as good as she gets" → "violence")
    const forms = readingsOf(first.lower, context.ruleLemmas);
    const before = linkedBefore(tokens, start);
    const afterDeterminer = before && (determiners.has(before.lower) || isPossessive(before.lower));
    if (!afterDeterminer && (forms.includes('third') || forms.includes('past'))) return undefined;
  }
  let from = first.start;
  let fromToken = start;
  let to = last.end;
  const before = linkedBefore(tokens, start);
  const pronoun = words.length === 1 ? (words[0] as string).toLowerCase() : '';
  if (/^(i|you|we|they)$/.test(pronoun)) {
    if (before && /^(a|an|the)$/.test(before.lower)) {
      from = before.start;
      fromToken = start - 1;
    } else if (before && (determiners.has(before.lower) || isPossessive(before.lower))) return undefined;
    const verb = linkedAfter(tokens, end);
    if (verb) {
      const agreed = subjectAgreement[pronoun === 'i' ? 'i' : 'plural']?.[verb.lower];
      const base = agreed ? undefined : thirdPersonLemma(verb.lower);
      const replacement = agreed ?? (base && isKnownVerbForm(verb.lower, [base]) ? base : undefined);
      if (replacement) {
        words = [...words, replacement];
        to = verb.end;
      }
    }
    return edgesAgree(context, { from, to, text: words.join(' '), fromToken });
  }
  if (before && words.length > 1 && determiners.has((words[0] as string).toLowerCase())) {
    if ((determiners.has(before.lower) && before.lower !== 'that') || isPossessive(before.lower))
      words = words.slice(1);
  }
  if (words.length === 0) return undefined;
  const head = (words[0] as string).toLowerCase();
  // "was very disrespectful" → "was very struggling": a degree word cannot take a verb's "-ing"
  if (
    before &&
    degreeWords.has(before.lower) &&
    (head === 'not' || verbReadings(head).some((reading) => reading.form === 'ing'))
  )
    return undefined;
  // "what the child did" cannot follow "the" or "There are"
  if (
    whWords.has(head) &&
    before &&
    (determiners.has(before.lower) || isPossessive(before.lower) || beForms.has(before.lower))
  )
    return undefined;
  // "an oppositional child" → not "a saying no child"; "a difficult, sensitive, oppositional, or challenging child" → not
  // "…, saying no, or …": a verb group of more words than one cannot stand before its noun (fix-reading-32.yml)
  if (
    words.length > 1 &&
    groupWords.has((words[1] as string).toLowerCase()) &&
    !ingNouns.has(head) &&
    verbReadings(head).some((reading) => reading.form === 'ing') &&
    (describesNextNoun(tokens, start, end) ||
      describingListBefore.test(context.text.slice(Math.max(0, first.start - 80), first.start)))
  )
    return undefined;
  // "is being privately fostered" → not "is being living with …": a verb's "-ing" cannot follow "being"
  if (before?.lower === 'being' && !ingNouns.has(head) && verbReadings(head).some((r) => r.form === 'ing'))
    return undefined;
  // "in a living with…", "the looking for a new family": a verb's "-ing" cannot follow an article
  if (
    before &&
    articles.has(before.lower) &&
    !ingNouns.has(head) &&
    verbReadings(head).some((r) => r.form === 'ing') &&
    !describesNextNoun(tokens, start, end)
  )
    return undefined;
  // the number and determiner of the flagged words' place: "care leavers" → "care-experienced young people"
  const numbered = fitNumber(context.text, tokens, start, end, words);
  if (!numbered) return undefined;
  words = numbered;
  if (before && (before.lower === 'a' || before.lower === 'an') && words.length === 1 && massNouns.has(head)) {
    from = before.start;
    fromToken = start - 1;
  } else if (before && (before.lower === 'a' || before.lower === 'an')) {
    const wantsAn = takesAn(words[0] as string);
    if (wantsAn !== (before.lower === 'an')) {
      const written = context.text.slice(before.start, before.end);
      const article = wantsAn ? 'an' : 'a';
      words = [written.charAt(0) === 'A' ? `A${article.slice(1)}` : article, ...words];
      from = before.start;
      fromToken = start - 1;
    }
  }
  return edgesAgree(context, { from, to, text: words.join(' '), fromToken });
}

// words that need what follows them: "got physical with" → "became violent" would leave "Mum" hanging
const needsObject = new Set([
  'with',
  'to',
  'for',
  'about',
  'of',
  'towards',
  'by',
  'into',
  'in',
  'from',
  'at',
  'through',
  'a',
  'an',
  'the',
]);
const clauseWords = new Set(
  'and or but when because as so then while if after before until at in on to with for from by of'.split(' '),
);
// after these, a verb follows without "to": "failed to engage" → "did not engage"
const takesBareVerb = new Set([
  'not',
  'did',
  'do',
  'does',
  'can',
  'could',
  'will',
  'would',
  'should',
  'must',
  'may',
  'might',
]);

/**
 * The fit, unless it leaves a word hanging: a suggestion ending "towards" where the sentence has no
 * object for it, or "got physical with her" → "became violent her". A verb takes the object itself
 * ("exposed to domestic abuse" → "experienced domestic abuse").
 */
function edgesAgree(context: FitContext, fitted: Fitted, endsWithVerb = false): Fitted | undefined {
  const { tokens } = context;
  let replacedAt = tokens.length - 1;
  while (replacedAt >= 0) {
    const token = tokens[replacedAt] as Token;
    if (token.start >= fitted.from && token.end <= fitted.to) break;
    replacedAt--;
  }
  const replaced = tokens[replacedAt];
  const lastWord = fitted.text.slice(fitted.text.lastIndexOf(' ') + 1).toLowerCase();
  if (!replaced || lastWord === '') return lastWord === '' ? undefined : fitted;
  const spanNeeds = needsObject.has(replaced.lower);
  const fitNeeds = needsObject.has(lastWord);
  const next = tokens[replacedAt + 1];
  const objectFollows = next?.breakBefore === false;
  // "did not attend nursery" → "was not brought to nursery"; but not "became violent towards and…"
  if (fitNeeds && !spanNeeds && !(objectFollows && !clauseWords.has((next as Token).lower))) return undefined;
  if (spanNeeds && !fitNeeds && objectFollows) {
    if (replaced.lower === 'to' && takesBareVerb.has(lastWord)) return fitted;
    if (!endsWithVerb && verbReadings(lastWord).length === 0 && !isKnownVerbForm(lastWord)) return undefined;
  }
  return fitted;
}

function fitVerbal(context: FitContext, verbal: NonNullable<ReturnType<typeof readVerbal>>): Fitted | undefined {
  const { tokens, end } = context;
  const passiveOk = !(
    verbal.doSupport ||
    verbal.perfect ||
    verbal.modal ||
    verbal.negation.length > 0 ||
    intransitive.has(verbal.lemma) ||
    // "have" of what one has is never passive: "He is handicapped" → "He has a learning disability", not "is had …"
    verbal.lemma === 'have'
  );
  const placement = placeVerbGroupOnce(context, { lemma: verbal.lemma, perfect: verbal.perfect, passiveOk });
  if (!placement) return undefined;
  if (placement.afterDo && (verbal.lemma === 'be' || verbal.negation.length > 0 || verbal.perfect)) return undefined;
  if (placement.adverbBetween && verbal.negation.length > 0) return undefined;
  const text = renderVerbalOnce(verbal, placement.slot);
  if (!text) return undefined;
  let fromToken = placement.from;
  let fitted = text;
  // the auxiliary goes with the fix, so the card reads "is putting herself at risk" → "is at risk"
  const auxiliary = linkedBefore(tokens, fromToken);
  if (verbal.auxiliaryHead && auxiliary && fromToken === context.start && isAuxiliary(auxiliary.lower)) {
    fitted = `${context.text.slice(auxiliary.start, auxiliary.end)} ${text}`;
    fromToken -= 1;
  }
  let to = (tokens[end - 1] as Token).end;
  // "presented as anxious" → "seemed anxious": the "as" would dangle
  const as = linkedAfter(tokens, end);
  if (as?.lower === 'as' && linkingVerbs.has(verbal.lemma) && !/^(if|though)$/.test(tokens[end + 1]?.lower ?? ''))
    to = as.end;
  return { from: (tokens[fromToken] as Token).start, to, text: fitted, fromToken };
}
