import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef38b (issue 9; the lead's ruling on vbdef38's question 5): a mother blamed for harm a man did, by the shapes of the tune
// halves' misses: she let him stay or come back, went back to him, could not protect her child, her neglect gave him the
// chance, she let it happen, looked the other way or exposed her children to him. Each is paired with the same words said of
// a council, a landlord, a nurse or a plain choice, which must be left alone. Invented sentences throughout.

describe('a mother said to have let the man stay or gone back to him is flagged', () => {
  it('flags a mother who let her partner stay, and leaves a landlord who let a tenant stay alone', () => {
    expect(rulesOn('By letting her partner stay at the flat, she kept the girls near him.')).toContain(
      'mother-let-man-stay',
    );
    expect(rulesOn('Mum allowed him back into the house in June.')).toContain('mother-let-man-stay');
    expect(rulesOn('The landlord allowed the tenant to stay until May.')).not.toContain('mother-let-man-stay');
    expect(rulesOn('The council allowed him to remain in the hostel.')).not.toContain('mother-let-man-stay');
  });

  it('flags her going back to him told as the reason, and leaves going back to work alone', () => {
    expect(rulesOn('The panel found her at fault because she went back to her boyfriend.')).toContain(
      'mother-stayed-with-violent-man',
    );
    expect(rulesOn('She kept going back to him over the summer.')).toContain('mother-stayed-with-violent-man');
    expect(rulesOn('She was tired because she went back to work in May.')).not.toContain(
      'mother-stayed-with-violent-man',
    );
  });
});

describe('a mother said to have been unable to protect, or to have let it happen, is flagged', () => {
  it('flags a mother who could not protect her son, and leaves a school that could not protect its data alone', () => {
    expect(rulesOn('The report said the mother could not protect her son from Mr Dale.')).toContain(
      'mother-could-not-protect',
    );
    expect(rulesOn('She could not keep her children safe from him.')).toContain('mother-could-not-protect');
    expect(rulesOn('The school could not protect the data from the breach.')).not.toContain('mother-could-not-protect');
  });

  // vbdef38c (issue 9; the lead's ruling on vbdef38b's question 1): only with the man, a violent act or abuse named
  it('flags a mother unable to protect her child from his violence or abuse, and leaves an illness or an accident alone', () => {
    expect(rulesOn('Staff felt she was unable to protect her daughter once he became violent.')).toContain(
      'mother-could-not-protect',
    );
    expect(rulesOn('The panel said the mother could not protect her children from the abuse.')).toContain(
      'mother-could-not-protect',
    );
    expect(rulesOn('She could not protect her son from the illness that followed.')).not.toContain(
      'mother-could-not-protect',
    );
    expect(rulesOn('Mum could not protect her toddler from the fall on the stairs.')).not.toContain(
      'mother-could-not-protect',
    );
  });

  it('flags her neglect said to have given the man his chance, and leaves a rota that gave staff a chance alone', () => {
    expect(rulesOn('Through her neglect he was given the opportunity to abuse the boys.')).toContain(
      'mother-neglect-gave-abuser-opportunity',
    );
    expect(rulesOn('Through the new rota staff were given the opportunity to train.')).not.toContain(
      'mother-neglect-gave-abuser-opportunity',
    );
  });

  it('flags a mother who let it happen or let him hurt the baby, and leaves the council alone', () => {
    expect(rulesOn('Her mother Jo Bell allowed it to happen.')).toContain('mother-allowed-abuse-to-continue');
    expect(rulesOn('She let him hit the baby when he was drunk.')).toContain('mother-allowed-abuse-to-continue');
    expect(rulesOn('The council let him hit the deadline late.')).not.toContain('mother-allowed-abuse-to-continue');
  });

  it('flags a mother who looked the other way or exposed her children to him, and leaves a driver who looked the other way alone', () => {
    expect(rulesOn('Mum looked the other way while he hurt them.')).toContain('mother-looked-away-or-exposed-child');
    expect(rulesOn('She exposed her children to a violent man.')).toContain('mother-looked-away-or-exposed-child');
    expect(rulesOn('The driver looked the other way while we crossed.')).not.toContain(
      'mother-looked-away-or-exposed-child',
    );
  });
});

describe('abuse told as sex with the adult as the one who did it is flagged', () => {
  it('flags a man who had sex with a 14-year-old, and leaves sex between adults alone', () => {
    expect(rulesOn('Police said he had sex with a 14-year-old at the flat.')).toContain('had-sex-with-the-child');
    expect(rulesOn('Police said he had sex with a 24-year-old at the flat.')).not.toContain('had-sex-with-the-child');
  });

  it('flags a man accused of having sex with the girls, and leaves the same words with no child named alone', () => {
    expect(rulesOn('The two girls told a teacher and accused the man of having sex with them.')).toContain(
      'adult-had-sex-with-child',
    );
    expect(rulesOn('The woman accused the man of having sex with her sister.')).not.toContain(
      'adult-had-sex-with-child',
    );
  });
});
