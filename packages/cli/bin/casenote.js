#!/usr/bin/env node
import { main } from '../dist/main.js';

// A reader that stops early (`casenote lint … | head`) is not an error worth a stack trace.
// Any other write failure (a full disk, `> /dev/full`) is one line and exit code 2, never a stack.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(
    `casenote: cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`,
  );
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
