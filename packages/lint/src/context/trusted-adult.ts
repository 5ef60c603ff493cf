import type { NoteWord } from '../analyse/read-note.ts';
import type { NoteFacts } from './note-facts.ts';
import { pronounStandsForRole } from './role-pronoun.ts';
import type { Outcome, Site } from './site.ts';

// Adults in a position of trust over a child by their role (the lead's list, thirty-fifth session: a teacher, coach, tutor or
// priest), with the words for the same roles; a foster carer, support worker or relative is not one of them.
const trustedRoles = new Set([
  'teacher',
  'headteacher',
  'headmaster',
  'headmistress',
  'lecturer',
  'coach',
  'tutor',
  'instructor',
  'priest',
  'vicar',
  'pastor',
  'chaplain',
  'choirmaster',
  'scoutmaster',
]);
// how far back the role word may stand ("The teacher, who was 34 at the time, began a relationship with her")
const reach = 12;
const bare = (word: string): string => word.replace(/['’]s$/u, '');
// a subject pronoun between the role and the words may be someone else ("She told the teacher that she had a relationship
// with him"): read as another person, precision first, unless its gender fits only the role (role-pronoun.ts)
const subjectPronouns = new Set(['i', 'you', 'he', 'she', 'we', 'they']);

/**
 * `subject: adult-in-trust`: the nearest person before the flagged words is a teacher, coach, tutor or priest, told by the
 * role word itself ("the teacher", "her tutor's"), with no other person mentioned, and no subject pronoun, between it and the words, or
 * one subject pronoun that stands for the role (`pronounStandsForRole`). Never unknown:
 * any other subject, or none in reach, is not met.
 */
export function adultInTrustSubject(facts: NoteFacts, site: Site): Outcome {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  for (let index = site.first - 1; index >= 0 && site.first - index <= reach; index -= 1) {
    if (!trustedRoles.has(bare(words[index]?.lower ?? ''))) continue;
    const pronouns: number[] = [];
    for (let at = index + 1; at < site.first; at += 1) {
      if (subjectPronouns.has(words[at]?.lower ?? '')) pronouns.push(at);
    }
    // one subject pronoun whose gender fits only the role stands for it ("the male teacher … he had a relationship with her")
    if (pronouns.length === 1) return pronounStandsForRole(facts, site, index, pronouns[0] as number) ? 'met' : 'unmet';
    if (pronouns.length > 1) return 'unmet';
    const nearer = facts.mentions(site.sentence).some((mention) => mention.at > index && mention.at < site.first);
    return nearer ? 'unmet' : 'met';
  }
  return 'unmet';
}
