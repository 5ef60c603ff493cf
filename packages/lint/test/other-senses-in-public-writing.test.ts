import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision33: trigger words in other senses found on real clean writing for professionals and the public (dev-clean-29a
// and the older dev files). Each test pairs the sentence that must stay clean with the use in a record that must still
// be flagged. (Invented sentences.)

describe('absconding from a prison is an adult’s, not a child’s running away', () => {
  it('leaves absconding from open prisons, jails and open or closed conditions alone', () => {
    expect(rulesOn('Very few people abscond from open prisons each year.')).toEqual([]);
    expect(rulesOn('Anyone who absconds is sent back to closed conditions.')).toEqual([]);
    expect(rulesOn('He said those who had absconded should never be held in open conditions again.')).toEqual([]);
  });

  it('still flags a child who absconded, and a sentence that names a family beside a prison', () => {
    expect(rulesOn('Kyle absconded from the unit again last night.')).toEqual(['abscond']);
    expect(rulesOn('A 15-year-old absconded from the open unit near the prison.')).toEqual(['abscond']);
    expect(rulesOn('She absconded the week her dad went to prison.')).toEqual(['abscond']);
  });
});

describe('“secure” as a verb or as settled in law is not a locked children’s home', () => {
  it('leaves the duty to secure accommodation and a legally secure home alone', () => {
    expect(rulesOn('Councils have a duty to secure accommodation for children in their care.')).toEqual([]);
    expect(rulesOn('Adoption gives the child a legally secure placement with a new family.')).not.toContain(
      'secure-unit',
    );
  });

  it('still flags the locked home', () => {
    expect(rulesOn('Jade was moved to secure accommodation last month.')).toEqual(['secure-accommodation']);
    expect(rulesOn('The court agreed a secure placement for Jade.')).toContain('secure-unit');
  });
});

describe('a defendant who failed to attend at court is not a parent labelled as not engaging', () => {
  it('leaves a defendant’s failure to attend at court alone', () => {
    expect(rulesOn('One defendant failed to attend at court on the first day of the trial.')).toEqual([]);
  });

  it('still flags a parent who failed to attend an appointment', () => {
    expect(rulesOn('Mum failed to attend the review meeting.')).toEqual(['failed-to-engage']);
  });
});

describe('capacity to consent stated in the law’s words is not consent put on a child', () => {
  it('leaves “not capable of giving informed consent to sex” alone', () => {
    expect(rulesOn('The law holds that a child is not capable of giving informed consent to sex.')).toEqual([]);
  });

  it('still flags a record that says the child gave consent', () => {
    expect(rulesOn('Jade gave consent to sex, the man told police.')).toContain('consented-to');
  });
});

describe('a ban on an adult’s contact with children in general is not a child’s family time', () => {
  it('leaves a court’s or school’s ban on unsupervised contact with girls or boys alone', () => {
    expect(rulesOn('The judge banned him from unsupervised contact with girls under 16 for five years.')).toEqual([]);
    expect(rulesOn('The older boy was still allowed unsupervised contact with pupils at the school.')).toEqual([]);
  });

  it('still flags a child’s family time', () => {
    expect(rulesOn('Mum has supervised contact with Jade every week.')).toContain('contact-family-time');
  });
});

describe('an education placement is a school place, not the child’s home', () => {
  it('leaves an education placement alone', () => {
    expect(rulesOn('The council was slow to find an education placement for her brother.')).toEqual([]);
  });

  it('still flags the child’s home called a placement', () => {
    expect(rulesOn('Jade’s placement ended in May.')).toEqual(['placement']);
  });
});
