import { DataError } from '@casenote/rules';

/**
 * A record template that failed validation. Like every `DataError`, the message names the template,
 * the section and the field: `team-record: section 3 ("household"): field "heading": …`.
 */
export class RecordTemplateError extends DataError {
  override name = 'RecordTemplateError';
  /** The template's name as given to the validator (file path or a name). */
  readonly template: string;
  /** The 0-based section index, if the problem is in one section. */
  readonly section: number | undefined;
  readonly sectionId: string | undefined;
  constructor(
    template: string,
    section: number | undefined,
    sectionId: string | undefined,
    field: string | undefined,
    problem: string,
  ) {
    super(template, section === undefined ? [] : [{ kind: 'section', index: section, id: sectionId }], field, problem);
    this.template = template;
    this.section = section;
    this.sectionId = sectionId;
  }
}
