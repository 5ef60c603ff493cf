import { analyseNote } from '@casenote/lint';
const text = process.argv[2] as string;
const name = process.argv[3];
const a = analyseNote(text, name ? { child: { name } } : {});
for (const s of a.sentences as any[]) console.log(JSON.stringify(s.voice ?? s.voiceReading ?? null), '|', s.text);
