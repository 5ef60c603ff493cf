import { describe, expect, it } from 'vitest';
import * as guides from '@casenote/guides';
import * as lint from '@casenote/lint';

describe('@casenote/guides public API', () => {
  it('exports the record and threshold functions, and nothing else', () => {
    expect(Object.keys(guides).sort()).toEqual(
      [
        'checkRecordCompleteness',
        'defaultContactRecord',
        'exampleThresholdGuide',
        'findRelatedIndicators',
        'RecordTemplateError',
        'renderRecordTemplate',
        'searchThresholdGuide',
        'ThresholdGuideError',
        'validateRecordTemplate',
        'validateThresholdGuide',
      ].sort(),
    );
  });

  it('is the only home of the guides: the engine no longer exports them', () => {
    for (const name of Object.keys(guides)) expect(Object.keys(lint), name).not.toContain(name);
  });
});
