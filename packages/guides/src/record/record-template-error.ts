/**
 * A record template that failed validation. The message names the template, the section and the
 * field, in the style of `RulePackError`: `team-record: section 3 ("household"): field "heading": …`.
 */
export class RecordTemplateError extends Error {
  override name = 'RecordTemplateError';
  /** The template's name as given to the validator (file path or a name). */
  readonly template: string;
  /** The 0-based section index, if the problem is in one section. */
  readonly section: number | undefined;
  readonly sectionId: string | undefined;
  readonly field: string | undefined;
  readonly problem: string;
  constructor(
    template: string,
    section: number | undefined,
    sectionId: string | undefined,
    field: string | undefined,
    problem: string,
  ) {
    const where = [
      template,
      section === undefined ? undefined : `section ${section + 1}${sectionId ? ` ("${sectionId}")` : ''}`,
      field === undefined ? undefined : `field "${field}"`,
    ].filter(Boolean);
    super(`${where.join(': ')}: ${problem}`);
    this.template = template;
    this.section = section;
    this.sectionId = sectionId;
    this.field = field;
    this.problem = problem;
  }
}
