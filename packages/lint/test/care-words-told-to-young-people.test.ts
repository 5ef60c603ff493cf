import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { rulesOn } from './rules-on.ts';

// jargon35: pages and letters to children and care leavers give the reviewing officer's title spelled out, name being
// "looked after" as a status, name the leaving care categories with their capitals and the conference chair by "CP";
// the title stays the ordinary name in writing for adults (the lead's reader ruling). Invented sentences.

const linter = createLinter({ analysis: false });
/** The suggestions the writer is offered for the finding of `ruleId` on `text`. */
const offered = (text: string, ruleId: string): string[] =>
  linter.lint(text).find((found) => found.ruleId === ruleId)?.suggestions ?? [];

describe('the reviewing officer’s title spelled out is flagged in writing to the child, and only there', () => {
  it('flags it in a letter to the child, offers who the person is to them, and leaves adults’ writing alone', () => {
    expect(rulesOn('Dear Amir, your Independent Reviewing Officer will visit you on Friday.')).toContain(
      'iro-long-form',
    );
    expect(offered('Dear Amir, your Independent Reviewing Officer will visit you on Friday.', 'iro-long-form')).toEqual(
      ['review chair'],
    );
    expect(rulesOn('You will meet the independent reviewing officer before your review.')).toContain('iro-long-form');
    // and only there: not in a record about the child, a letter to a parent, or where it spells out the initials
    expect(rulesOn('Amir’s independent reviewing officer visited him on Friday.')).not.toContain('iro-long-form');
    expect(rulesOn('Dear Mrs Aziz, your son’s Independent Reviewing Officer will ring you.')).not.toContain(
      'iro-long-form',
    );
    expect(rulesOn('You may hear about IROs, also known as Independent Reviewing Officers.')).not.toContain(
      'iro-long-form',
    );
  });
  it('no longer offers the long form for the initials to the child, and still offers it to adults', () => {
    expect(offered('Dear Amir, the IRO will come to see you on Friday.', 'acronym-iro')).not.toContain(
      'independent reviewing officer',
    );
    expect(offered('Amir’s IRO came to see him on Friday.', 'acronym-iro')[0]).toBe('independent reviewing officer');
  });
});

describe('the status and categories of care named as labels are flagged', () => {
  it('flags “looked after” named as a status and offers “in care”', () => {
    expect(offered('At 18 you are no longer considered ‘looked after’.', 'considered-looked-after')).toEqual([
      'in care',
    ]);
    expect(rulesOn('From June she was deemed looked after by the council.')).toContain('considered-looked-after');
    // a verb of judging before the child's label is the child's label's, not this
    expect(rulesOn('She considered looked after children a priority.')).not.toContain('considered-looked-after');
  });
  it('flags the leaving care categories written with their capitals, not the ordinary words', () => {
    expect(rulesOn('You were an Eligible young person until you left care.')).toContain('relevant-child');
    expect(rulesOn('You are a Relevant care leaver.')).toContain('relevant-child');
    expect(rulesOn('You are now a young person Qualifying for Advice and Assistance.')).toContain('relevant-child');
    expect(rulesOn('The Relevant Person’s Representative visited the care home.')).not.toContain('relevant-child');
    expect(rulesOn('Young people who are eligible can apply for the bursary.')).not.toContain('relevant-child');
  });
  it('flags the conference chair by initials, not a seat', () => {
    expect(rulesOn('You can send your views to the CP Chair.')).toContain('acronym-cp');
    expect(rulesOn('Her CP chair at school has a new cushion.')).not.toContain('acronym-cp');
  });
});
