/** One step into a data document: `entry 3 ("lac-acronym")`, `level 2`, `indicator 1 ("no-gp")`. */
export interface DataLocation {
  /** What the step is called in messages: `entry`, `section`, `level`, `indicator`. */
  kind: string;
  /** 0-based index (shown 1-based). */
  index: number;
  /** The item's id, when it has one. */
  id?: string | undefined;
}

/**
 * Data that failed validation: a rule pack, a source list, linter options, a record template, a
 * threshold guide. The message always reads `document: step: field "name": problem`, so one
 * `instanceof DataError` catches every kind and every message points at the mistake.
 */
export class DataError extends Error {
  override name = 'DataError';
  /** The document (file path, pack name, or `lint options`). */
  readonly document: string;
  /** Where in the document, outermost first; empty for a problem with the whole document. */
  readonly path: readonly DataLocation[];
  /** The field at fault, when the problem is in one field. */
  readonly field: string | undefined;
  /** What is wrong, without the location. */
  readonly problem: string;
  constructor(document: string, path: readonly DataLocation[], field: string | undefined, problem: string) {
    const where = [
      document,
      ...path.map((step) => `${step.kind} ${step.index + 1}${step.id ? ` ("${step.id}")` : ''}`),
      field === undefined ? undefined : `field "${field}"`,
    ].filter(Boolean);
    super(`${where.join(': ')}: ${problem}`);
    this.document = document;
    this.path = path;
    this.field = field;
    this.problem = problem;
  }
}
