import { isNotName } from './lexicon.ts';
import { type ChildIdentity, type Gender, isChildName, stripPossessive } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { femaleOthers, femalePronouns, maleOthers, malePronouns } from './words.ts';

/** Whether a word names someone other than the child: a woman or man by relation, a he or she, a capitalised name. */
const namesSomeoneElse = (word: NoteWord, index: number): boolean => {
  const bare = stripPossessive(word.lower);
  if (femaleOthers.has(bare) || maleOthers.has(bare)) return true;
  if (femalePronouns.has(word.lower) || malePronouns.has(word.lower)) return true;
  return index > 0 && /^\p{Lu}\p{Ll}/u.test(word.text) && !isNotName(bare);
};

/**
 * Reads the child's gender from the pronoun that refers back to them most often: in each sentence the first he or
 * she after their name ("Amber's foster carers … look after her"), and the first in the next sentence only when the
 * child opened the sentence before ("Amber is seven. She…"), not when someone else did ("A man claiming to be the
 * father of Amber has been in contact. He stated…": he is the man) when the host gave the name (`hostNamed`); a child
 * the note itself names carries on into any sentence after one naming them (measured: the narrower reading moved the
 * sentence kind with no context the wrong way).
 */
export function inferGender(sentences: NoteSentence[], child: ChildIdentity, hostNamed = false): Gender {
  let female = 0;
  let male = 0;
  let previousOpenedOnChild = false;
  for (const sentence of sentences) {
    let seenChild = previousOpenedOnChild && sentence.words.length > 0;
    let openedOnChild = false;
    let someoneBefore = false;
    let seenChildHere = false;
    sentence.words.forEach((word, index) => {
      if (word.quoted || openedOnChild) return;
      if (isChildName(word, child)) openedOnChild = !someoneBefore;
      else if (namesSomeoneElse(word, index)) someoneBefore = true;
    });
    for (const word of sentence.words) {
      if (word.quoted) continue;
      if (isChildName(word, child)) {
        seenChild = true;
        seenChildHere = true;
        continue;
      }
      if (!seenChild) continue;
      if (femaleOthers.has(word.lower) || maleOthers.has(word.lower) || /^\p{Lu}\p{Ll}/u.test(word.text)) {
        if (!isNotName(word.lower) || femaleOthers.has(word.lower) || maleOthers.has(word.lower)) break;
      }
      if (femalePronouns.has(word.lower)) {
        female += 1;
        break;
      }
      if (malePronouns.has(word.lower)) {
        male += 1;
        break;
      }
    }
    previousOpenedOnChild = hostNamed ? openedOnChild : seenChildHere;
  }
  if (female > male) return 'female';
  if (male > female) return 'male';
  return 'unknown';
}

/** Women and men a sentence has named by a word of their gender ("mother", "man"), up to the current word. */
export interface Gendered {
  female: boolean;
  male: boolean;
}

/** Records a word of a gender ("mother": female; "man": male) among those the sentence has named. */
export function noteGendered(gendered: Gendered, female: boolean, male: boolean): void {
  gendered.female ||= female;
  gendered.male ||= male;
}

/**
 * The gender a mention of the child claims "he" and "she" for: the child's own when known; a child the host names
 * with no pronoun, named after a man (or a woman) and not both, leaves "he" (or "she") to them and claims only the
 * other ("a man claiming to be the father of Amber has been in contact… He stated…": the man); otherwise either.
 * The child the note itself names is left as it was (measured: no change wanted there).
 */
export function genderBeside(child: ChildIdentity, gendered: Gendered): Gender {
  if (child.evidence !== 'context' || child.gender !== 'unknown' || gendered.male === gendered.female)
    return child.gender;
  return gendered.male ? 'female' : 'male';
}
