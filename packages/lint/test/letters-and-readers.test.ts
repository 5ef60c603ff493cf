import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const read = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => `${sentence.kind} ${sentence.addressee}`);

// dev-passages-54a (addressee28): parents' letters to their children, carers' stories and forum replies to parents
describe('letters to the child that name them as the writer’s own', () => {
  it('counts an adoption-day letter ("you became my daughter") as written to the child', () => {
    const letter =
      'Two years ago today we drove to the court. That day you became my daughter, forever. I am so proud of you.';
    const analysis = analyseNote(letter);
    expect(analysis.addressee).toBe('child');
    expect(read(letter).slice(1)).toEqual(['to-child child', 'to-child child']);
  });

  it('greets the child when a birthday wish closes on an endearment after a comma', () => {
    const letter = 'You have one of the kindest hearts I know. Happy 18th birthday, Sweetheart!';
    expect(read(letter, { child: { name: 'Rosa' } })).toEqual(['to-child child', 'to-child child']);
    expect(analyseNote(letter).sentences[1]?.reason).toBe('greets the child');
    // a wish to someone else after the comma is not the child's
    expect(analyseNote('Happy birthday, Mum!').sentences[0]?.kind).not.toBe('to-child');
  });
});

describe('a reader the note itself shows is an adult', () => {
  it('reads a page to people thinking of fostering as written to an adult, not to a child', () => {
    const page =
      'If you are considering fostering a group of brothers and sisters, you do need a strong support network and several spare rooms.';
    expect(analyseNote(page).addressee).toBe('other');
    expect(read(page)).toEqual(['neutral other']);
  });

  it('keeps a parent’s son as the one "him" stands for after an instruction that opens "Tell"', () => {
    const reply = 'Continue to remind your son that she loves him. Tell him she did a great job getting him ready.';
    expect(read(reply)).toEqual(['about-child other', 'about-child other']);
    expect(analyseNote('Tell him she did a great job.').child.name).toBeNull();
  });
});

describe('the editor’s rewrite flow', () => {
  it('still counts a note mid-rewrite, "you" beside the child’s name, as written to the child', () => {
    // the writer rewrites one sentence at a time: the note mixes "you" and the name until the last one is done
    const note = 'I visited Jade at home today. You showed me your drawings. SW visited Jade after school.';
    const analysis = analyseNote(note, { child: { name: 'Jade' } });
    expect(analysis.addressee).toBe('child');
    expect(read(note, { child: { name: 'Jade' } })[1]).toBe('to-child child');
    // and once the rewrite is done, every sentence is to Jade
    const done = 'I visited you at home today. You showed me your drawings. I visited you after school.';
    expect(read(done, { child: { name: 'Jade' } })).toEqual(['to-child child', 'to-child child', 'to-child child']);
  });
});

describe('words the analysis must never call the child', () => {
  it('does not take a toy’s or a pet’s name for the child', () => {
    const post =
      'She loved the photos of her favourite toy Wibble which came with her when she arrived. She thought the photos were funny.';
    const analysis = analyseNote(post);
    expect(analysis.child.name).toBeNull();
    expect(analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' ')).not.toContain('Wibble');
    expect(analyseNote('We took our dog Biscuit to the park. She was happy.').child.name).toBeNull();
  });

  it('does not take an adverb opening a sentence ("Genuinely, …") for the child’s name', () => {
    const letter = 'I hope you are happy. Genuinely, laugh out loud happy with your life.';
    const analysis = analyseNote(letter);
    expect(analysis.child.name).toBeNull();
    expect(analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' ')).not.toContain('Genuinely');
  });
});
