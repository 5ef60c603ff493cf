import { describe, expect, it } from 'vitest';
import * as api from '@casenote/guides';
import {
  checkRecordCompleteness,
  defaultContactRecord,
  RecordTemplateError,
  renderRecordTemplate,
  validateRecordTemplate,
} from '@casenote/guides';
import type { RecordTemplate } from '@casenote/guides';

const template: RecordTemplate = {
  id: 'team-record',
  title: 'Team contact record',
  sections: [
    { id: 'contact', heading: 'Who contacted us and how', prompt: 'Who got in touch, and how.' },
    { id: 'household', heading: 'Who lives in the household', prompt: 'Each child by name and age.', minWords: 6 },
    { id: 'consent', heading: 'Consent', prompt: 'Do the parents agree?', minWords: 4 },
    { id: 'notes', heading: 'Anything else', prompt: 'Anything else we should know.', required: false },
  ],
};

/** The message of the error `validateRecordTemplate` throws for `data`. */
function problem(data: unknown): string {
  try {
    validateRecordTemplate(data, 'team-record.json');
  } catch (error) {
    expect(error).toBeInstanceOf(RecordTemplateError);
    return (error as Error).message;
  }
  throw new Error('expected a RecordTemplateError');
}

const withSection = (section: Record<string, unknown>, index = 1): unknown => ({
  ...template,
  sections: template.sections.map((existing, at) => (at === index ? section : existing)),
});

describe('record template API', () => {
  it('exports the record functions', () => {
    for (const name of [
      'validateRecordTemplate',
      'RecordTemplateError',
      'defaultContactRecord',
      'renderRecordTemplate',
      'checkRecordCompleteness',
    ]) {
      expect(Object.keys(api), name).toContain(name);
    }
  });
});

describe('validateRecordTemplate', () => {
  it('accepts a good template and returns it', () => {
    expect(validateRecordTemplate(template, 'team-record.json')).toBe(template);
  });

  it('accepts the default template, which is marked as an example', () => {
    expect(validateRecordTemplate(defaultContactRecord, 'default')).toBe(defaultContactRecord);
    expect(defaultContactRecord.example).toBe(true);
    expect(defaultContactRecord.title).toMatch(/example/i);
    expect(defaultContactRecord.sections.map((section) => section.id)).toEqual([
      'contact',
      'worries',
      'child-said',
      'household',
      'working-well',
      'history',
      'consent',
      'threshold',
      'decision',
    ]);
  });

  it('names the template, section and field of each problem', () => {
    expect(problem('nope')).toBe('team-record.json: a record template must be a mapping with id, title and sections');
    expect(problem({ ...template, id: 'Team Record' })).toBe(
      'team-record.json: field "id": must be a kebab-case id such as "contact-record"',
    );
    expect(problem({ ...template, title: ' ' })).toBe('team-record.json: field "title": must be a non-empty string');
    expect(problem({ ...template, example: 'yes' })).toBe('team-record.json: field "example": must be true or false');
    expect(problem({ ...template, sections: [] })).toBe(
      'team-record.json: field "sections": must be a non-empty list of sections',
    );
    expect(problem({ ...template, colour: 'red' })).toMatch(/^team-record\.json: field "colour": unknown field/);
    expect(problem(withSection({ id: 'household', heading: '', prompt: 'Each child.' }))).toBe(
      'team-record.json: section 2 ("household"): field "heading": must be a non-empty string',
    );
    expect(problem(withSection({ id: 'household', heading: 'Household:', prompt: 'Each child.' }))).toMatch(
      /^team-record\.json: section 2 \("household"\): field "heading": must not end with a colon/,
    );
    expect(problem(withSection({ id: 'household', heading: '## Household', prompt: 'Each child.' }))).toMatch(
      /field "heading": must not start with "#"/,
    );
    expect(problem(withSection({ id: 'household', heading: 'Who lives\nhere', prompt: 'Each child.' }))).toMatch(
      /field "heading": must be a single line/,
    );
    expect(problem(withSection({ id: 'household', heading: 'CONSENT', prompt: 'Each child.' }))).toBe(
      'team-record.json: section 3 ("consent"): field "heading": the same heading as section 2; headings must differ so each section can be found in the text',
    );
    expect(problem(withSection({ id: 'contact', heading: 'Household', prompt: 'Each child.' }))).toBe(
      'team-record.json: section 2 ("contact"): field "id": duplicate id; section 1 already uses it',
    );
    expect(problem(withSection({ id: 'household', heading: 'Household' }))).toBe(
      'team-record.json: section 2 ("household"): field "prompt": must be a non-empty string saying what to write in the section',
    );
    expect(
      problem(withSection({ id: 'household', heading: 'Household', prompt: 'Each child.', minWords: 2.5 })),
    ).toMatch(/section 2 \("household"\): field "minWords": must be a whole number/);
    expect(problem(withSection({ id: 'household', heading: 'Household', prompt: 'Each child.', required: 'no' }))).toBe(
      'team-record.json: section 2 ("household"): field "required": must be true or false',
    );
    expect(problem(withSection({ heading: 'Household', prompt: 'Each child.' }))).toBe(
      'team-record.json: section 2: field "id": must be a kebab-case id such as "household"',
    );
    expect(problem(withSection({ id: 'household', heading: 'Household', prompt: 'Each child.', hint: 'x' }))).toMatch(
      /^team-record\.json: section 2 \("household"\): field "hint": unknown field/,
    );
    expect(problem(withSection('household' as never))).toBe(
      'team-record.json: section 2: each section must be a mapping with id, heading and prompt',
    );
  });

  it('exposes the parts of the error', () => {
    try {
      validateRecordTemplate(withSection({ id: 'household', heading: '', prompt: 'x' }), 'team');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        name: 'RecordTemplateError',
        template: 'team',
        section: 1,
        sectionId: 'household',
        field: 'heading',
        problem: 'must be a non-empty string',
      });
    }
  });
});

