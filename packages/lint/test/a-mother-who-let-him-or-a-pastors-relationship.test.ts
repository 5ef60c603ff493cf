import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef35 (issue 9): a mother said to have failed to stop the abuser, to have let her partner harm her child, to have
// turned a blind eye, or whose relationship with the man is held against her (the lead's ruling, twenty-ninth session,
// item 2); abuse by an adult in a position of trust told as a relationship or as sex with a young person; a child's
// account told as made up; bad life choices; and a denied "consensual relationship". Each is paired with the same words
// said of others, of agencies or of adults, which must be left alone. Invented sentences throughout.

describe('a mother blamed for harm her partner did is flagged', () => {
  it('flags a mother who failed to stop or prevent the abuse, and leaves a council that failed alone', () => {
    expect(rulesOn('Mother spared jail after failing to prevent sexual abuse of daughter')).toContain(
      'mother-failed-to-stop-abuser',
    );
    expect(rulesOn('She was charged with failing to do anything to stop her partner from hurting the boy.')).toContain(
      'mother-failed-to-stop-abuser',
    );
    expect(rulesOn('The council failed to prevent the abuse of the children.')).not.toContain(
      'mother-failed-to-stop-abuser',
    );
  });

  it('flags a mother who let or allowed her partner to harm her child, and leaves a council that allowed it alone', () => {
    expect(rulesOn('Woman jailed for letting boyfriend beat her son')).toContain('mother-let-abuser-harm-child');
    expect(rulesOn('She was accused of allowing Mr Hale to abuse her daughter.')).toContain(
      'mother-let-abuser-harm-child',
    );
    expect(rulesOn('Mum let her partner take the children swimming.')).not.toContain('mother-let-abuser-harm-child');
    expect(rulesOn('The council allowed Mr Hale to abuse her daughter for years.')).not.toContain(
      'mother-let-abuser-harm-child',
    );
  });

  it('flags a mother who turned a blind eye or ignored the abuse, and leaves other blind eyes alone', () => {
    expect(rulesOn('She turned a blind eye to her young son being beaten by Dean.')).toContain(
      'mother-turned-blind-eye',
    );
    expect(rulesOn('Court frees mother who ignored abuse')).toContain('mother-turned-blind-eye');
    expect(rulesOn('The club turned a blind eye to the state of the changing rooms.')).not.toContain(
      'mother-turned-blind-eye',
    );
  });

  it('flags her relationship with the man held against her, and leaves her relationship with her sister alone', () => {
    expect(rulesOn('The mother prioritised her relationship with her boyfriend.')).toContain(
      'mother-relationship-with-abuser-held-against-her',
    );
    expect(rulesOn('The court found she was still involved with the man.')).toContain(
      'mother-relationship-with-abuser-held-against-her',
    );
    expect(rulesOn('The mother prioritised her relationship with her sister.')).not.toContain(
      'mother-relationship-with-abuser-held-against-her',
    );
  });

  it('flags a woman who failed to protect her son, and leaves a school that failed to protect a pupil alone', () => {
    expect(rulesOn('The judge said the woman had failed to protect her son.')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('The school failed to protect the pupil from bullying.')).not.toContain(
      'mother-unable-to-protect-from-abuser',
    );
  });
});

describe('abuse by an adult in a position of trust told as a relationship or as sex is flagged', () => {
  it('flags a close relationship with a pastor, and leaves a relationship with a pastor’s sermons alone', () => {
    expect(rulesOn('The girl developed a close relationship with the youth-leader.')).toContain(
      'romance-with-trusted-adult',
    );
    expect(rulesOn('The boy had a relationship with one of the church’s two pastors.')).toContain(
      'romance-with-trusted-adult',
    );
    expect(rulesOn('The family had a good relationship with the school.')).not.toContain('romance-with-trusted-adult');
  });

  it('flags sex with a member of his youth group, and leaves a charge’s count alone', () => {
    expect(rulesOn('The leader had sex with a member of his youth club.')).toContain('had-sex-with-the-child');
    expect(rulesOn('He denies two counts of having sexual intercourse with the girl.')).not.toContain(
      'had-sex-with-the-child',
    );
  });

  it('flags a relationship started with a teen boy, and leaves a relationship with a colleague alone', () => {
    expect(rulesOn('The carer started a relationship with a teen boy.')).toContain('sexual-relationship-with-child');
    expect(rulesOn('The carer started a relationship with a colleague.')).not.toContain(
      'sexual-relationship-with-child',
    );
  });
});

describe('a child’s account told as made up, bad life choices and a denied consensual relationship', () => {
  it('flags a boy said to have made up all the allegations, and leaves a made-up story game alone', () => {
    expect(rulesOn('His aunt says the boy has made up all the allegations.')).toContain('child-made-up-allegation');
    expect(rulesOn('The boy has made up a story about a dragon.')).not.toContain('child-made-up-allegation');
  });

  it('hints at “claimed” before an account that names who hurt her, and leaves a claimed prize alone', () => {
    expect(rulesOn('When asked about the bruise, she claimed Lee had kicked her.')).toContain('claimed-abuse');
    expect(rulesOn('She claimed the prize had gone to her brother.')).not.toContain('claimed-abuse');
  });

  it('flags bad life choices', () => {
    expect(rulesOn('Staff saw the girls as teenagers making bad life choices.')).toContain('made-poor-choices');
  });

  it('leaves a denied consensual relationship alone and still flags one told as consensual', () => {
    expect(rulesOn('A coach cannot have a consensual relationship with a 15-year-old.')).not.toContain('consensual');
    expect(rulesOn('He told police the relationship was consensual.')).toContain('consensual');
  });
});
