import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef26 (issue 9): five false alarms on writing that criticises victim-blaming or speaks of adults, each paired with the
// harmful use that must still be flagged.

describe('criticism of victim-blaming and adults’ own lives are not flagged as victim-blaming', () => {
  it('leaves a choice that is denied alone, and still flags a lifestyle choice put on a child', () => {
    expect(rulesOn('So there was no major lifestyle choice involved; he did as he had been taught.')).not.toContain(
      'lifestyle-choice',
    );
    expect(rulesOn('She said it was not a lifestyle choice.')).not.toContain('lifestyle-choice');
    expect(rulesOn('Staff felt Jade (14) had made a lifestyle choice.')).toContain('lifestyle-choice');
  });

  it('leaves “treated as offenders rather than victims” alone, and still flags children treated as offenders', () => {
    expect(rulesOn('Both girls were treated as offenders rather than victims.')).not.toContain('treated-as-criminal');
    expect(rulesOn('Both girls were treated as offenders by the police.')).toContain('treated-as-criminal');
  });

  it('leaves an accused man’s alleged victim alone, and still flags a child’s alleged abuse', () => {
    expect(rulesOn('The court heard that his alleged victim, a girl of 12, was too scared to speak.')).not.toContain(
      'alleged-abuse',
    );
    expect(rulesOn('Jade (12) spoke about the alleged abuse at school.')).toContain('alleged-abuse');
  });

  it('leaves a lover in disguise alone, and still flags a child’s lover', () => {
    expect(rulesOn('Dr Crippen disguised his lover as a young boy when he fled the country.')).toEqual([]);
    // "The girl, 14," is read as a child since deficit28, so the child-and-adult rule speaks for her "lover"
    expect(rulesOn('The girl, 14, met her lover, 31, in the park.')).toContain('child-adult-boyfriend');
  });

  it('leaves a sentence that calls sex with a minor rape alone, and still flags sex with a child told as sex', () => {
    expect(rulesOn('The judge said that sex with a minor is statutory rape.')).toEqual([]);
    expect(rulesOn('He admitted having sex with a 14-year-old.')).toContain('sex-with-child');
  });
});
