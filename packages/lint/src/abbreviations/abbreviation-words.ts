/**
 * The word lists the unexplained-abbreviation check reads: abbreviations most readers know, words written
 * in capitals for emphasis, and the words around a person's initials in records and judgments. Upper case
 * for abbreviations, lower case for words.
 */
import { wordSet } from '../word-set.ts';

/**
 * Abbreviations most readers know without being told, as the GOV.UK style guide means by "well known" (its
 * own examples: UK, DVLA, US, EU, VAT, MP): countries and unions, everyday services and bodies, things in
 * every home, exams and everyday health words. Kept short: a word left off is flagged only until it is
 * spelled out, while a service word let in here is never flagged at all.
 */
export const wellKnown = wordSet(`
  UK GB US USA EU UN UAE NATO
  NHS GP GPs BBC ITV MP MPs DVLA VAT HMRC RSPCA NSPCC RAF MOT
  TV DVD CD CDs PC PCs ID IDs OK PIN SIM PDF USB URL SMS GPS ATM CCTV IT AI
  GCSE GCSEs SAT SATs PE RE PSHE IQ DNA HIV AIDS COVID BMI OCD PTSD LGBT LGBTQ
  AM PM BST GMT FAQ NB PS ASAP TBC RIP AKA CEO HR DBS PTA AGM ACAS
  GBH ABH CID MDMA LSD STI STIs ASBO BAME BME
`);

/**
 * Public bodies, courts and laws that exist once and are known by their initials (the GOV.UK list of departments,
 * agencies and public bodies, https://www.gov.uk/government/organisations, gives each its abbreviation; laws as
 * legislation.gov.uk and the courts cite them). Their initials name one organisation or law, as "Ofsted" does, not a
 * kind of plan, meeting or team a reader has to be told about; records name them as they would a council. Service
 * words that happen to be bodies of a kind (LSCB, MASH, YOT, ICB) stay out: there is one in every area.
 */
export const publicBodies = wordSet(`
  OFSTED CAFCASS CPS IOPC IPCC CQC DWP DHSC DFE DCMS FCDO HMCTS HMPPS HMIP HMICFRS HMCPSI HMT UKVI UKHSA ONS NCA
  NPCC YJB LAA OPG CICA ICO EHRC HSE NICE MHRA NHSE GMC NMC HCPC LGSCO PHSO
  GDPR UNCRC ECHR LASPO CPIA PACE
  DCLG MHCLG DLUHC DCSF DFES HMIC LGA ADCS
`);

/**
 * A place's own safeguarding board or partnership ("NSCB" for Newcastle's, "WSCP"): one organisation, named as a
 * council is; the generic "LSCB" (any local board) is left to its own rule.
 */
export const placeBoard = /^[A-KM-Z][A-Z]?S(?:C[BP]|AB)$/;

/** Common words sometimes written in capitals for emphasis ("she did NOT want to go"); lower case. */
export const emphasisWords = wordSet(`
  a an the and or but if so as at by for from in into of on to up with not no yes never always all any
  some none only very much more most less least must should would could can will shall may might do does
  did done is are was were be been being am has have had having it its he him his she her they them their
  we us our you your i me my this that these those here there now then when where why what who how
  too also just again still even ever help stop please urgent important note new first last next
  both each every other own same such than once twice one two three four five ten
  mum dad mother father nan home school safe sorry thanks okay ok hi hello bye love hate want need like said
  loves hates wants needs likes loved hated wanted needed liked
  name date address year old age dob tel
  plan plans rule rules fact facts truth lies kids children family families court police money time life
  people everyone nothing everything
`);

/** Roman numerals as they number parts, schedules and volumes. */
export const romanNumeral = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;

/** Titles written before a person's name or initials ("Mr K", "Child X", "Re ABC"). */
export const personTitles = wordSet(`
  mr mrs ms miss mx dr master child baby mother father re judge hhj lord lady sir dame professor prof
  cllr councillor pc dc ds di sgt nurse sister brother dear
`);

/** Words for a person that come just before their initials in apposition ("the mother, CD,"). */
export const personNouns = wordSet(`
  mother father mum dad child children son sons daughter daughters boy boys girl girls brother brothers
  sister sisters sibling siblings grandmother grandfather grandparent grandparents aunt uncle cousin baby
  applicant respondent appellant claimant defendant partner stepfather stepmother stepdad stepmum parent
  parents wife husband boyfriend girlfriend friend man woman youngest eldest twin twins infant carer carers
`);

/** Words before a thing, never before a person's initials ("the IRO", "her EHCP"). */
export const determiners = wordSet(`
  the a an this that these those his her their its our my your each every no any another which whose
`);

/**
 * Nouns that follow an abbreviation used as a modifier ("CP plan", "OT assessment"): with two letters, the
 * sign that the letters name a service, not a person.
 */
export const serviceNouns = wordSet(`
  plan plans meeting meetings review reviews team teams worker workers assessment assessments referral
  referrals conference conferences order orders enquiry enquiries process procedure procedures register
  status case cases panel panels report reports involvement visit visits service services support nurse
  officer officers lead unit hub placement placements application proceedings hearing hearings threshold
  strategy checks check investigation investigations intervention interventions programme package
  provision funding form forms records record category categories level levels input consultation
`);

/** Verbs that say a person spoke, felt or lived somewhere ("AB said", "CD lives with"). */
export const personVerbs = wordSet(`
  said says told tells explained explains disclosed discloses described describes asked asks wants wanted
  wishes wished felt feels cried cries lives lived loves loved likes liked enjoys enjoyed
`);

/** Words after an organisation's initials rather than a service's ("PRCA members", "the CFA solicitor"). */
export const organisationNouns = wordSet(`
  member members membership solicitor solicitors barrister spokesperson spokesman spokeswoman chief chairman
  chairwoman president website trustees charity campaign members'
`);

/** Verbs an organisation or a person does, after its name ("the HSE said", "DSS found"): a name, not a service word. */
export const reportingVerbs = wordSet(`
  said says told found concluded ruled decided announced confirmed stated reported published investigated
  warned added argued accepted admitted apologised claimed commented responded welcomed noted
`);

/**
 * Words before an organisation's name ("led by TACT", "according to the HSE", "President of ADCS", "new analysis
 * by the LGA"): its officers and its published work name a body, not a service.
 */
export const organisationCues =
  /(?:led by|run by|funded by|founded by|according to|on behalf of|member of|charity|organisation|company|firm|(?:vice[- ])?(?:president|chair|chairman|chairwoman|chief executive|spokesperson|spokesman|spokeswoman) (?:of|for|at)|(?:analysis|research|survey|study|figures|statistics|polling) (?:by|from))\s+(?:the\s+)?$/i;
