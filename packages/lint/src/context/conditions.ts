import type { ConditionName, RuleConditions, RuleToRun, Severity } from '@casenote/rules';
import { speaksOnlyOfAdults } from './adults-only.ts';
import { toldOfAGroup } from './group.ts';
import { ownedByAnAdult } from './possessor.ts';
import { quotedFromTheDefence } from './defence.ts';
import { toldOfOrganisation } from './organisation.ts';
import type { Person } from './mentions.ts';
import { adultDescribedInParagraph, adultInSentence, childDescribed } from './described.ts';
import { childAndAdultPair } from './pair.ts';
import { familyDescribed } from './family.ts';
import { glossedByBracket } from './gloss.ts';
import { adultInTrustSubject } from './trusted-adult.ts';
import type { Outcome, Site } from './site.ts';
import type { NoteFacts } from './note-facts.ts';

/** What a conditioned rule does at one match. */
export type Verdict =
  | { kind: 'full' }
  | { kind: 'soft'; severity: Severity; message: string | undefined }
  | { kind: 'skip' };

// how far back the person a phrase is about may be ("Jade, who is 15, did not attend")
const subjectReach = 12;

/** The person the flagged words are about: the nearest person mentioned before them in the sentence. */
export function subjectOf(facts: NoteFacts, site: Site): Person | undefined {
  const mentions = facts.mentions(site.sentence);
  for (let index = mentions.length - 1; index >= 0; index -= 1) {
    const mention = mentions[index];
    if (mention && mention.at < site.first && site.first - mention.at <= subjectReach) return mention.person;
  }
  return undefined;
}

function ageOf(person: Person | undefined, facts: NoteFacts): number | undefined {
  if (!person) return undefined;
  if (person.kind === 'aged') return person.age;
  if (person.kind === 'name') return facts.known.ages.get(person.key) ?? facts.statedAges.get(person.key);
  if (person.kind === 'child-phrase') {
    const [child] = facts.known.child;
    return child === undefined ? undefined : facts.known.ages.get(child);
  }
  return undefined;
}

function subjectOutcome(kind: RuleConditions['subject'], person: Person | undefined, facts: NoteFacts): Outcome {
  if (!person) return 'unknown';
  switch (person.kind) {
    case 'child-phrase':
      return 'met';
    case 'adult':
      return 'unmet';
    case 'someone':
      return 'unknown';
    case 'aged':
      return person.age < 18 ? 'met' : 'unmet';
    case 'name': {
      if (facts.known.child.has(person.key)) return 'met';
      if (facts.known.household.has(person.key)) return kind === 'any-child' ? 'met' : 'unmet';
      const age = ageOf(person, facts);
      if (age !== undefined) return age < 18 ? 'met' : 'unmet';
      // the note itself says who they are: "my daughter Katie", "the child, Katie"; "her adult son Tom"
      const presented = facts.presented.get(person.key);
      if (presented) return presented === 'child' ? 'met' : 'unmet';
      // the host named the child and household: someone else named is most likely an adult
      return facts.known.child.size > 0 ? 'unmet' : 'unknown';
    }
  }
}

function ageOutcome(bounds: NonNullable<RuleConditions['age']>, person: Person | undefined, facts: NoteFacts): Outcome {
  const age = ageOf(person, facts);
  if (age === undefined) {
    // an adult by role (Mum, the worker) is at least 18
    if (person?.kind === 'adult' && bounds.below !== undefined && bounds.below <= 18) return 'unmet';
    return 'unknown';
  }
  const fits =
    (bounds.below === undefined || age < bounds.below) && (bounds.atLeast === undefined || age >= bounds.atLeast);
  return fits ? 'met' : 'unmet';
}

