/** Word lists the note analysis reads people and voices with. Lower case. */

export const secondPerson = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"]);

export const femalePronouns = new Set(['she', 'her', 'hers', 'herself', "she's", "she'd", "she'll"]);
export const malePronouns = new Set(['he', 'him', 'his', 'himself', "he's", "he'd", "he'll"]);
export const theyPronouns = new Set(['they', 'them', 'their', 'theirs', 'themself', 'themselves', "they're", "they've"]);

/** Words that introduce another woman or girl, or another man or boy. */
export const femaleOthers = new Set([
  'mum', 'mummy', 'mother', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandmother', 'sister', 'stepsister',
  'aunt', 'auntie', 'aunty', 'stepmum', 'woman', 'lady', 'girl', 'girlfriend', 'mrs', 'ms', 'miss', 'daughter', 'niece',
  'wife', 'carer',
]);
export const maleOthers = new Set([
  'dad', 'daddy', 'father', 'grandad', 'granddad', 'grandpa', 'grandfather', 'brother', 'stepbrother', 'uncle', 'stepdad',
  'man', 'boy', 'boyfriend', 'mr', 'son', 'nephew', 'husband',
]);

/** Capitalised words that are not people's names. */
export const notNames = new Set([
  'i', 'mum', 'mummy', 'dad', 'daddy', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'granddad', 'grandpa',
  'auntie', 'aunty', 'uncle', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sw', 'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'he', 'she', 'they', 'we', 'you', 'it', 'his', 'her', 'their', 'our', 'your', 'my', 'me', 'him', 'them', 'us',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'christmas', 'easter',
  'school', 'primary', 'academy', 'college', 'nursery', 'road', 'street', 'lane', 'close', 'avenue', 'park', 'centre',
  'hospital', 'council', 'police', 'english', 'maths', 'science', 'art', 'pe', 'today', 'yesterday', 'tomorrow',
  'when', 'then', 'after', 'before', 'during', 'on', 'in', 'at', 'we', 'there', 'here', 'what', 'where', 'who', 'why',
  'how', 'if', 'and', 'but', 'so', 'because', 'as', 'also', 'later', 'next', 'last', 'both', 'all', 'some', 'no',
  'yes', 'ok', 'okay', 'please', 'thank', 'thanks', 'social', 'worker', 'team', 'plan', 'meeting', 'review',
  'english', 'polish', 'welsh', 'scottish', 'irish', 'british', 'french', 'spanish', 'arabic', 'urdu', 'punjabi', 'romanian',
  'portuguese', 'somali', 'turkish', 'kurdish', 'italian', 'german', 'chinese', 'bengali', 'gujarati', 'tamil', 'ukrainian',
  'russian', 'lithuanian', 'latvian', 'hindi', 'african', 'asian', 'european', 'muslim', 'christian', 'hindu', 'sikh',
  'jewish', 'islam', 'year', 'lego', 'xbox', 'playstation', 'minecraft', 'fortnite', 'youtube', 'tiktok', 'snapchat',
  'instagram', 'whatsapp', 'netflix', 'tesco', 'asda', 'aldi', 'lidl', 'sainsbury', "sainsbury's", "mcdonald's", 'uno',
  'note', 'visit', 'family', 'home', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody', 'present', 'contact', 'well', 'done', 'child', 'children', 'young', 'person', 'people', 'baby', 'teacher', 'headteacher',
]);

/** Ways a professional refers to themself in the third person. The first word is lower-cased. */
export const selfReferences: string[][] = [
  ['the', 'allocated', 'social', 'worker'],
  ['the', 'allocated', 'worker'],
  ['this', 'social', 'worker'],
  ['the', 'social', 'worker'],
  ['the', 'undersigned'],
  ['this', 'worker'],
  ['the', 'worker'],
  ['this', 'writer'],
  ['the', 'writer'],
  ['the', 'author'],
  ['SW'],
];

/** Phrases that mean the child, not a named person. */
export const childPhrases: string[][] = [
  ['the', 'child'],
  ['this', 'child'],
  ['the', 'subject', 'child'],
  ['the', 'young', 'person'],
  ['this', 'young', 'person'],
];

/** Verbs after which the child's own words or views follow. */
export const voiceVerbs = new Set([
  'told', 'tell', 'tells', 'said', 'say', 'says', 'asked', 'ask', 'asks', 'explained', 'explain', 'explains', 'shared',
  'share', 'shares', 'showed', 'drew', 'draw', 'draws', 'wrote', 'write', 'writes', 'wanted', 'want', 'wants', 'wish',
  'wished', 'wishes', 'feel', 'feels', 'felt', 'like', 'likes', 'liked', 'love', 'loves', 'loved', 'enjoy', 'enjoys',
  'enjoyed', 'hope', 'hopes', 'hoped', 'think', 'thinks', 'thought', 'decided', 'chose', 'described', 'describes',
  'mentioned', 'talked', 'worry', 'worried', 'worries', 'miss', 'missed', 'misses', 'hate', 'hated', 'hates',
  'prefer', 'preferred', 'prefers', 'would', "you'd", 'replied', 'answered', 'agreed', 'disagreed', 'added',
]);

/** Quotation marks that open and close reported speech. */
export const quotePairs: Array<[string, string]> = [
  ['\u201c', '\u201d'],
  ['"', '"'],
  ['\u2018', '\u2019'],
];
