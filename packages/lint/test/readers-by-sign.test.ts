import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const read = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => `${sentence.kind} ${sentence.addressee}`);

// dev-passages-55a (addressee29): parents' and grandparents' letters to children starting school, a grown child's
// letter to a parent, teachers' posts to other teachers, advice to teachers on writing to parents
describe('letters to the child about starting school', () => {
  it('counts "I wondered if you would be one of those kids who cry" as written to the child', () => {
    const letter =
      'I held your hand as we walked to school on your first day. I wondered if you would be one of those kids who cry at the gate. Nope, you ran straight in.';
    expect(analyseNote(letter).addressee).toBe('child');
    expect(read(letter)).toEqual(['to-child child', 'to-child child', 'to-child child']);
  });

  it('never reads "Nope" or "Yep" opening a sentence as the child’s name', () => {
    const analysis = analyseNote('Nope, you did not cry at all.');
    expect(analysis.child.name).toBeNull();
    expect(analysis.sentences[0]?.reason).not.toContain('by name');
    expect(analyseNote('Yep, you were brave.').child.name).toBeNull();
  });

  it('never names "Oldest" or "Youngest" opening a sentence as the child', () => {
    const post =
      'Oldest has been told that we have booked this and he can see it on the calendar. He has started to get excited about it.';
    const analysis = analyseNote(post);
    expect(analysis.child.name).toBeNull();
    const messages = analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' ');
    expect(messages).not.toContain('Oldest');
    expect(
      analyseNote('Youngest has asked about the visit and she is excited. She wants to go.').child.name,
    ).toBeNull();
  });

  it('reads the child’s full name after "keep you safe" as said to her, not spoken of', () => {
    const letter = 'I will always keep you safe Mia Rose Harper and I will never stop loving you.';
    expect(read(letter, { child: { name: 'Mia' } })).toEqual(['to-child child']);
    // a name that opens a new clause after "you" is still spoken of
    expect(read('I told you Mia would come to tea. You were right.', { child: { name: 'Mia' } })[0]).toBe(
      'about-child other',
    );
  });
});

describe('a reader the note itself shows is not the child', () => {
  it('reads a grown child’s letter that calls the reader "Dad" mid-sentence as written to an adult', () => {
    const letter = 'And now, Dad, I get to say how proud I am of you. You finished your degree at last.';
    expect(analyseNote(letter).addressee).toBe('other');
    expect(read(letter)).toEqual(['neutral other', 'neutral other']);
    // a list of the family is no one called: "Yesterday, Mum, Dad and I…" in a letter to the child
    expect(analyseNote('Yesterday, Mum, Dad and I came to see you. You were so happy.').addressee).toBe('child');
  });

  it('reads advice that speaks of the parents and their child beside "you" as written to an adult', () => {
    const advice = 'The parents will want to know what happened and what you plan to do about their child next.';
    expect(analyseNote(advice).addressee).toBe('other');
    expect(read(advice)).toEqual(['neutral other']);
  });

  it('still reads "you are their child" as written to the child: the child is the one called their child', () => {
    const told = 'If you live with a new family, you are just as much their child as any other. Your carers chose you.';
    expect(analyseNote(told).addressee).toBe('child');
    expect(read(told)).toEqual(['to-child child', 'to-child child']);
    expect(read('Your parents picked you, and you are their child in every way.')).toEqual(['to-child child']);
  });

  it('reads a teacher’s post to its readers ("I don’t know about you, but…") as written to adults', () => {
    const post = "I don't know about you, but this term has been great. You feel like you really know your class.";
    expect(analyseNote(post).addressee).toBe('other');
    expect(read(post)).toEqual(['neutral other', 'neutral other']);
    const aside = 'For those of you who did not know, I teach third grade. You will hear a lot about it here.';
    expect(analyseNote(aside).addressee).toBe('other');
  });

  it('reads a fostering page on the children "you\'ll care for" and "birth children" at home as written to adults', () => {
    const page =
      'You do not need to own your home to be a foster carer. We look at how you will meet the needs of the children you will care for.';
    expect(analyseNote(page).addressee).toBe('other');
    expect(analyseNote('If you have birth children living at home with you, tell us about them.').addressee).toBe(
      'other',
    );
    // a young carer caring for a parent is the child
    expect(analyseNote('You may help the person you care for to get dressed.').addressee).toBe('child');
  });

  it('reads a sentence closing on another person’s name as written to them when the host names the child', () => {
    const letter = 'I remember the call telling me you were at the hospital, Amanda. That was the day we met our girl.';
    const context = { child: { name: 'Piper', pronouns: 'she' as const } };
    expect(analyseNote(letter, context).addressee).toBe('other');
    expect(read(letter, context)[0]).toBe('neutral other');
    // the child's own name, or a name after "your sister", is no other reader
    expect(analyseNote('I am so proud of you, Piper.', context).addressee).toBe('child');
    expect(analyseNote('You were so kind to your sister, Mia.', context).addressee).toBe('child');
  });
});