// "did not hit her", "never struck her", "there was no physical altercation": a denied act is no cue
const deniedBefore = /(?:\b(?:not|never|no|without)|n['’]t)\s+(?:\p{L}+\s+)?$/u;

/**
 * Whether every listed indicator has a phrase, not denied, in the sentence of the flagged words; an entry "a|b" is met
 * by either; never "unmet".
 */
function nearOutcome(ids: readonly string[], facts: NoteFacts, site: Site): Outcome {
  const sentence = facts.sentences[site.sentence];
  if (!sentence) return 'unknown';
  const inSentence = (id: string): boolean =>
    facts.indicatorSpans.some(
      (span) =>
        span.id === id &&
        span.from >= sentence.from &&
        span.to <= sentence.to &&
        !deniedBefore.test(sentence.text.slice(0, span.from - sentence.from)),
    );
  return ids.every((entry) => entry.split('|').some(inSentence)) ? 'met' : 'unknown';
}

/** A child described in the sentence; with `in-note`, or a child and an outside adult named before (never unmet). */
function childOutcome(kind: NonNullable<RuleConditions['child']>, facts: NoteFacts, site: Site): Outcome {
  const described = childDescribed(facts, site);
  if (described === 'met' || kind === 'described') return described;
  return childAndAdultPair(facts, site) === 'met' ? 'met' : 'unknown';
}

/**
 * Evaluates a conditioned rule at one match: full severity when every condition holds, skipped when
 * one is known not to, and the rule's `otherwise` when the rest cannot be told from the note.
 */
export function evaluateConditions(rule: RuleToRun, facts: NoteFacts, site: Site): Verdict {
  const when = rule.when;
  if (!when) return { kind: 'full' };
  const outcomes: Array<[ConditionName, Outcome]> = [];
  const person = (when.subject && when.subject !== 'adult-in-trust') || when.age ? subjectOf(facts, site) : undefined;
  if (when.subject === 'adult-in-trust') outcomes.push(['subject', adultInTrustSubject(facts, site)]);
  else if (when.subject) outcomes.push(['subject', subjectOutcome(when.subject, person, facts)]);
  if (when.age) outcomes.push(['age', ageOutcome(when.age, person, facts)]);
  if (when.indicators)
    outcomes.push(['indicators', when.indicators.some((id) => facts.indicators.has(id)) ? 'met' : 'unknown']);
  if (when.near) outcomes.push(['near', nearOutcome(when.near, facts, site)]);
  if (when.adult)
    outcomes.push([
      'adult',
      when.adult === 'in-sentence' ? adultInSentence(facts, site) : adultDescribedInParagraph(facts, site),
    ]);
  if (when.child) outcomes.push(['child', childOutcome(when.child, facts, site)]);
  if (when.pair) outcomes.push(['pair', childAndAdultPair(facts, site)]);
  if (when.about === 'children')
    outcomes.push(['about', speaksOnlyOfAdults(facts, site.sentence, site.first) ? 'unmet' : 'met']);
  if (when.about === 'people')
    outcomes.push(['about', toldOfOrganisation(facts, site.sentence, site.first, site.last) ? 'unmet' : 'met']);
  if (when.reference === 'particular')
    outcomes.push(['reference', toldOfAGroup(facts, site.sentence, site.first, site.last) ? 'unmet' : 'met']);
  if (when.possessor === 'not-adult')
    outcomes.push(['possessor', ownedByAnAdult(facts, site.sentence, site.first) ? 'unmet' : 'met']);
  if (when.reader === 'child') outcomes.push(['reader', facts.writtenToChild(site.sentence) ? 'met' : 'unmet']);
  if (when.reader === 'family') outcomes.push(['reader', facts.writtenToFamily(site.sentence) ? 'met' : 'unmet']);
  if (when.speaker === 'not-defence')
    outcomes.push(['speaker', quotedFromTheDefence(facts, site.sentence, site.last) ? 'unmet' : 'met']);
  if (when.described === 'family') outcomes.push(['described', familyDescribed(facts, site)]);
  if (when.gloss === 'none') outcomes.push(['gloss', glossedByBracket(facts, site) ? 'unmet' : 'met']);
  if (outcomes.some(([, outcome]) => outcome === 'unmet')) return { kind: 'skip' };
  const unknown = outcomes.filter(([, outcome]) => outcome === 'unknown').map(([name]) => name);
  if (unknown.length === 0) return { kind: 'full' };
  const otherwise = rule.otherwise;
  if (otherwise === undefined || otherwise === 'skip') return { kind: 'skip' };
  const allowed = otherwise.unknown;
  if (allowed && !unknown.every((name) => allowed.includes(name))) return { kind: 'skip' };
  return { kind: 'soft', severity: otherwise.severity, message: otherwise.message };
}
