import { IGNORE_CONTEXT_WORDS } from '../constants.ts';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The key under which a finding is ignored: its rule, its words and the words either side of it
 * in the same paragraph, lower-cased and with spacing normalised. Edits elsewhere leave the key as
 * it was; changing the flagged or neighbouring words makes a new key, so the finding comes back.
 * @param text The paragraph's text.
 * @param from Start offset of the finding in `text`.
 * @param to End offset of the finding in `text`.
 */
export function createIgnoreKey(ruleId: string, text: string, from: number, to: number): string {
  // A bounded window either side keeps this linear in the number of findings, not the paragraph length.
  const window = 64 * IGNORE_CONTEXT_WORDS;
  const before = (text.slice(Math.max(0, from - window), from).match(WORD) ?? []).slice(-IGNORE_CONTEXT_WORDS);
  const after = (text.slice(to, to + window).match(WORD) ?? []).slice(0, IGNORE_CONTEXT_WORDS);
  const phrase = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return [ruleId, phrase, before.join(' '), after.join(' ')].map(part => part.toLowerCase()).join('|');
}
