/** One section of a contact record: a heading the worker fills in and a short prompt saying what goes there. */
export interface RecordSection {
  /** Stable kebab-case id, unique in the template (e.g. `"household"`). */
  id: string;
  /** The heading as it appears in the record, without a trailing colon (e.g. `"Consent"`). */
  heading: string;
  /** A short prompt, in plain words, saying what to write under the heading. */
  prompt: string;
  /** Fewer words than this and the section is reported as `'thin'`. @default 8 */
  minWords?: number;
  /** Whether the record is incomplete without this section. @default true */
  required?: boolean;
}

/** A host-configurable contact record template (R1 of the audit): data, checked by `validateRecordTemplate`. */
export interface RecordTemplate {
  /** Stable kebab-case id of the template. */
  id: string;
  /** Title shown to workers (e.g. in an "Insert contact record" menu). */
  title: string;
  /** `true` for an example that a host is expected to replace with its own template. */
  example?: boolean;
  /** The sections, in the order they are inserted. */
  sections: RecordSection[];
}

/**
 * How complete one section is:
 * - `'missing'`: its heading is not in the text;
 * - `'empty'`: the heading is there with nothing under it, or only the prompt left in place;
 * - `'thin'`: fewer words than the section's `minWords`;
 * - `'complete'`: enough words.
 */
export type SectionStatus = 'missing' | 'empty' | 'thin' | 'complete';

/** The completeness of one section, with offsets so an editor can jump to it. */
export interface SectionCompleteness {
  id: string;
  heading: string;
  /** Whether the heading was found in the text. */
  found: boolean;
  /** Words written under the heading, not counting the prompt if it was left in place. */
  words: number;
  status: SectionStatus;
  /** Whether the section counts towards `complete` (the template's `required`, default true). */
  required: boolean;
  /** Whether the section's prompt is still in the text (it is not counted as words). */
  promptLeft: boolean;
  /** Start of the heading line (UTF-16 offset, as `String.prototype.slice`); absent when missing. */
  from?: number;
  /** End of the section's last non-blank character; absent when missing. */
  to?: number;
  /** Where the section's body starts (just after the heading and its colon): a place to put the cursor. */
  bodyFrom?: number;
}

/** The result of `checkRecordCompleteness`. */
export interface RecordCompleteness {
  /** One entry per template section, in template order. */
  sections: SectionCompleteness[];
  /** `true` when every required section is `'complete'`. */
  complete: boolean;
}

/** Options for `renderRecordTemplate`. */
export interface RenderRecordOptions {
  /**
   * `'colon'` writes each heading on its own line ending in a colon (`Consent:`); `'markdown'` writes
   * `## Consent`. Both are recognised by `checkRecordCompleteness`. @default 'colon'
   */
  headingStyle?: 'colon' | 'markdown';
  /** Whether to write each section's prompt under its heading. @default true */
  prompts?: boolean;
}
