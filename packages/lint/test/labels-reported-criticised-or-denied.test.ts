import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// criticised36: labels the writer reports, criticises or denies (packages/lint/src/fit/reported-label.ts and the
// named-labels reading in quoted.ts), shapes from the clean items of the fifty-third and fifty-fourth language dev sets and
// dev-clean-32a. Invented sentences only; each has a twin the tool still flags.
describe('a label the writer reports, criticises or denies is left alone', () => {
  it('leaves a generic “a …” the sentence says is labelled, and still flags a particular child so labelled', () => {
    expect(rulesOn('These days, a troubled teenager or restless kid is labelled a young offender.')).toEqual([]);
    expect(rulesOn('A troubled teenager is branded a juvenile delinquent far too early.')).toEqual([]);
    expect(rulesOn('Sam was a troubled teenager who was labelled early.')).toContain('troubled-child-label');
    expect(rulesOn('Sam was labelled a juvenile delinquent at twelve.')).toContain('criminal-names-for-children');
  });

  it('leaves a label someone else claims of the writer, and still flags the writer’s own verdict on another', () => {
    expect(rulesOn('My ex is going to claim in court that I am an unfit mother.')).toEqual([]);
    expect(rulesOn('Her father argued I was an unfit mother to the girls.')).toEqual([]);
    expect(rulesOn('The grandmother is an unfit mother to the girls.')).toContain('bad-parent');
  });

  it('leaves labels named as labels and criticised, and still flags a child described by them', () => {
    expect(rulesOn('Using the labels high- or low-functioning, we ignore the child’s strengths.')).toEqual([]);
    expect(rulesOn('Low-functioning is misleading.')).toEqual([]);
    expect(rulesOn('He is low-functioning and needs a lot of help.')).toContain('low-functioning');
  });

  it('leaves the law’s denial of consent, and still flags a child called a willing participant', () => {
    expect(rulesOn('It is no defence to say that the girl was a willing participant.')).toEqual([]);
    expect(rulesOn('The girl was a willing participant, he told the police.')).toContain('willing-participant');
  });

  it('leaves hostility listed with the arguments of a meeting, and still flags hostility towards the work', () => {
    expect(rulesOn('The parish meeting ended early amid shouting and hostility.')).toEqual([]);
    expect(rulesOn('Mum showed hostility towards the social worker.')).toContain('hostile');
    expect(rulesOn('The visit ended early because of Mum’s shouting and hostility.')).toContain('hostile');
    expect(rulesOn('There was tension and hostility between the parents and the nurse.')).toContain('hostile');
  });
});
