import type { SectionStatus } from '@casenote/guides';
import type { Category, Severity } from '@casenote/lint';
import {
  analysisLabels,
  cardLabels,
  categoryNouns,
  categoryTitles,
  helpLabels,
  panelLabels,
  severityTitles,
} from '@casenote/tiptap';
import { recordLabels, recordStatusDescriptions, recordStatusLabels, thresholdLabels } from './record-labels.ts';

// The words for findings (categories, severities, card, panel, meter, shortcut help) are
// @casenote/tiptap's, shared with @casenote/element; this file gathers them, with the record and
// threshold words, into the one labels object a host can replace.
export { analysisLabels, cardLabels, categoryNouns, categoryTitles, helpLabels, panelLabels, severityTitles };

/** Every word the components show or announce, in one object a host can replace (see `CaseNoteLabelsProvider`). */
export interface CaseNoteLabels {
  categoryTitles: Record<Category, string>;
  categoryNouns: Record<Category, string>;
  severityTitles: Record<Severity, string>;
  analysis: typeof analysisLabels;
  card: typeof cardLabels;
  panel: typeof panelLabels;
  help: typeof helpLabels;
  record: typeof recordLabels;
  recordStatuses: Record<SectionStatus, string>;
  recordStatusDescriptions: Record<SectionStatus, string>;
  threshold: typeof thresholdLabels;
}

/** A host's replacements: any section, any key in it; the rest stay the defaults. */
export type CaseNoteLabelsOverrides = { [Section in keyof CaseNoteLabels]?: Partial<CaseNoteLabels[Section]> };

/** The en-GB defaults. */
export const defaultLabels: CaseNoteLabels = {
  categoryTitles,
  categoryNouns,
  severityTitles,
  analysis: analysisLabels,
  card: cardLabels,
  panel: panelLabels,
  help: helpLabels,
  record: recordLabels,
  recordStatuses: recordStatusLabels,
  recordStatusDescriptions,
  threshold: thresholdLabels,
};

/** `overrides` laid over `base`, section by section. */
export function mergeLabels(base: CaseNoteLabels, overrides: CaseNoteLabelsOverrides | undefined): CaseNoteLabels {
  if (!overrides) return base;
  const merged = { ...base } as Record<keyof CaseNoteLabels, unknown>;
  for (const section of Object.keys(overrides) as (keyof CaseNoteLabels)[]) {
    merged[section] = { ...base[section], ...overrides[section] };
  }
  return merged as CaseNoteLabels;
}
