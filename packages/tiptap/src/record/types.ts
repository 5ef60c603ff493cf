import type { RecordTemplate } from '@casenote/guides';

/** How a record template is written into the document. */
export interface InsertRecordOptions {
  /**
   * Heading level for the section headings when the schema has a `heading` node; without one, each
   * heading is a paragraph ending in a colon (`Consent:`). @default 2
   */
  headingLevel?: number;
  /**
   * Put each section's prompt in a paragraph under its heading (the completeness check does not
   * count a prompt left in place). With `false`, an empty paragraph is left for the writer. @default true
   */
  prompts?: boolean;
}

/** Options of the `ContactRecord` extension. */
export interface ContactRecordOptions extends InsertRecordOptions {
  /**
   * The template `insertRecordTemplate()` inserts when given none. The default is an example: hosts
   * replace it with their own (validated by `validateRecordTemplate`). @default defaultContactRecord
   */
  template: RecordTemplate;
}

/** A place in the document to put the writer: a caret (`from` = `to`) or a selected prompt. */
export interface RecordSectionTarget {
  from: number;
  to: number;
  /** Whether `from`–`to` is the section's prompt, selected so typing replaces it. */
  promptSelected: boolean;
}
