// Who wrote a first-person note: the signs in the writer's own words that the writer is a child or young person (their
// "I" is the child's voice), and those that the writer is an adult by their work. Read by `writerIsChildIn`
// (addressee.ts).

/**
 * A first person who is the child: "my foster carers", "my current foster carers", "my Mummy and Daddy", "when I was 12", "I'm 14 now", "my case
 * notes", "someone who has been in the fostering system", "as a care leaver" (not "support … for you as a care leaver":
 * the reader is the care leaver).
 */
export const childWriterPattern =
  /\bmy (?:own )?(?:foster (?:parents?|carers?|family|home|mum|mom|dad)|social workers?|birth (?:mum|mom|mother|dad|father|family|parents)|case (?:notes|recordings|files?|records)|workers|iro|guardian|personal adviser|teachers?|maths lesson|class(?:room)?|mother|mum|mummy|mom|dad|daddy|father|parents|carers?|gran|granny|nan|nana|nanny|grandma|grandad|grandpa|(?:\d+ )?years in care)(?!\w)|\b(?:gave|give) (?:us|me) up\b|\b(?:took|take|takes|taking) care of me\b|\b(?:look|looks|looking|looked) after me\b|\b(?:cared|caring) for me\b|\bgave me a home\b|\banother (?:care[- ]experienced )?young person\b|\bin and out of (?:foster )?care\b|\b(?:when|since) I was (?:\d+|little|young|in care|a child|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?!\w)|\bI was (?:placed|put) (?:in|into|with)(?!\w)|\bI(?:'ve| have| had)? (?:been|was|grew up|lived) in (?:the )?(?:foster |residential )?care(?: system)?\b|\b(?:I|someone who)(?:'ve| have| has| had)? (?:been|was|grew up|lived) in the (?:foster(?:ing)?|foster care|care) system\b|\bmy (?:current|new|last|first|old|previous) (?:foster (?:parents?|carers?|family|home)|social workers?)(?!\w)|\bmy friendship group\b|\bI aged out\b|\bmy (?:siblings|(?:little|big|baby) (?:brothers?|sisters?))\b(?!['’])|\bI(?:'m| am) \d+ now\b|\bI(?:'ve| have) been in (?:and out of )?(?:foster )?care\b|\bI (?:am|was) (?:in care|adopted|fostered|a care leaver)(?!\w)|(?<!\byou )\bas a care (?:leaver|experienced)(?!\w)|\bmy childhood\b|\bI was being bullied\b|\bI (?:went|came) into care\b|\bI was (?:taken|received|brought) into (?:foster |local authority )?care\b|\bI(?:'m| am) an? (?:looked after child|foster child|child in care)(?!\w)/i;
/**
 * More of the child writing ("my new school", "I am 13", "I am in year 11", "we are members of…", a care leaver's "I
 * decided to leave care at sixteen", "I'm ready to leave the care system", "care leavers like me", "my time in care", "my care experience", "my care plan", "my EHC plan"), read only
 * in the writer's own words: a worker quoting the child (You told me “I like my new school”) is not the child writing.
 */
const childWriterOutsideQuotes =
  /\bmy (?:(?!\w+'s\b)\w+ )?(?:teachers?|class|school)(?!\w)|\bI(?:'m| am| was|'ve been| have been)(?: \w+){0,2} young carer\b|\bI(?:'m| am) (?:[3-9]|1[0-9]|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?!\w)(?! (?:minutes|hours|days|weeks|months|feet|foot|miles)(?!\w))|\bwe(?:'re| are) (?:all )?(?:members of|in care|care[- ]experienced|looked after|young carers|children|young people)(?!\w)(?!')|\b(?:I|we)(?:'re|'m| are| am) (?:all )?aged\b|\b(?:we|us|our|I|me|my)(?!\w)[^.!?]{0,80}\b(?:who are not|who aren't|not) in care\b|\bI\b[^.!?]{0,24}\b(?:left|leave|leaving) (?:the )?care(?: system)?\b(?! (?:work|sector|settings?|homes?|staff|providers?)(?!\w))|\b(?:care leavers|young people in care|children in care|care[- ]experienced young people) like me\b|\bmy (?:care plan|ehc ?plan)(?!\w)|\bmy (?:time|years|life) in (?:foster |residential )?care\b(?! (?:work|sector|homes?|settings?|services?|practice)(?!\w))|\bmy (?:care (?:experience|journey|story)|experience of (?:foster |residential )?care)(?!\w)|\bI(?:'m| am) (?:now |currently )?in (?:year|yr) ?(?:[1-9]|1[0-3])\b(?! of\b)|\bI was in (?:year|yr|grade) ?(?:[1-9]|1[0-3])\b(?! of\b)|\bI(?:'m| am| was) in (?:(?:[1-9]|1[0-2])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade\b|\bmy (?:first|second|third|last|final) year (?:of|at|in) (?:primary|middle|high|secondary|junior high|elementary) school\b|\b(?:when|after|before|once|as soon as) I turned (?:[5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?!\w)|\bmy (?:(?:[5-9]|1[0-7])(?:st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth) birthday\b|\bI (?:was|used to be) (?:always |just |only |still )?(?:a|an|such a) (?:\w+ (?:and )?){0,3}kid\b|\b(?:our|my) head of year\b|\bI go to (?:an? (?:[\w-]+ ){0,2})?school\b|\b(?:young people|kids|children|teenagers|girls|boys) (?:of )?my age\b|\bwe(?:'re| are) (?:\w+ ){0,2}(?:kids|pupils|teenagers|teens)(?!\w)|\bour (?:class )?teacher\b|\bI (?:went|moved|go|got|came|started) (?:in)?to (?:year|yr) ?(?:[1-9]|1[0-3])\b|\bmy favou?rite (?:subject|lesson)(?!\w)|\b(?:no one|nobody|anyone|someone|kids|children) (?:of )?our age\b|\bI(?:'m| am) (?:very |still |too |so |only )young\b|\bin (?:year|yr) (?:[1-9]|1[0-3]),? (?:\w+ ){0,4}(?:told|asked|gave|showed) (?:me|us)(?!\w)|\bI(?:'d| had)? (?:had|been) [^.!?]{0,30}\b(?:from|since) (?:around |about )?(?:year|yr) ?(?:[1-9]|1[0-3])\b/i;

/**
 * The writer's own time in care, said without a subject ("The best part of being in care is…", "Going from being in
 * care to being on my own two feet…", "Being in Care has shown me…"): a child's sign only in a note whose writer says
 * "I", "me" or "my" (a survey's "children felt that being in care had improved their lives" is not the child writing).
 */
const beingInCare =
  /(?<!\b(?:your|their|his|her|its|child|child's|children|people|person|them|you|him|about|of the)\s)\bbeing in (?:foster |residential )?care\b(?! means\b)/i;
/** The writer's own first person in the singular. */
export const writerSaysI = /\b(?:I|[Mm]e|[Mm]y)(?!\w)/;

/**
 * The writer's age in the past, under 18, said with their care ("When I first came to the care team I was 16", "I was
 * just three years old when I was put into foster care"): a care-experienced young person's account. Not an age alone
 * ("I was 12 when my parents split up"): an adult looking back on their childhood says that too.
 */
const pastAge =
  /\bI was (?:just |only )?(?:[3-9]|1[0-7]|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?!\w)(?:[- ]years?[- ]old)?(?! (?:minutes|hours|days|weeks|months|miles|feet|foot|stone|pounds|percent)(?!\w))/i;
const careWords =
  /\b(?:care|foster(?:ed|ing)?|adopted|adoption|placements?|social (?:workers?|services)|children's homes?)(?!\w)/i;

/**
 * A first person who is an adult by their work, their grandchildren or a child in their teens ("my pupils", "my
 * caseload", "as a teacher", "I work as…", "my granddaughter", a teacher's "my first class", "my 15 year old son Sam",
 * "our teenage daughter"), read only in the writer's own words: whatever else they say of their own mother, school
 * ("my school years") or social worker, the writer is not the child. Not "my son", "my daughter", "as a mum": a young
 * parent in or leaving care says those of their own child while telling their own story.
 */
export const adultWriterPattern =
  /\bmy (?:grandsons?|granddaughters?|grand ?child(?:ren)?|grandkids|pupils|students|caseload|clients|colleagues|(?:own|first|next) class(?:es)?)\b|\bas an? (?:teacher|social worker|foster carer|grandparent|professional)(?!\w)|\bI(?:'m| am| was) an? (?:(?:better|new|good|first-year|trainee|supply|primary|secondary|qualified) )?(?:teacher|social worker|foster carer|grandparent|nurse)(?!\w)(?!['’])|\bI work(?:ed)? as\b|\b(?:my|our) (?:(?:1[0-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[- ]years?[- ]old|teenage) (?:sons?|daughters?|boys?|girls?|child(?:ren)?|kids?)(?!\w)/i;

/**
 * Children the writer numbers, as parents' blogs do ("Son #3 reiterated that he really does want to be a dentist",
 * "DD2"), read in the sentence's whole text: the writer is their parent, whatever they say of "my mom" (capitals asked:
 * "my son 3 times" is not one).
 */
export const numberedChildren = /\b(?:Son|Daughter|Kid) ?#[1-9]\b|\b(?:DS|DD)[1-9]\b/;

/**
 * Whether a sentence's own words (quoted words left out) say the writer is a child: "my new school", "I am 13", a care
 * leaver's "my time in care", "The best part of being in care…" (when the writer says "I", "me" or "my" somewhere:
 * `saysI`), "When I first came to the care team I was 16".
 */
export function childWritesOwnWords(own: string, saysI: boolean): boolean {
  return (
    childWriterOutsideQuotes.test(own) || (saysI && beingInCare.test(own)) || (pastAge.test(own) && careWords.test(own))
  );
}
