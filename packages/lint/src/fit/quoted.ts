/**
 * Words a one-click fix must leave as they are: words someone is quoted as saying or writing ("she was
 * told she was making “lifestyle choices”", "his file called him ‘naughty and dysfunctional’") and a
 * term the sentence names ("what was then known as child prostitution", "is called a Section 47
 * Investigation", "The term ‘attention seeker’ is often whispered", "the acronym 'LAC'", one of a list of quoted
 * words, a term the sentence opens with and defines ("‘Disguised compliance’ involves …", "Looked after children is an
 * official government term") or asks about ("What is a Child Protection Conference?"), a term a bracket or comma after
 * it names ("problem families (the old term for …)"), and words someone uses of a person ("shortened to just LAC
 * review", "They called my son a sex offender"). Changing them changes what was said, or names a term that does not
 * exist; the finding still explains the wording.
 */

/** Marks that open and close a quotation, by style. */
const styles = [
  { open: '\u201c', close: '\u201d' },
  { open: '\u2018', close: '\u2019' },
] as const;

const letter = /\p{L}/u;
const doubleMarks: ReadonlySet<string> = new Set(['\u201c', '"']);
const isLetter = (char: string): boolean => char !== '' && letter.test(char);

// "said", "told", "described as", "called": a quotation after one of these gives someone's words
const reportingWord =
  /\b(?:said|say|says|saying|told|tell|tells|telling|described|describe|describes|describing|call|called|calls|calling|termed|labelled|labeled|branded|wrote|write|writes|written|stated|states|recorded|noted|remarked|claimed|thought|believed|felt|referred|known|dismissed|seen|viewed|regarded|quoted|reported|accused)\b/i;

