import type { NoteFacts } from './note-facts.ts';

// a sentence that reports what the defence said in court: "Nick Dearing, defending, said …", "for the defence",
// "in mitigation", "defence counsel|barrister|lawyer|solicitor", "counsel for the defendant", "the defendant's barrister"
const reportsTheDefence =
  /\b(?:defending|for the defen[cs]e|in mitigation|defen[cs]e (?:barrister|counsel|lawyer|solicitor|advocate)s?|counsel for (?:the )?(?:defendants?|accused)|defendant['’]s (?:barrister|counsel|lawyer|solicitor))\b/i;

/**
 * Whether the flagged words end inside quotation marks in a sentence that reports the defence: a defence advocate's
 * own word, quoted by a court report or a judgment ("Nick Dearing, defending, said the teenager was ‘naive’"). Both
 * are needed: the defence reported without quotation marks may be the writer's own paraphrase, and a quoted word
 * with no defence named may be anyone's (a parent's, the child's).
 */
export function quotedFromTheDefence(facts: NoteFacts, sentence: number, last: number): boolean {
  const read = facts.sentences[sentence];
  if (!read?.hasQuote || read.words[last]?.quoted !== true) return false;
  return reportsTheDefence.test(read.text);
}
