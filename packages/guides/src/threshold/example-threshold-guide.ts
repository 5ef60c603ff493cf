import type { ThresholdGuide } from './types.ts';

/**
 * An example threshold guide: four levels with the names of Southampton's published Continuum of Need,
 * described and illustrated in this project's own words. It is an example: hosts replace it with their
 * own threshold document, validated by `validateThresholdGuide`. Keywords only relate a note to
 * indicators; the guide never chooses a level.
 */
export const exampleThresholdGuide: ThresholdGuide = {
  id: 'example-continuum-of-need',
  title: 'Threshold guide (example using the level names of Southampton’s Continuum of Need: replace with your own)',
  example: true,
  source: 'http://southamptonlscb.co.uk/childrens-advice-and-duty-service-mash/support-guidance-for-referrers/',
  levels: [
    {
      id: 'universal',
      name: 'Universal',
      description:
        'The child is doing well. Their needs are met at home and by the services every child uses, such as school, nursery, the GP and the health visitor. Nothing extra is needed.',
      indicators: [
        {
          id: 'universal-school',
          text: 'Goes to school or nursery regularly and is making progress',
          keywords: ['attends school regularly', 'good attendance', 'making good progress', 'enjoys school'],
        },
        {
          id: 'universal-health',
          text: 'Registered with a GP and a dentist; health checks and immunisations are up to date',
          keywords: [
            'registered with a GP',
            'registered with the GP',
            'registered with a dentist',
            'immunisations up to date',
            'vaccinations up to date',
          ],
        },
        {
          id: 'universal-development',
          text: 'Reaching the milestones expected for their age',
          keywords: ['meeting milestones', 'reaching milestones', 'developing well'],
        },
        {
          id: 'universal-home',
          text: 'Lives in a safe, warm and settled home',
          keywords: ['settled home', 'safe home', 'stable home', 'warm home'],
        },
        {
          id: 'universal-relationships',
          text: 'Has warm, dependable relationships with the adults who care for them',
          keywords: ['warm relationship', 'close relationship', 'loving relationship', 'secure attachment'],
        },
        {
          id: 'universal-friends',
          text: 'Has friends and gets on with other children',
          keywords: ['has friends', 'good friendships', 'best friend', 'plays well'],
        },
        {
          id: 'universal-activities',
          text: 'Takes part in clubs, hobbies or activities outside school',
          keywords: ['after-school club', 'football club', 'youth club', 'hobby', 'swimming lessons'],
        },
        {
          id: 'universal-routines',
          text: 'Parents or carers keep clear routines and boundaries',
          keywords: ['bedtime routine', 'clear routines', 'clear boundaries', 'consistent boundaries'],
        },
        {
          id: 'universal-network',
          text: 'The family has help from relatives, friends or their community',
          keywords: ['support network', 'wider family', 'grandparents help', 'good support from family'],
        },
        {
          id: 'universal-wellbeing',
          text: 'Is generally happy and can say how they feel',
          keywords: ['happy and settled', 'seems happy', 'talks about feelings'],
        },
      ],
    },
    {
      id: 'universal-partnership',
      name: 'Universal Partnership',
      description:
        'The child has additional needs. Usually one service can meet them, sometimes with advice from another or a referral between services. Families often ask for this help themselves, for example with parenting, special educational needs or health.',
      indicators: [
        {
          id: 'partnership-attendance',
          text: 'School attendance is dropping, or the child is often late or truanting',
          keywords: [
            'low attendance',
            'poor attendance',
            'persistent absence',
            'truanting',
            'truancy',
            'late for school',
          ],
        },
        {
          id: 'partnership-missing-once',
          text: 'Has gone missing or come home very late once, without saying where they were',
          keywords: ['missing from home', 'went missing', 'came home late', 'stayed out late'],
        },
        {
          id: 'partnership-health-appointments',
          text: 'Health appointments, checks or immunisations have been missed',
          keywords: [
            'missed appointments',
            'not brought to appointments',
            'missed immunisations',
            'missed health checks',
            'was not brought',
          ],
        },
        {
          id: 'partnership-no-gp',
          text: 'The child is not registered with a GP or a dentist',
          keywords: ['no GP registration', 'not registered with a GP', 'not registered with the GP', 'no dentist'],
        },
        {
          id: 'partnership-development',
          text: 'Speech, language or other development is behind what is expected for their age',
          keywords: ['speech delay', 'language delay', 'developmental delay', 'speech and language therapy'],
        },
        {
          id: 'partnership-send',
          text: 'Special educational needs or a disability that needs extra help',
          keywords: ['special educational needs', 'SEND', 'EHCP', 'disability', 'autism', 'ADHD'],
        },
        {
          id: 'partnership-emotional',
          text: 'Low mood, anxiety or low self-esteem',
          keywords: ['low mood', 'anxiety', 'low self-esteem', 'panic attacks'],
        },
        {
          id: 'partnership-behaviour',
          text: 'Early signs of risky or anti-social behaviour',
          keywords: ['anti-social behaviour', 'antisocial behaviour', 'fixed-term exclusion', 'suspended from school'],
        },
        {
          id: 'partnership-parenting',
          text: 'Parents ask for help with routines, boundaries or behaviour',
          keywords: ['parenting support', 'parenting course', 'struggling with behaviour', 'asked for help'],
        },
        {
          id: 'partnership-young-carer',
          text: 'Looks after a parent or brothers and sisters more than is right for their age',
          keywords: ['young carer', 'looks after siblings', 'cares for mum', 'cares for dad'],
        },
        { id: 'partnership-bullying', text: 'Being bullied, or bullying others', keywords: ['bullied', 'bullying'] },
        {
          id: 'partnership-housing',
          text: 'The home is overcrowded or in poor repair',
          keywords: ['overcrowded', 'overcrowding', 'damp', 'mould'],
        },
        {
          id: 'partnership-money',
          text: 'Money worries are affecting the child, such as debt or not enough food',
          keywords: ['debt', 'food bank', 'rent arrears', 'benefit sanction'],
        },
        {
          id: 'partnership-change',
          text: 'A separation, bereavement or other big change is affecting the child',
          keywords: ['separated', 'separation', 'bereavement', 'died', 'divorce'],
        },
      ],
    },
    {
      id: 'universal-partnership-plus',
      name: 'Universal Partnership Plus',
      description:
        'The child has several needs, or complex ones, and the services involved need to plan together with the family, for example at a Team Around the Family meeting or an education, health and care plan review. The child’s safety is not the immediate concern.',
      indicators: [
        {
          id: 'plus-education',
          text: 'Not attending school, excluded, or missing a large part of their education',
          keywords: [
            'not attending school',
            'not in school',
            'excluded from school',
            'permanent exclusion',
            'part-time timetable',
            'missing education',
          ],
        },
        {
          id: 'plus-missing-repeated',
          text: 'Goes missing from home again and again',
          keywords: ['missing from home', 'repeatedly missing', 'missing episodes', 'return home interview'],
        },
        {
          id: 'plus-parent-substances',
          text: 'A parent’s use of alcohol or drugs is affecting the care the child gets',
          keywords: ['alcohol misuse', 'substance misuse', 'drug use', 'drinking heavily', 'drinks heavily'],
        },
        {
          id: 'plus-parent-mental-health',
          text: 'A parent’s mental health is affecting the care the child gets',
          keywords: ['mental health', 'postnatal depression', 'depression'],
        },
        {
          id: 'plus-conflict',
          text: 'Past domestic abuse, or conflict at home that frightens the child',
          keywords: ['domestic abuse', 'arguments at home', 'arguing', 'shouting'],
        },
        {
          id: 'plus-basic-care',
          text: 'Basic care is patchy: hygiene, clothing, food or supervision',
          keywords: ['poor hygiene', 'unwashed', 'hungry', 'dirty clothes', 'head lice', 'not supervised'],
        },
        {
          id: 'plus-emotional-health',
          text: 'Self-harm, or emotional health that needs specialist help',
          keywords: ['self-harm', 'self-injury', 'CAMHS', 'eating disorder'],
        },
        {
          id: 'plus-offending',
          text: 'In trouble with the police or working with the youth justice service',
          keywords: ['arrested', 'youth justice', 'youth offending', 'police caution'],
        },
        {
          id: 'plus-young-substances',
          text: 'The young person is using alcohol or drugs',
          keywords: ['cannabis', 'smoking weed', 'drinking alcohol', 'vaping'],
        },
        {
          id: 'plus-housing-crisis',
          text: 'The family faces eviction or lives in temporary accommodation',
          keywords: ['eviction', 'evicted', 'temporary accommodation', 'homeless', 'sofa surfing'],
        },
        {
          id: 'plus-exploitation-signs',
          text: 'Early signs of exploitation: older friends, money or gifts nobody can explain',
          keywords: ['older friends', 'unexplained money', 'unexplained gifts', 'new phone'],
        },
        {
          id: 'plus-repeat-contacts',
          text: 'Repeated contacts or referrals about the same worries',
          keywords: [
            'previous referrals',
            're-referral',
            'repeat referral',
            'referred before',
            'known to children’s services',
          ],
        },
        {
          id: 'plus-isolation',
          text: 'The family has little help around them and is struggling in several ways',
          keywords: ['isolated', 'no support network', 'not coping'],
        },
      ],
    },
    {
      id: 'safeguarding',
      name: 'Safeguarding',
      description:
        'The child’s needs are acute, or they may be at risk of significant harm. A strategy discussion may be held and child protection enquiries may follow. Where the public is at risk, the police lead the response.',
      indicators: [
        {
          id: 'safeguarding-injury',
          text: 'An injury with no explanation, or an explanation that does not fit',
          keywords: ['unexplained injury', 'unexplained injuries', 'bruise', 'burn', 'fracture', 'bite mark'],
        },
        {
          id: 'safeguarding-disclosure',
          text: 'The child says they have been hurt or abused, or are afraid to go home',
          keywords: ['disclosed', 'disclosure', 'afraid to go home', 'scared to go home', 'hit me', 'hurt me'],
        },
        {
          id: 'safeguarding-sexual-abuse',
          text: 'Worries that the child is being sexually abused',
          keywords: ['sexual abuse', 'sexually abused', 'touched inappropriately', 'inappropriate touching'],
        },
        {
          id: 'safeguarding-exploitation',
          text: 'Sexual or criminal exploitation, including county lines',
          keywords: ['exploitation', 'exploited', 'county lines', 'grooming', 'groomed', 'trafficked'],
        },
        {
          id: 'safeguarding-domestic-abuse',
          text: 'Domestic abuse happening now, with the child hurt or frightened by it',
          keywords: ['domestic abuse', 'domestic violence', 'police called', 'coercive control'],
        },
        {
          id: 'safeguarding-neglect',
          text: 'Serious neglect: the child is not fed, kept clean or warm, or is left without care',
          keywords: ['neglect', 'neglected', 'no food in the house', 'left home alone', 'left alone'],
        },
        {
          id: 'safeguarding-missing',
          text: 'Missing from home with a risk of harm while missing, or nobody knows where they are',
          keywords: ['missing from home', 'missing overnight', 'whereabouts unknown'],
        },
        {
          id: 'safeguarding-unborn',
          text: 'A baby or unborn child at risk, for example a hidden pregnancy or a parent who has harmed children before',
          keywords: ['unborn', 'concealed pregnancy', 'pre-birth', 'newborn'],
        },
        {
          id: 'safeguarding-harmful-practices',
          text: 'Female genital mutilation, forced marriage or so-called honour-based abuse',
          keywords: ['FGM', 'female genital mutilation', 'forced marriage', 'honour-based abuse'],
        },
        {
          id: 'safeguarding-radicalisation',
          text: 'Being drawn into extremist views or groups',
          keywords: ['radicalisation', 'radicalised', 'extremist', 'extremism'],
        },
        {
          id: 'safeguarding-parent-incapacity',
          text: 'A parent cannot keep the child safe right now because of drink, drugs or a mental health crisis',
          keywords: ['intoxicated', 'under the influence', 'collapsed', 'sectioned'],
        },
        {
          id: 'safeguarding-suicide',
          text: 'Serious self-harm, an overdose or thoughts of suicide',
          keywords: ['suicidal', 'suicide', 'overdose', 'overdosed', 'ligature'],
        },
        {
          id: 'safeguarding-risky-adult',
          text: 'Contact with an adult known to pose a risk to children',
          keywords: ['risk to children', 'sex offender', 'MAPPA'],
        },
      ],
    },
  ],
};
