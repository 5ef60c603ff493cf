import { version } from 'react';
import { expect, test } from 'vitest';

// The components run on React 18 and 19 (peer range ^18.2 || ^19): the `browser` project runs them
// on React 19, the `react18` project on React 18. This pins that each project really has its version.
test('the components are tested on the React version the project names', () => {
  const expected = (import.meta as unknown as { env: Record<string, string | undefined> }).env.EXPECTED_REACT_MAJOR;
  expect(expected).toMatch(/^(18|19)$/);
  expect(version.split('.')[0]).toBe(expected);
});
