import type { NoteWord } from '../analyse/read-note.ts';
import { femaleOthers, femalePronouns, maleOthers, malePronouns } from '../analyse/words.ts';
import type { Mention } from './mentions.ts';
import type { NoteFacts } from './note-facts.ts';
import type { Site } from './site.ts';

// A subject pronoun whose gender fits only the role stands for the role (the lead's answer 2 to vbdef41): "the male teacher
// … he had a relationship with her", "her football coach, a man in his forties, … he". Only where the pronoun cannot be
// the child: the flagged words name the child as their object ("with her",
// the word the pattern reads after its brackets too), or the host gives the child's pronouns and
// they differ. Anyone else the pronoun could mean, in the sentence before the role or between, keeps it unread.

type Gender = 'female' | 'male';
const genderWords: Record<Gender, Set<string>> = {
  male: new Set(['male', 'man', 'gentleman', 'headmaster', 'schoolmaster', 'choirmaster', 'scoutmaster']),
  female: new Set(['female', 'woman', 'lady', 'headmistress']),
};
const pronounOf: Record<string, Gender> = { he: 'male', she: 'female' };
const objectPronouns = new Set(['her', 'him']);
const articles = new Set(['a', 'an']);

const genderIn = (word: string | undefined): Gender | undefined =>
  genderWords.male.has(word ?? '') ? 'male' : genderWords.female.has(word ?? '') ? 'female' : undefined;

/**
 * The role's gender as the words beside it tell: the role word itself ("headmistress"), "male|female" just before it ("the
 * male PE teacher"), or an apposition after a break ("her coach, a man in his forties"); with the apposition's last index.
 */
function roleGender(words: readonly NoteWord[], role: number): { gender: Gender; through: number } | undefined {
  const own = genderIn(words[role]?.lower);
  if (own) return { gender: own, through: role };
  for (const before of [role - 1, role - 2]) {
    const gender = genderIn(words[before]?.lower);
    if (gender) return { gender, through: role };
  }
  const next = words[role + 1];
  if (!next?.breakBefore || !articles.has(next.lower)) return undefined;
  for (const at of [role + 2, role + 3]) {
    const gender = genderIn(words[at]?.lower);
    if (gender) return { gender, through: at };
  }
  return undefined;
}

/** The gender a mention's word tells, or undefined for a name, a role or a child phrase that could be either. */
function mentionGender(words: readonly NoteWord[], mention: Mention): Gender | undefined {
  const word = (words[mention.at]?.lower ?? '').replace(/['’]s$/u, '');
  if (femalePronouns.has(word) || femaleOthers.has(word) || genderWords.female.has(word)) return 'female';
  if (malePronouns.has(word) || maleOthers.has(word) || genderWords.male.has(word)) return 'male';
  return undefined;
}

/** The child's gender from the host's pronouns for the child, when given. */
function hostChildGender(facts: NoteFacts): Gender | undefined {
  for (const key of facts.known.child) {
    const gender = facts.known.genders.get(key);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * Whether the subject pronoun at `pronoun`, between the role word at `role` and the flagged words, stands for the role:
 * its gender is the role's, it cannot be the child, and nobody else it could mean is mentioned in the sentence before the
 * flagged words (the role's own apposition and pronouns of the role's gender aside).
 */
export function pronounStandsForRole(facts: NoteFacts, site: Site, role: number, pronoun: number): boolean {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  const gender = pronounOf[words[pronoun]?.lower ?? ''];
  const described = roleGender(words, role);
  if (!gender || described?.gender !== gender) return false;
  const childGender = hostChildGender(facts);
  const notTheChild =
    [site.last, site.last + 1].some((at) => objectPronouns.has(words[at]?.lower ?? '')) ||
    (childGender !== undefined && childGender !== gender);
  if (!notTheChild) return false;
  // a person of the pronoun's gender before the role, read from the words too (a pronoun with no antecedent is no mention)
  const sameGender = gender === 'male' ? [malePronouns, maleOthers] : [femalePronouns, femaleOthers];
  if (words.slice(0, role).some((word) => sameGender.some((set) => set.has(word.lower.replace(/['’]s$/u, '')))))
    return false;
  return facts.mentions(site.sentence).every((mention) => {
    if (mention.at >= site.first || mention.at === pronoun || mention.at === role) return true;
    if (mention.at > role && mention.at <= described.through) return true;
    const told = mentionGender(words, mention);
    // before the role, or between it and the flagged words: only people of the other gender may stand
    if (mention.at < role) return told !== undefined && told !== gender;
    const word = words[mention.at]?.lower ?? '';
    return told === gender && (malePronouns.has(word) || femalePronouns.has(word));
  });
}
