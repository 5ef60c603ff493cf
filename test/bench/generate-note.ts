/**
 * Deterministic synthetic case notes for benchmarks: realistic recording sentences, some with the
 * language the rules look for, about fictional people. Same seed, same note.
 */
import { seededRandom } from '../support/seeded-random.ts';
const sentences = [
  'I visited you at home today and you showed me your drawings of the dog.',
  'Mum made us a cup of tea and we talked about how school has been going.',
  'You told me that you like maths but find spelling hard.',
  'Jade has contact with her dad every Saturday at the contact centre.',
  'SW visited Jade at the placement and she presented as withdrawn.',
  'Sam was at nursery, so I will visit again on Thursday to see him.',
  'Mum said the house has been chaotic since the baby arrived.',
  'Jade is LAC and her IRO will chair the review next month.',
  'You said you feel safe with Nan and want to stay there at weekends.',
  'The school reported that Jade is putting herself at risk by going to the park at night.',
  'Dad was described as hostile and refused to engage with the CIN plan.',
  'We agreed that I would ring your teacher, Mrs Khan, about the after-school club.',
  'Kacper showed me his new football boots and told me about his team.',
  'Jade’s older boyfriend was seen picking her up from school.',
  'The family are hard to reach and the case was stepped down to early help.',
  'You drew a picture of your bedroom and said it is your favourite place.',
  'Aisha was upset when we talked about moving and said she misses her friends.',
  'A strategy discussion was held and a S47 enquiry will follow.',
  'Mum and I made a plan for mornings so that you get to school on time.',
  'You said "I want to see my brother more" and I have written that in your plan.',
  'Nnamdi has been sexually active since he was 13 according to the referral.',
  'The respite carer will take Chloé for a sleepover on Friday.',
  'Dad told me he has found work and is proud of how the children are doing.',
  'The child absconded from the unit twice this week.',
];

/**
 * Builds a note of at least `words` words in paragraphs of three to six sentences.
 *
 * @param words Target word count.
 * @param seed PRNG seed. @default 1
 */
export function generateNote(words: number, seed = 1): string {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 3 + Math.floor(random() * 4);
    const paragraph: string[] = [];
    for (let index = 0; index < length && count < words; index += 1) {
      const sentence = sentences[Math.floor(random() * sentences.length)] as string;
      paragraph.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs.join('\n\n');
}
