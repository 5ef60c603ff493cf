import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision31: wording found on real clean writing for professionals and the public record (dev-clean-28a, the older
// dev files and the lead's rulings of round 31). Each test pairs the sentence that must stay clean with the use in a
// record that must still be flagged. (Invented sentences.)

describe('a witness declared or treated as hostile is the law’s term, not a label', () => {
  it('leaves a witness declared, treated or already regarded as hostile alone', () => {
    expect(rulesOn('The barrister asked the court to declare the witness hostile.')).toEqual([]);
    expect(rulesOn('Once the witness has been declared hostile, counsel may ask leading questions.')).toEqual([]);
    expect(rulesOn('In cross-examination a witness is already regarded as hostile.')).toEqual([]);
  });

  it('still flags hostile said of a parent', () => {
    expect(rulesOn('The school said that Mum was hostile at the meeting.')).toEqual(['hostile']);
    expect(rulesOn('Dad has been hostile since the court hearing.')).toEqual(['hostile']);
  });
});

describe('the law stated in general is not read as a record of abuse told as sex', () => {
  it('leaves the law’s own wording alone', () => {
    expect(rulesOn('It is illegal for an adult to have sex with a girl under 16.')).toEqual([]);
    expect(rulesOn('A youth worker may believe that a person is having sex with a child under 13.')).toEqual([]);
    expect(rulesOn('The nurse fears the person will otherwise have sex with the child without protection.')).toEqual(
      [],
    );
  });

  it('still flags a record that tells abuse as sex', () => {
    expect(rulesOn('He had sex with the girl in his car.')).toContain('had-sex-with-the-child');
    expect(rulesOn('The coach admitted having sex with a pupil.')).toContain('had-sex-with-the-child');
    expect(rulesOn('He was convicted of sex with a child.')).toContain('sex-with-child');
  });
});

describe('service words said of people as a group in general are left alone', () => {
  it('leaves independent visitors spoken of as a group alone', () => {
    expect(rulesOn('The council recruits independent visitors from every part of the borough.')).toEqual([]);
  });

  it('still names a particular service user or a child’s own independent visitor', () => {
    expect(rulesOn('The service user did not bring her son to the meeting.')).toEqual(['service-user']);
    expect(rulesOn('Jade’s independent visitor took her bowling on Saturday.')).toEqual(['independent-visitor']);
  });
});

describe('words someone is reported as criticised for, quoted, are not the writer’s', () => {
  it('leaves a quotation someone was criticised for alone', () => {
    expect(rulesOn('The magistrate was criticised for saying the girl was “promiscuous”.')).toEqual([]);
    expect(
      rulesOn(
        'The judge was criticised for describing the girl as “mature for her age” who “liked to dress provocatively”.',
      ),
    ).toEqual([]);
  });

  it('still flags the same words as someone’s account or the writer’s own', () => {
    expect(rulesOn('The judge said she “liked to dress provocatively”.')).toEqual(['dressed-provocatively']);
    expect(rulesOn('The worker was criticised for describing Jade as promiscuous.')).toEqual(['promiscuous']);
  });
});
