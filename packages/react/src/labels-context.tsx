import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type CaseNoteLabels, type CaseNoteLabelsOverrides, defaultLabels, mergeLabels } from './labels.ts';

const LabelsContext = createContext<CaseNoteLabels>(defaultLabels);

export interface CaseNoteLabelsProviderProps {
  /** Replacements for any of the words (partial), laid over the en-GB defaults or an outer provider's. */
  labels: CaseNoteLabelsOverrides;
  children?: ReactNode;
}

/**
 * Gives every component inside it the host's words (a translation, the organisation's own terms).
 * Nested providers add to the outer one's words.
 */
export function CaseNoteLabelsProvider({ labels, children }: CaseNoteLabelsProviderProps) {
  const outer = useContext(LabelsContext);
  const merged = useMemo(() => mergeLabels(outer, labels), [outer, labels]);
  return <LabelsContext.Provider value={merged}>{children}</LabelsContext.Provider>;
}

/** The words in effect: the nearest `CaseNoteLabelsProvider`'s, else the en-GB defaults. */
export function useCaseNoteLabels(): CaseNoteLabels {
  return useContext(LabelsContext);
}