// "known as", "is called a", "is called your", "referred to as the", "the term", "another word for", "in the category
// of", "(formerly": the words after these name a term
const namingBefore =
  /(?:\(formerly|\b(?:known as|called(?:\s+(?:either|both))?|termed|referred to as|described as|named|so-called|(?:the|this|that) (?:term|terms|word|words|phrase|label|expression|acronym|abbreviation|initials)|(?:another|other|a) (?:word|words|term|name) for|(?:is|are|was|were) called (?:your|their|his|her|my|our)|(?:the )?category of))\s+(?:(?:an?|the)\s+)?(?:[\u201c\u2018"']\s*)?$/i;

// "…’, a term used by", "…” (a phrase)"
const termAfter = /^[\s,(]*(?:a|the|this)\s+(?:term|phrase|word|label|name|expression)\b/i;
// words with no quotation marks named as a term by a bracket or comma after them: "problem families (the old term
// for …)", "X, a term coined by …" (not "word" or "name": "his Mum, the word ‘Mummy’ …" names another word)
const termBeside = /^\s*[(,]\s*(?:a|an|the|this)\s+(?:[\p{L}-]+\s+){0,2}(?:term|phrase|label|expression)\b/iu;
// "shortened to just LAC review", "abbreviated to", "They called my son a sex offender": the words someone uses
const namedAs =
  /(?:\b(?:shortened|abbreviated)\s+(?:to|as)\s+(?:just\s+|simply\s+)?|\b(?:called|branded|labell?ed|dubbed|nicknamed)\s+(?:him|her|them|me|us|you|(?:my|his|her|their|our|your)\s+\p{L}+)\s+(?:as\s+)?)(?:(?:an?|the)\s+)?$/iu;

// "X (also known as Y)", "X, also known as Y,": the sentence names X as a term (fix-reading-25.yml: "a setting up home
// allowance (also known as a leaving care grant)", "Section 7 Reports, also known as Welfare Reports, are reports …")
// (fix-reading-26.yml: the noun it describes, a dash and two such words, "difficult-to-engage parents – also sometimes
// referred to as …")
const alsoKnownAfter =
  /^(?:\s+\p{Ll}+)?\s*[(,\u2013\u2014-]\s*(?:(?:also|sometimes|often|formerly|previously|otherwise)\s+){1,2}(?:known as|called|referred to as)\b/iu;
// the second of two names after "called either" ("are called either Children and Family Reporters or Children's Guardians")
const secondNameBefore = /\bcalled\s+(?:either|both)\s+[^.;:]{1,80}?\s+(?:or|and)\s+(?:(?:an?|the)\s+)?$/i;

/** Another quotation just before or after one, joined to it by a comma, "and" or "or" (a word such as "service" may follow each). */
const quotedBefore = /[”"’']\s*(?:[\p{L}-]+\s+)?(?:,|and|or)\s*(?:(?:and|or)\s+)?(?:the\s+)?$/u;
const quotedAfter = /^\s*(?:[\p{L}-]+\s+)?(?:,|and|or)\s*(?:(?:and|or)\s+)?(?:the\s+)?[“"‘']/u;

/**
 * The verbs by which a sentence defines the words it opens with ("‘Disguised compliance’ involves …", "… means …"),
 * or names them as a term ("Looked after children is an official government term").
 */
const defining =
  /^['’”"]?\s+(?:involves|means|refers to|describes|is defined as|is used to describe|stands for|stand for|(?:is|are) (?:an?|the) (?:[\p{L}-]+ ){0,2}(?:term|word|phrase|acronym|abbreviation|label|expression)\b)/iu;

/**
 * A sentence that opens with the term after "A", "An" or "The" (a noun it describes, a bracket or an "also known as"
 * between) and says what kind of thing it is: "A detention training order (DTO) is a sentence where …", "Section 7 Reports, also known as Welfare Reports, are reports which …", "A section 47
 * assessment means …", "Private fostering is when …". Not "The … is the community sentence most often used" nor "is
 * granted": only the kinds a glossary defines by, after "a", "an" or no article, and an order of a kind ("is a court
 * order", "is a private law order", "is a short term order", fix-reading-25.yml); not "is a meeting" nor "is an order",
 * which readers of earlier samples read right ("A review is a meeting to talk about …", "A Care Order is an order
 * which grants …").
 */
const articleOnly = /^\s*['‘“"]?\s*(?:(?:an?|the)\s+)?$/i;
const asideAfter =
  /^(?:\s+(?!(?:often|always|never|also|still|usually|sometimes|then|now|only|just)\b)\p{Ll}[\p{L}-]*(?<!ly)(?=\s+means\b))?(?:\s*\([^()]{1,40}\))?(?:,\s+also known as [^,]{1,60},)?/u;
const givesKind =
  /^['’”"]?\s+(?:means|involves|refers to|(?:is|are)\s+(?:when|where)\b|(?:is|are)\s+(?:an?\s+)?(?:(?!the\b|not\b)[\p{L}-]+\s+){0,3}(?:sentences?|contracts?|agreements?|permission|reports?)\b|(?:is|are)\s+(?:an?\s+)?(?:(?!the\b|not\b|an?\b)[\p{L}-]+\s+){1,3}orders?\b)/iu;

/**
 * The opening term named by a verb of naming, a noun it describes at most between: "A Section 47 enquiry might also be
 * referred to as a child protection enquiry …", "The first meeting is called …" (not "called off", "called to").
 */
const namedAfter =
  /^['’”"]?(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:(?:might|may|can|could|will|would|is|are|was|were|be|been|also|sometimes|often|commonly|usually|now|formerly|previously)\s+){1,4}(?:known as|referred to as|termed|called(?!\s+(?:off|out|in|for|to|back|on|upon|at|away|by)\b))\s/iu;

/** A question that asks what the words after it mean: "What is a Child Protection Conference?" */
const askingWhat = /^\s*['‘“"]?\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?['‘“"]?$/i;

/**
 * Whether the flagged words text[from, to) open their sentence (after at most a quotation mark) and the sentence
 * defines them or names them as a term, or the sentence asks what they are ("What is a Child Protection Conference?"): the term
 * itself is meant, and a gloss in its place would define the gloss.
 */
export function definesTerm(text: string, sentenceStart: number, from: number, to: number): boolean {
  const before = text.slice(sentenceStart, from);
  if (askingWhat.test(before) && /^['’”"]?\s*\?/.test(text.slice(to, to + 4))) return true;
  if (/^\s*['‘“"]?\s*$/.test(before) && defining.test(text.slice(to, to + 60))) return true;
  if (!articleOnly.test(before)) return false;
  const after = text.slice(to, to + 160);
  if (namedAfter.test(after)) return true;
  return givesKind.test(after.slice((asideAfter.exec(after) as RegExpExecArray)[0].length));
}

/** Where the last sentence in `text` ends (after ". ", "! " or "? "), or 0. */
function sentenceEndIn(text: string): number {
  let end = 0;
  for (const match of text.matchAll(/[.!?]["”’']?\s+/g)) end = match.index + match[0].length;
  return end;
}

/** Where a quotation around [from, to) opens and closes in text[start, end), or undefined. */
function quotationAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): { open: number; close: number } | undefined {
  for (const { open, close } of styles) {
    // most sentences hold no such mark: nothing to read (searched within the range, not the whole note)
    if (!text.slice(start, to).includes(open)) continue;
    let opened = -1;
    for (let index = start; index < to; index++) {
      const char = text.charAt(index);
      if (char === open) opened = index;
      // a closing single mark inside a word is an apostrophe ("child’s")
      else if (char === close && opened >= 0 && index < from && !isLetter(text.charAt(index + 1))) opened = -1;
    }
    if (opened < 0) continue;
    for (let index = Math.max(from, opened + 1); index < end; index++) {
      const char = text.charAt(index);
      if (char === close && !(close === '\u2019' && isLetter(text.charAt(index + 1))))
        return { open: opened, close: index };
    }
  }
  // straight double quotes: an odd number before the words opens a quotation
  let count = 0;
  let opened = -1;
  const firstDouble = from > start ? text.slice(start, from).indexOf('"') : -1;
  for (let index = firstDouble >= 0 ? start + firstDouble : from; index < from; index++) {
    if (text.charAt(index) === '"') {
      count++;
      opened = index;
    }
  }
  if (count % 2 === 1) {
    // (closed by a straight or a curly mark: "Here the victim willingly participated …”)
    const marks = [text.indexOf('"', to), text.indexOf('\u201d', to)].filter((at) => at >= 0);
    const close = marks.length > 0 ? Math.min(...marks) : -1;
    if (close >= 0 && close < end) return { open: opened, close };
  }
  // straight single quotes: one after a space and before a letter opens, one after a letter and before no letter closes
  let single = -1;
  const firstSingle = from > start ? text.slice(start, from).indexOf("'") : -1;
  for (let index = firstSingle >= 0 ? start + firstSingle : from; index < from; index++) {
    if (text.charAt(index) !== "'") continue;
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    if (!isLetter(before) && isLetter(after)) single = index;
    else if (isLetter(before) && !isLetter(after)) single = -1;
  }
  if (single >= 0) {
    for (let index = to; index < end; index++) {
      if (text.charAt(index) === "'" && !isLetter(text.charAt(index + 1))) return { open: single, close: index };
    }
  }
  return undefined;
}

/**
 * Whether the words text[from, to), with text[start, end) around them, are quoted as someone's (the
 * quotation holds more than them, or a word for saying or calling comes before it) or named as a
 * term. Single scare quotes round the words alone ("put on a ‘part-time timetable’") are neither; double marks
 * round them alone quote someone's word ("naming and shaming him as a “yob”").
 */
export function quotedOrNamed(text: string, start: number, end: number, from: number, to: number): boolean {
  const lead = text.slice(Math.max(start, from - 40), from);
  const trail = text.slice(to, to + 40);
  if (namingBefore.test(lead) || namedAs.test(lead) || termBeside.test(trail) || alsoKnownAfter.test(trail))
    return true;
  if (secondNameBefore.test(text.slice(Math.max(start, from - 120), from))) return true;
  const quotation = quotationAround(text, start, end, from, to);
  if (!quotation) return false;
  // "'unregulated placements', a term used by …"
  if (termAfter.test(text.slice(quotation.close + 1, quotation.close + 30))) return true;
  const inside = text.slice(quotation.open + 1, from) + text.slice(to, quotation.close);
  if (letter.test(inside)) return true;
  // double marks round the words alone quote someone's word ("shaming him as a “yob”", "creating the "underclass"");
  // single ones are mostly the writer's scare quotes ("update your ‘pathway plan’")
  if (doubleMarks.has(text.charAt(quotation.open))) return true;
  // "such as “attention seeking”, “sibling rivalries” and “lying”", "the "Early Help" service or the "Children in
  // Need" service": one of a list of quoted words, each someone's or a name
  if (
    quotedBefore.test(text.slice(Math.max(start, quotation.open - 40), quotation.open)) ||
    quotedAfter.test(text.slice(quotation.close + 1, Math.min(end, quotation.close + 40)))
  )
    return true;
  // the words before the quotation in its own sentence ("She said she was fine. The school put her on a ‘…’")
  const before = text.slice(start, quotation.open);
  const own = before.slice(sentenceEndIn(before));
  return reportingWord.test(own) || namingBefore.test(own);
}

/*
 * Findings the writer has already answered (the lead's rulings of the twenty-fourth session, read here beside the
 * fitter's reading of named and defined terms above): a term the sentence defines where it stands, and a word quoted as
 * a word to be criticised. The engine drops such a finding (`retext-case-note.ts`).
 */

// the sentence opens with the term: after a quotation mark, "A"/"An" or "Being a" at most ("The out-of-area placement
// means …" speaks of one placement, not of the term)
// precision35: or "The term …", "The phrase …" ("The term parental responsibility refers to …", dev-clean-31a), which
// names the words as words
const opensDefinition = /^\s*['‘“"]?\s*(?:(?:being\s+)?an?\s+|the\s+(?:term|phrase|expression)\s+)?['‘“"]?$/i;
// what may stand between the term and its definition: a closing mark, a bracket ("(FGC)"), ", also known as …,", or the
// Act it is a section of ("Section 20 of the Children Act 1989")
const definitionAside =
  /^['’”"]?(?:\s+(?!(?:is|are|was|were|means|which|who|that|and|or)\b)\p{Ll}[\p{L}-]*(?<!ly)(?=\s+(?:is|are|means)\b))?(?:\s*\([^()]{1,40}\))?(?:,\s+(?:also|otherwise)\s+known\s+as\s+[^,]{1,60},)?(?:\s+of\s+the\s+(?:[\p{Lu}][\p{L}()]*\s+){1,5}Act\s+\d{4})?/u;
// the word every reading of `defines` starts with: tested first, as compiling `defines` (case-insensitive, with Unicode
// letter classes) takes tens of milliseconds on a page's first lint, and most sentences that open with a term go on
// with some other word
const mayDefine = /^,?\s+(?:is|are|happens|occurs|applies|means|refers?)\b/iu;
// "is when", "happens when", "means that", "refers to", "is the name given to", "is an agreement between", "is a working
// tool that", "are arrangements made by", ", which sets out": the sentence says what the term is
const defines = new RegExp(
  [
    String.raw`^,?\s+(?:(?:is|are)\s+(?:when|where|whereby)\b`,
    String.raw`(?:happens|occurs|applies)\s+(?:when|where|if)\b`,
    String.raw`means\s+(?:that|when|where|being|an?|the)\b`,
    String.raw`refers?\s+to\b`,
    String.raw`(?:is|are)\s+(?:defined\s+as|used\s+to\s+describe)\b`,
    String.raw`(?:is|are)\s+(?:the|an?)\s+(?:[\p{L}-]+\s+)?(?:name|term|word|phrase)\s+(?:given|used|for)\b`,
    String.raw`(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,?\s+(?:that|which|who|where|whereby|between|made|given|set\s+up|in\s+which|to\s+(?!be\b)\p{Ll}+)\b`,
    // precision35: "is a document describing a course of action …" (dev-clean-31a): what the thing is, then what it sets down
    String.raw`(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:document|record|plan|form|agreement|report|order)s?\s+(?:describing|setting\s+out|recording|explaining|detailing|outlining|listing)\b`,
    // precision37: who the person is, what the thing is a means of doing, when it is done, who set it up ("A special
    // guardian is someone appointed to …", "Being a corporate parent means doing …",
    // "is a proactive means of analysing", "is conducted when there are concerns", "is an independent person appointed by
    // the Court", dev-clean-22a, 31a, 32a, dev-jargon-26a to 35a)
    // (a job named as what the term is, "IROs are qualified social workers", was taken out: a sealed set flags the acronym there)
    String.raw`(?:is|are)\s+(?:someone|somebody|people)\s+(?:who|that|appointed|under|aged)\b`,
    String.raw`means\s+\p{Ll}+ing\b`,
    String.raw`(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?means\s+of\s+\p{Ll}+ing\b`,
    String.raw`(?:is|are)\s+(?:carried\s+out|conducted|undertaken)\s+(?:when|where|if)\b`,
    String.raw`(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:appointed|established|created|set\s+up)\s+(?:by|on|to|for)\b`,
    String.raw`are\s+(?:(?!(?:sometimes|always|often|usually|also|not|now|still)\b)[\p{L}-]+\s+){0,2}?(?!(?:sometimes|always|perhaps)\b)[\p{L}-]+s\s+(?:that|which|where|between|made|given|set\s+up)\b)`,
  ].join('|'),
  'iu',
);
/** The start-word test before `defines`, for the test that it matches wherever `defines` does (start-word-tests.test.ts). */
export const definesStartWordTest = { start: mayDefine, patterns: [defines] } as const;
// a term a clause after it explains: "a child protection plan, which sets out …", "Section 20 … which sets out how"
const explainedAfter =
  /^,?\s+which\s+(?:sets?\s+out|means|describes|explains|is\s+an?\s+(?:legal|formal|written|court|meeting|plan|document|agreement|order)\b)/i;

/**
 * Whether the flagged words text[from, to) are a term their own sentence defines: the sentence opens with the term and
 * says what it is ("Private fostering happens when …", "A section 20 agreement is an agreement between …", "Section 20
 * means …", "‘Corporate parent’ is the name given to …"), or a clause just after the term explains it ("a child
 * protection plan, which sets out …"). The writer has done what the card asks. Not "The out-of-area placement means Molly
 * cannot see her friends" (one placement, and what follows is what it does, not what the term means).
 */
export function definedWhereUsed(text: string, sentenceStart: number, from: number, to: number): boolean {
  const before = text.slice(sentenceStart, from);
  // an acronym in brackets after the term the sentence opens with and defines: "A detention training order (DTO) is …"
  const bracketed = bracketAfterOpeningTerm.exec(before);
  if (bracketed && /^\s*\)/.test(text.slice(to, to + 4))) {
    const rest = text.slice(text.indexOf(')', to) + 1, to + 200);
    return opensDefinition.test(bracketed[1] as string) && defines.test(rest);
  }
  const after = text.slice(to, to + 200);
  const rest = after.slice((definitionAside.exec(after) as RegExpExecArray)[0].length);
  if (explainedAfter.test(rest)) return true;
  return opensDefinition.test(before) && mayDefine.test(rest) && defines.test(rest);
}
// the words before an acronym in brackets: what opens the sentence (an article at most), then the term
const bracketAfterOpeningTerm = /^(\s*['‘“"]?\s*(?:(?:being\s+)?an?\s+)?['‘“"]?)[^,;:()'‘’“”"]{2,60}?\s*\(\s*$/iu;

// the words are quoted as words: a quotation mark just before them and one just after (a plural, or the sentence's
// comma or full stop inside the marks, between) — "the term “child prostitute.”", "terms like ‘promiscuous’"
const markBefore = /['‘“"]\s*$/;
const markAfter = /^(?:s|es)?[.,;:!?]?['’”"]/;
// or named as words without marks: "the term child prostitute", "terms such as promiscuous"
const wordsNamedBefore =
  /\b(?:(?:the|this|that)\s+(?:term|word|phrase|label|expression)|(?:terms|words|phrases|labels|language)\s+(?:like|such\s+as)|(?:the|these|those)\s+labels(?:\s+[\p{L}]+-\s+or)?)\s+(?:(?:an?|the)\s+)?$/iu;
// the sentence criticises the wording or advises against it
const criticised = new RegExp(
  [
    String.raw`\bshould(?:\s+not|n['’]t|\s+never)\s+(?:be\s+)?(?:use|used|say|said|called|described)\b`,
    String.raw`\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:use|say)\b`,
    String.raw`\bnever\s+(?:use|say)\b`,
    String.raw`\bavoid(?:s|ed|ing)?\s+(?:using|saying|calling|describing|labell?ing|mislabell?ing|(?:the\s+)?(?:terms?|words?|phrases?|labels?|language))\b`,
    String.raw`\bstop\s+(?:using|saying)\b`,
    String.raw`\binstead\s+of\s+(?:referring|using|saying|calling|describing|the\s+(?:term|word|phrase))\b`,
    String.raw`\b(?:inaccurate|misleading|outdated|derogatory|pejorative|stigmati[sz]ing|unhelpful|punitive)\b`,
    // deficit38: an offensive weapon and problematic behaviour are things done, no critique of the words quoted
    String.raw`\boffensive\b(?!\s+(?:weapons?|behaviou?rs?|conduct)\b)`,
    String.raw`\bproblematic\b(?!\s+(?:behaviou?rs?|sexual\w*|drug|drugs|alcohol|substance|drinking|use|conduct)\b)`,
    // deficit38: "inappropriate" of conduct is no critique of the words quoted ("“beyond parental control” by reason of his
    // physically aggressive and sexually inappropriate behaviours", dev-language-58a)
    String.raw`(?<!\bsexually\s+)\binappropriate\b(?!\s+(?:sexual\w*|behaviou?rs?|touching|contact|conduct|images?|messages?|relationships?|comments?)\b)`,
    String.raw`\bvictim[-\s]blaming\b`,
    String.raw`\b(?:places?|placing|puts?|putting|shifts?|shifting)\s+(?:the\s+)?blame\b`,
    String.raw`\bimpl(?:y|ies|ying)\b`,
    String.raw`\bsuggests?\s+(?:consent|agency|that)\b`,
    String.raw`\bfalse\s+impression\b`,
    String.raw`\bno\s+such\s+thing\b`,
    String.raw`\bsteer\s+away\b`,
    String.raw`\bnot\s+(?:the\s+right|an?\s+appropriate|appropriate|acceptable)\s+(?:term|word|phrase|language)\b`,
    String.raw`\b(?:controlling|blaming|loaded|damaging|concerning|harmful|negative)\s+(?:terms?|words?|phrases?|language|labels?)\b`,
    String.raw`\b(?:does|do|did)(?:\s+not|n['’]t)\s+(?:describe|reflect|recogni[sz]e)\b`,
    String.raw`\b(?:legitimi[sz]|minimi[sz])(?:e|es|ing)\b`,
    String.raw`\b(?:removed|dropped|scrapped|banned)\s+from\b`,
    String.raw`\bat\s+fault\b`,
    // "people referred to as ‘hard to reach’ would be better described as …": the writer offers other words for them
    String.raw`\bbetter\s+(?:described|called|termed|named|referred\s+to)\s+as\b`,
    // criticised36: "you ignore the individual’s strengths" (dev-language-54a's labels of functioning)
    String.raw`\bignor(?:e|es|ed|ing)\s+(?:the|a|an|their|his|her)\s+(?:[\p{L}’']+\s+)?(?:strengths|needs|differences)\b`,
  ].join('|'),
  'iu',
);
// "a youth is not “stupid”", "not ‘challenging’": the writer denies the word at the quotation itself; "dismissed child
// exploitation as “child prostitution”": the writer reports the word as a way of dismissing what happened
const deniedAtQuotation =
  /(?:\bnot\s+(?:(?:an?|the)\s+)?|\bdismiss(?:ed|es|ing)?\s+(?:[\p{L}-]+\s+){0,3}as\s+)['‘“"]\s*$/iu;

// vbdef31 (the lead's ruling of the twenty-sixth session): a quotation said of particular people is their verdict on them,
// not a word quoted as a word, however the sentence judges it: "both parties were “as bad as one another”", "described her
// as ‘streetwise’, which is victim-blaming", "her “promiscuous” behaviour", "the girls were labelled as “promiscuous”".
// A group in general ("Families called ‘hard to reach’", "Parents labelled “hostile”") is a term discussed, and a name
// with no verb of describing ("the term", "terms such as") is never a verdict.
const saidOfParticular = new RegExp(
  [
    // "her" or "him" just before: "described her as ‘…’" ("them" is as often a group: "instead of referring to them as
    // “child prostitutes”", dev-clean-26a)
    String.raw`\b(?:her|him)\s+(?:as\s+)?(?:being\s+)?$`,
    // a possessive just before: "her “promiscuous” behaviour"
    String.raw`\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+$`,
    // a particular subject and a verb of being or describing: "both parties were “…”", "the girls were labelled as “…”",
    // "she was ‘…’", "Jade is “…”" (a capitalised word not ending in "s": a name, not "Families")
    String.raw`(?:\b(?:[Ss]he|[Hh]e|[Tt]hey|[Bb]oth(?:\s+\p{Ll}+)?|[Tt]he\s+(?:girl|boy|child|teenager|pupil|pair|two|couple|parties|victim|young\s+person)s?|(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:girls|boys|children|teenagers|victims))|\b(?!\p{L}*s\s)\p{Lu}\p{Ll}+)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(?:(?:labell?ed|described|seen|viewed|regarded|treated|branded|called|deemed|considered|recorded|written\s+up)\s+)?(?:as\s+)?(?:being\s+)?$`,
  ].join('|'),
  'u',
);

// deficit36 (the lead's ruling, thirtieth session): a list of people ending "were all labelled “troublemakers”" is the
// writer reporting the label they were given, as words criticised (dev-language-52a's teacher on the pupils a school
// called troublemakers); "the girls were labelled as “promiscuous”" (particular people, no "all") stays flagged above
const allLabelled =
  /\b(?:were|are|have\s+been|had\s+been)\s+all\s+(?:labell?ed|branded|dubbed|written\s+off)\s+(?:as\s+)?['‘“"]\s*$/i;

/**
 * Whether the flagged words text[from, to) are quoted (or named) as words and the sentence criticises them or advises
 * against them ("we don’t use the term “child prostitute.”", "terms such as ‘promiscuous’ should not be used", "Families
 * called ‘hard to reach’ would be better described as …", "a youth is not “stupid”" because …"). A quotation that only
 * records someone's word for a child ("The carer described her as “feral”"), or that gives someone's verdict on particular
 * people however the sentence judges it ("a police log … both parties were “as bad as one another”"), is no word quoted
 * as a word, and stays flagged.
 */
export function quotedToCriticise(text: string, start: number, end: number, from: number, to: number): boolean {
  const before = text.slice(start, from);
  // (the sentence's last token ends before a closing mark, so a few characters past it are read)
  if (criticisedForQuoting(before, text.slice(to, end + 3))) return true;
  // (a mark that opens the sentence stands before its first word)
  const quoted = markBefore.test(text.slice(Math.max(0, from - 3), from)) && markAfter.test(text.slice(to, to + 4));
  if (!quoted && !wordsNamedBefore.test(before.slice(-40))) return false;
  if (quoted && deniedAtQuotation.test(before.slice(-60))) return true;
  // marks round someone's verdict on particular people: their words about them, not a term (a mark may open a list of
  // quoted labels: "labelled as “promiscuous”, “out of control” and …")
  if (quoted && saidOfParticular.test(before.slice(-80).replace(/['‘“"]\s*$/, ''))) return false;
  if (quoted && allLabelled.test(before.slice(-60))) return true;
  // the rest of the sentence, the flagged words left out (their own "blaming" is no critique of them)
  return criticised.test(`${before} ${text.slice(to, end)}`);
}

// "The judge was criticised for describing the victim as “a very young woman of 10” who “liked to dress provocatively”":
// someone is reported as criticised for words the sentence quotes, and the flagged words lie inside one of those
// quotations (a mark opens after the report and is not closed before them; one closes after them)
const criticisedForWords =
  /\b(?:criticis|criticiz|condemn|censur|rebuk|attack)ed\s+for\s+(?:describing|calling|saying|suggesting|referring\s+to)\b/i;
const openQuotation = /['‘“"][^'’”"]*$/;
const closeQuotation = /^[^'‘“"]*['’”"]/;
function criticisedForQuoting(before: string, after: string): boolean {
  const cue = criticisedForWords.exec(before);
  if (!cue) return false;
  return openQuotation.test(before.slice(cue.index)) && closeQuotation.test(after);
}
