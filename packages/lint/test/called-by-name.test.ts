import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const read = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => `${sentence.kind} ${sentence.addressee}`);

describe('a letter that calls the child by name in passing', () => {
  it('counts “to you Daisy” and “We love you Aunt April!” as written to the child, not about her', () => {
    // dev-passages-50a: a mother's letter to her baby daughter; a sister's birthday post to her sister
    const daisy = { child: { name: 'Daisy' } };
    expect(
      read('This is my letter to you Daisy Emily Fletcher. I knew I would love you for the rest of my life.', daisy),
    ).toEqual(['to-child child', 'to-child child']);
    expect(
      read('We love you Aunt April! You did awesome at this weekend’s performance!', { child: { name: 'April' } }),
    ).toEqual(['to-child child', 'to-child child']);
    expect(
      read('I just want you to know April, that I love you just as much today. You have made us proud.', {
        child: { name: 'April' },
      }),
    ).toEqual(['to-child child', 'to-child child']);
  });

  it('still reads a letter to an adult that names the child after “you” as about the child', () => {
    const keisha = { child: { name: 'Keisha' } };
    expect(analyseNote('I told you Keisha was coming home on Friday.', keisha).addressee).toBe('other');
    expect(analyseNote('I want you to meet Keisha before she moves in.', keisha).addressee).toBe('other');
  });

  it('counts the child’s name closing a greeting (“Congratulations again April!”) as said to her', () => {
    const april = { child: { name: 'April' } };
    expect(read('Congratulations again April! You are an amazing dancer!', april)).toEqual([
      'to-child child',
      'to-child child',
    ]);
    expect(read('Well done Sam. You worked so hard.', { child: { name: 'Sam' } })).toEqual([
      'to-child child',
      'to-child child',
    ]);
    // a greeting to someone else is not said to the child
    expect(read('Happy birthday Mum! I hope you have a lovely day.', { child: { name: 'Jade' } })[0]).toBe(
      'neutral none',
    );
  });
});

describe('who “you” is on a page to young carers', () => {
  it('reads “If you are a young carer you may help care for a parent, a sibling, a child…” as written to the child', () => {
    // dev-passages-50a: a young carers' page; "a child" is one of those a young carer may look after
    const page =
      'If you are a young carer you may help care for a parent, a sibling, a child or a grandparent. You might help out with cleaning or cooking.';
    expect(analyseNote(page).addressee).toBe('child');
    expect(analyseNote(page).summary.toChild).toBe(2);
  });
});

describe('children described by where they are placed', () => {
  it('counts “Children placed in foster care tell us…” as children in general, not the child', () => {
    // dev-passages-50a: a fostering charity's page on sibling groups
    expect(read('Children placed in foster care tell us this is what they want.')).toEqual(['neutral none']);
    // a group that did something is still a particular group
    expect(read('Children attended the session.')).toEqual(['about-child none']);
  });
});
