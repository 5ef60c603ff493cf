export { validateRecordTemplate } from './record/validate-record-template.ts';
export { RecordTemplateError } from './record/record-template-error.ts';
export { defaultContactRecord } from './record/default-contact-record.ts';
export { renderRecordTemplate } from './record/render-record-template.ts';
export { checkRecordCompleteness } from './record/check-record-completeness.ts';
export type {
  RecordTemplate,
  RecordSection,
  RecordCompleteness,
  SectionCompleteness,
  SectionStatus,
  RenderRecordOptions,
} from './record/types.ts';
export { validateThresholdGuide } from './threshold/validate-threshold-guide.ts';
export { ThresholdGuideError } from './threshold/threshold-guide-error.ts';
export { exampleThresholdGuide } from './threshold/example-threshold-guide.ts';
export { searchThresholdGuide } from './threshold/search-threshold-guide.ts';
export { findRelatedIndicators } from './threshold/find-related-indicators.ts';
export type {
  ThresholdGuide,
  ThresholdLevel,
  ThresholdIndicator,
  RelatedIndicator,
  IndicatorMatch,
  ThresholdSearchResult,
} from './threshold/types.ts';