describe('renderRecordTemplate', () => {
  it('writes headings ending in a colon, each with its prompt, by default', () => {
    expect(renderRecordTemplate(template)).toBe(
      'Who contacted us and how:\nWho got in touch, and how.\n\nWho lives in the household:\nEach child by name and age.\n\nConsent:\nDo the parents agree?\n\nAnything else:\nAnything else we should know.\n',
    );
  });

  it('writes markdown headings, and leaves prompts out on request', () => {
    expect(renderRecordTemplate(template, { headingStyle: 'markdown', prompts: false })).toBe(
      '## Who contacted us and how\n\n## Who lives in the household\n\n## Consent\n\n## Anything else\n',
    );
  });

  it('renders a skeleton the completeness check reads as all empty', () => {
    for (const headingStyle of ['colon', 'markdown'] as const) {
      const result = checkRecordCompleteness(
        renderRecordTemplate(defaultContactRecord, { headingStyle }),
        defaultContactRecord,
      );
      expect(result.sections.map((section) => [section.id, section.status, section.promptLeft])).toEqual(
        defaultContactRecord.sections.map((section) => [section.id, 'empty', true]),
      );
      expect(result.complete).toBe(false);
    }
  });
});

describe('checkRecordCompleteness', () => {
  const record = [
    'who contacted us and how:',
    'Ms Patel, the head teacher at Riverside Primary, phoned on 3 March at 10am.',
    '',
    '## WHO LIVES IN THE HOUSEHOLD',
    'Each child by name and age.',
    'Jade, 9.',
    '',
    '**Consent:** Mum agreed on the phone.',
  ].join('\n');

  it('reports each section’s status, words and offsets', () => {
    const result = checkRecordCompleteness(record, template);
    expect(
      result.sections.map(
        ({ id, found, words, status }) => `${id}: ${found ? 'found' : 'not found'}, ${words} words, ${status}`,
      ),
    ).toEqual([
      'contact: found, 14 words, complete',
      'household: found, 2 words, thin',
      'consent: found, 5 words, complete',
      'notes: not found, 0 words, missing',
    ]);
    // the optional section does not stop the record being complete; the thin required one does
    expect(result.complete).toBe(false);
    const [contact, household, consent, notes] = result.sections;
    expect(record.slice(contact?.from, contact?.to)).toBe(
      'who contacted us and how:\nMs Patel, the head teacher at Riverside Primary, phoned on 3 March at 10am.',
    );
    expect(record.slice(household?.from, household?.to)).toBe(
      '## WHO LIVES IN THE HOUSEHOLD\nEach child by name and age.\nJade, 9.',
    );
    expect(household?.promptLeft).toBe(true);
    expect(record.slice(consent?.from, consent?.to)).toBe('**Consent:** Mum agreed on the phone.');
    expect(record.slice(consent?.bodyFrom)).toBe('Mum agreed on the phone.');
    expect(notes).toEqual({
      id: 'notes',
      heading: 'Anything else',
      found: false,
      words: 0,
      status: 'missing',
      required: false,
      promptLeft: false,
    });
  });

  it('is complete when every required section has enough words', () => {
    const filled = `${record.replace('Jade, 9.', 'Jade, 9, and her brother Leo, 4, live with Mum.')}\n`;
    const result = checkRecordCompleteness(filled, template);
    expect(result.sections.find((section) => section.id === 'household')).toMatchObject({
      status: 'complete',
      words: 10,
    });
    expect(result.complete).toBe(true);
  });

  it('reports a heading with nothing under it as empty, and a missing required section', () => {
    const result = checkRecordCompleteness(
      'Consent:\n\n\nWho contacted us and how\nDad rang the duty line this morning, worried about a bruise.',
      template,
    );
    expect(result.sections.map((section) => section.status)).toEqual(['complete', 'missing', 'empty', 'missing']);
    const consent = result.sections[2];
    expect(consent).toMatchObject({ from: 0, to: 8, bodyFrom: 8, words: 0, promptLeft: false });
    expect(result.complete).toBe(false);
  });

  it('uses minWords, defaulting to 8', () => {
    const contact = (body: string) =>
      checkRecordCompleteness(`Who contacted us and how:\n${body}`, template).sections[0]?.status;
    expect(contact('Dad rang the duty line this morning.')).toBe('thin');
    expect(contact('Dad rang the duty line this morning at nine.')).toBe('complete');
  });

  it('handles CRLF line endings, indentation and text before the first heading', () => {
    const text = 'Contact record, 3 March\r\n\r\n  Consent:\r\n  Mum agreed to us talking to school.\r\n';
    const consent = checkRecordCompleteness(text, template).sections[2];
    expect(consent).toMatchObject({ status: 'complete', words: 7 });
    expect(text.slice(consent?.from, consent?.to)).toBe('Consent:\r\n  Mum agreed to us talking to school.');
  });

  it('takes the first of a repeated heading; the second only ends the section before it', () => {
    const text = 'Consent:\nMum agreed to the referral today.\n\nConsent:\nDad was not asked because he was away.';
    const consent = checkRecordCompleteness(text, template).sections[2];
    expect(consent).toMatchObject({ words: 6, status: 'complete', from: 0 });
    expect(text.slice(consent?.from, consent?.to)).toBe('Consent:\nMum agreed to the referral today.');
  });

  it('does not take a sentence that starts with a heading word for a heading', () => {
    const result = checkRecordCompleteness('Consent was given by Mum on the phone today.', template);
    expect(result.sections[2]?.status).toBe('missing');
  });
});
