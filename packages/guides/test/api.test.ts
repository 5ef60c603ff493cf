import { describe, expect, it } from 'vitest';
import * as guides from '@casenote/guides';
import {
  RecordTemplateError,
  ThresholdGuideError,
  validateRecordTemplate,
  validateThresholdGuide,
} from '@casenote/guides';
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

  it('throws DataErrors, so one instanceof catches a bad template, guide or rule pack', () => {
    const thrown = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const template = thrown(() => validateRecordTemplate({ id: 'x', title: 'X', sections: [] }, 'team-record.json'));
    expect(template).toBeInstanceOf(RecordTemplateError);
    expect(template).toBeInstanceOf(lint.DataError);
    expect(template).toMatchObject({ document: 'team-record.json', template: 'team-record.json' });
    const guide = thrown(() => validateThresholdGuide({ id: 'x', title: 'X', levels: [] }, 'guide.json'));
    expect(guide).toBeInstanceOf(ThresholdGuideError);
    expect(guide).toBeInstanceOf(lint.DataError);
    expect(guide).toMatchObject({ document: 'guide.json', guide: 'guide.json' });
  });

  it('is the only home of the guides: the engine no longer exports them', () => {
    for (const name of Object.keys(guides)) expect(Object.keys(lint), name).not.toContain(name);
  });
});
