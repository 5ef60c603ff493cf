import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision42: a professional's failure to visit, attend or respond is what reviews and reports record about the
// service, as an organisation's is (dev-clean-38a); the deficit label is about the family. Invented sentences.

describe('a professional who failed to visit or respond is not labelled as a failing family', () => {
  it('leaves health visitors, social workers and staff who failed to act alone', () => {
    expect(rulesOn('The review found health visitors were failing to visit new babies on time.')).not.toContain(
      'failed-to-engage',
    );
    expect(rulesOn('The social worker failed to visit the children for six weeks.')).not.toContain('failed-to-engage');
    expect(rulesOn('Staff repeatedly failed to respond to her calls.')).not.toContain('failed-to-engage');
  });
  it('still flags a parent told as failing', () => {
    expect(rulesOn('Mum failed to attend the appointment.')).toContain('failed-to-engage');
    expect(rulesOn('The nurse said Mum had failed to attend.')).toContain('failed-to-engage');
    expect(rulesOn('Dad failed to visit them regularly.')).toContain('failed-to-engage');
  });
});
