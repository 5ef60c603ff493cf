// Writes src/styles.css from the string in src/display/styles.ts (the one copy of the styles).
import { writeFileSync } from 'node:fs';
import { underlineStyles } from '../src/display/styles.ts';

writeFileSync(new URL('../src/styles.css', import.meta.url), underlineStyles);
