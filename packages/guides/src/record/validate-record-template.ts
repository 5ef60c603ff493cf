import { headingKey } from './heading-key.ts';
import { RecordTemplateError } from './record-template-error.ts';
import type { RecordSection, RecordTemplate } from './types.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const templateFields = new Set(['id', 'title', 'example', 'sections']);
const sectionFields = new Set(['id', 'heading', 'prompt', 'minWords', 'required']);

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Checks a host's contact record template (parsed from JSON or YAML) and returns it typed.
 *
 * @param data The parsed template.
 * @param name The template's name or file path, used in errors.
 * @returns The template, unchanged.
 * @throws RecordTemplateError naming the template, section and field of the first problem.
 * @example
 * const template = validateRecordTemplate(JSON.parse(json), 'team-record.json');
 */
export function validateRecordTemplate(data: unknown, name: string): RecordTemplate {
  const fail = (
    section: number | undefined,
    sectionId: string | undefined,
    field: string | undefined,
    problem: string,
  ): never => {
    throw new RecordTemplateError(name, section, sectionId, field, problem);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail(undefined, undefined, undefined, 'a record template must be a mapping with id, title and sections');
  const template = data as Record<string, unknown>;
  for (const field of Object.keys(template)) {
    if (!templateFields.has(field))
      fail(undefined, undefined, field, `unknown field; expected one of ${[...templateFields].join(', ')}`);
  }
  if (typeof template.id !== 'string' || !idPattern.test(template.id))
    fail(undefined, undefined, 'id', 'must be a kebab-case id such as "contact-record"');
  if (!isNonEmptyString(template.title)) fail(undefined, undefined, 'title', 'must be a non-empty string');
  if (template.example !== undefined && typeof template.example !== 'boolean')
    fail(undefined, undefined, 'example', 'must be true or false');
  if (!Array.isArray(template.sections) || template.sections.length === 0)
    return fail(undefined, undefined, 'sections', 'must be a non-empty list of sections');

  const ids = new Map<string, number>();
  const headings = new Map<string, number>();
  for (const [index, entry] of (template.sections as unknown[]).entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return fail(index, undefined, undefined, 'each section must be a mapping with id, heading and prompt');
    const section = entry as Record<string, unknown>;
    const id = typeof section.id === 'string' ? section.id : undefined;
    const check = (field: string, ok: boolean, problem: string): void => {
      if (!ok) fail(index, id, field, problem);
    };
    for (const field of Object.keys(section))
      check(field, sectionFields.has(field), `unknown field; expected one of ${[...sectionFields].join(', ')}`);
    check('id', id !== undefined && idPattern.test(id), 'must be a kebab-case id such as "household"');
    check('id', !ids.has(id as string), `duplicate id; section ${(ids.get(id as string) ?? 0) + 1} already uses it`);
    ids.set(id as string, index);

    const heading = section.heading;
    check('heading', isNonEmptyString(heading), 'must be a non-empty string');
    const text = heading as string;
    check('heading', !/[\r\n]/.test(text), 'must be a single line');
    check(
      'heading',
      !/:\s*$/.test(text),
      'must not end with a colon; the colon is added when the template is inserted',
    );
    check(
      'heading',
      !/^\s*#/.test(text),
      'must not start with "#"; markdown heading marks are added when the template is inserted',
    );
    check('heading', /\p{L}/u.test(text), 'must contain words');
    const key = headingKey(text);
    const earlier = headings.get(key);
    check(
      'heading',
      earlier === undefined,
      `the same heading as section ${(earlier ?? 0) + 1}; headings must differ so each section can be found in the text`,
    );
    headings.set(key, index);

    check('prompt', isNonEmptyString(section.prompt), 'must be a non-empty string saying what to write in the section');
    check(
      'minWords',
      section.minWords === undefined || (Number.isInteger(section.minWords) && (section.minWords as number) >= 0),
      'must be a whole number of words, 0 or more',
    );
    check('required', section.required === undefined || typeof section.required === 'boolean', 'must be true or false');
  }
  return data as RecordTemplate;
}

/** The word count below which a section is thin, when the template does not say. */
export const defaultMinWords = 8;

/** A section's `minWords`, or the default. */
export function minWordsOf(section: RecordSection): number {
  return section.minWords ?? defaultMinWords;
}
