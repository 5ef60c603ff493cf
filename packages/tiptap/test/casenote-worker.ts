// The one-line worker file the READMEs suggest for bundlers without Vite's `?worker` import.
import '@casenote/lint/worker';
