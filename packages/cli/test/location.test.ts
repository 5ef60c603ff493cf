import { describe, expect, test } from 'vitest';
import { createLocator } from '../src/format/location.ts';

describe('createLocator', () => {
  test('the first character is line 1, column 1', () => {
    expect(createLocator('Jade')(0)).toEqual({ line: 1, column: 1 });
  });

  test('LF, CRLF and a lone CR each end one line', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const locate = createLocator(text);
    expect(locate(text.indexOf('two'))).toEqual({ line: 2, column: 1 });
    expect(locate(text.indexOf('three'))).toEqual({ line: 3, column: 1 });
    expect(locate(text.indexOf('four') + 2)).toEqual({ line: 4, column: 3 });
  });

  test('a CRLF is one break, not two', () => {
    const locate = createLocator('a\r\n\r\nb');
    expect(locate(5)).toEqual({ line: 3, column: 1 });
  });

  test('columns count UTF-16 code units, so an emoji counts as two', () => {
    const text = '😀 Jade';
    expect(createLocator(text)(text.indexOf('Jade'))).toEqual({ line: 1, column: 4 });
  });

  test('an offset at the end of the text is located on the last line', () => {
    const text = 'a\nbc';
    expect(createLocator(text)(text.length)).toEqual({ line: 2, column: 3 });
  });
});
