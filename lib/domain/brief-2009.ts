import type { Level, ThreatCategory, ThreatTrend } from "./scales";

/**
 * The research brief the built-in workspace is built on: RAND Research Brief RB9444,
 * "Security in Mexico: Implications for U.S. Policy Options" (2009). Ratings are the brief's
 * own; descriptions are Mesa's summaries.
 */
export const BRIEF_CITATION = "RAND Corporation, Research Brief RB9444 (2009)";
export const BRIEF_URL = "https://www.rand.org/pubs/research_briefs/RB9444.html";

export interface BriefOption {
  id: string;
  name: string;
  description: string;
  /** Demand on U.S. government resources, personnel and time: a cost, never part of the impact score. */
  resourceDemand: Level;
  mexicanResponse: string;
}

export interface BriefArea {
  id: string;
  name: string;
  /** The brief's own words for the priority, quoted. */
  description: string;
}

export const BRIEF_OPTIONS: readonly BriefOption[] = [
  {
    id: "partnership",
    name: "Strategic partnership",
    description: "Deep engagement that stresses reform and long-term institution building.",
    resourceDemand: "high",
    mexicanResponse:
      "The Calderón government wants more than the status quo and is interested in longer-term reform and institution building. The brief warns that any U.S. approach must allow for Mexico's historic sensitivities to U.S. involvement in its internal affairs.",
  },
  {
    id: "status-quo",
    name: "Status quo",
    description: "Ad hoc cooperation issue by issue, without a push for reform or institution building.",
    resourceDemand: "medium",
    mexicanResponse: "Falls short of what the Calderón government is asking for.",
  },
  {
    id: "retrenchment",
    name: "Retrenchment",
    description:
      "Focus on U.S. domestic efforts against security threats from Mexico and disengage from any partnerships with Mexico.",
    resourceDemand: "low",
    mexicanResponse: "Riskiest option: disengagement may be reciprocated and undo recent cooperation.",
  },
];

export const BRIEF_AREAS: readonly BriefArea[] = [
  {
    id: "strategy",
    name: "Develop a cohesive security strategy and reform the security structure to meet that strategy",
    description:
      "The brief: “encourage the Mexican government to develop a cohesive security strategy and reform its security structure to meet that strategy”.",
  },
  {
    id: "federal-local",
    name: "Bridge the gap between federal and local security forces",
    description:
      "The brief: “encourage the Mexican government to bridge the gap between federal and local security forces”.",
  },
  {
    id: "domestic",
    name: "Support Mexico's efforts to address domestic concerns",
    description: "The brief: “support Mexico’s efforts to address domestic concerns, such as crime and corruption”.",
  },
  {
    id: "transparency",
    name: "Focus aid less on technology and equipment and more on increasing transparency in government institutions",
    description:
      "The brief: “focus U.S. aid less on technology and equipment and more on increasing transparency in government institutions”.",
  },
];

/** The brief's impact table: BRIEF_IMPACT[areaId][optionId]. */
export const BRIEF_IMPACT: Readonly<Record<string, Readonly<Record<string, Level>>>> = {
  strategy: { partnership: "high", "status-quo": "low", retrenchment: "low" },
  "federal-local": { partnership: "high", "status-quo": "low", retrenchment: "low" },
  domestic: { partnership: "high", "status-quo": "low", retrenchment: "low" },
  transparency: { partnership: "high", "status-quo": "medium", retrenchment: "low" },
};

/**
 * Where a threat's category and trend come from: the brief names eight threats and rates them;
 * two more appear in it only as organized-crime activities and "major federal crimes", so
 * their category and trend are the data set's judgement.
 */
export type ThreatBasis = "brief" | "data-set";

export interface BriefThreat {
  id: string;
  name: string;
  basis: ThreatBasis;
  /** What the brief says of the threat and where its rating comes from. */
  description: string;
  category: ThreatCategory;
  trend: ThreatTrend;
  actors: readonly string[];
  notes: string;
  sources: readonly string[];
}

const RAND_BRIEF = BRIEF_URL;
const RAND_PRESS = "https://www.rand.org/news/press/2009/04/28.html";
const RAND_AUDIO = "https://www.rand.org/multimedia/audio/2009/06/17/mexican-security-decline.html";
const MCCLATCHY_2007 =
  "https://www.alipac.us/f12/murders-kidnappings-hit-record-levels-mexico-78262/?mode=hybrid (repost of McClatchy, 23 Sep 2007, citing CESOP/Chamber of Deputies)";
const CASEDE =
  "https://www.casede.org/index.php/biblioteca-casede-2-0/seguridad/seguridad-mexico-estados-unidos/124-security-in-mexico-implications-for-u-s-policy-options?format=html";
const FPRI_2006 = "https://www.fpri.org/article/2006/01/mexicos-southern-flank-third-u-s-border/";

const DATA_SET_JUDGEMENT = "Its category and trend are this data set's judgement, not the brief's.";

/**
 * The brief's threats with the category and trend it gives them, then the two it mentions only
 * as crimes; none is rated for likelihood or impact. Every one lists the brief among its sources.
 */
export const BRIEF_THREATS: readonly BriefThreat[] = [
  {
    id: "organized-crime",
    basis: "brief",
    description:
      "The brief names it the primary security threat to the United States from Mexico, per almost all interviewees, and lists it among the U.S. priority issues that are worsening.",
    name: "Organized crime",
    category: "us_priority",
    trend: "worsening",
    actors: ["Drug-trafficking organizations (cartels)", "Corrupted officials and police"],
    notes: "Named by nearly every interviewee as the main security threat to the United States from Mexico.",
    sources: [RAND_BRIEF, RAND_PRESS, RAND_AUDIO],
  },
  {
    id: "drug-trafficking",
    basis: "brief",
    description: "Listed by the brief among the U.S. priority issues that are worsening.",
    name: "Drug trafficking",
    category: "us_priority",
    trend: "worsening",
    actors: ["Drug-trafficking organizations", "U.S. drug demand"],
    notes: "Most U.S. aid, the Mérida package included, has gone to equipment and training against it.",
    sources: [RAND_BRIEF, RAND_PRESS, CASEDE],
  },
  {
    id: "arms-trafficking",
    basis: "data-set",
    description: `Not named as a threat by the brief: it appears there as one of organized crime's activities and among the "major federal crimes" that rose. ${DATA_SET_JUDGEMENT}`,
    name: "Arms trafficking (and other southbound flows)",
    category: "us_priority",
    trend: "worsening",
    actors: ["Trafficking organizations", "U.S.-side suppliers of weapons, cash and precursors"],
    notes:
      "Weapons, bulk cash and precursors moving south. The trend is a proxy from firearm homicides, not a rating in the brief.",
    sources: [
      RAND_BRIEF,
      RAND_PRESS,
      "github:diegovalle/Homicide-MX-Drug-War guns-executions/data/firearm-executions.csv @62c3afe00c54b4bce88c178320c4496434b8168f",
    ],
  },
  {
    id: "migration-trafficking",
    basis: "brief",
    description: "Listed by the brief among the U.S. priority issues that are worsening.",
    name: "Illegal migration and human smuggling/trafficking",
    category: "us_priority",
    trend: "worsening",
    actors: ["Smuggling networks (coyotes)", "Criminal groups preying on migrants"],
    notes: "The brief lists it as worsening; no 2007–09 figure was found to quantify that.",
    sources: [
      RAND_BRIEF,
      RAND_AUDIO,
      FPRI_2006,
      "https://publications.armywarcollege.edu/Regional-Issues/Western-Hemisphere/?smdpage67186=5",
    ],
  },
  {
    id: "terrorism",
    basis: "brief",
    description:
      "The brief: a potential concern and a U.S. priority; not a single terrorist is reported to have entered the United States from Mexico.",
    name: "Terrorism",
    category: "us_priority",
    trend: "potential",
    actors: ["Transnational terrorist groups (hypothetical)", "Smuggling networks that could be exploited"],
    notes: "A risk rather than an observed pattern: no terrorist is reported to have entered the U.S. from Mexico.",
    sources: [RAND_BRIEF, FPRI_2006, "https://www.hsdl.org/?abstract&did=711463"],
  },
  {
    id: "insurgency",
    basis: "brief",
    description:
      "The brief: the Popular Revolutionary Army remains a potential concern and a U.S. priority, with a risk that it aligns with drug-trafficking organizations.",
    name: "Rebel insurgencies (EPR)",
    category: "us_priority",
    trend: "potential",
    actors: ["Popular Revolutionary Army (EPR)", "PDPR, its political wing"],
    notes:
      "Small guerrilla group that claimed the 2007 Pemex pipeline bombings; concern that it could align with traffickers.",
    sources: [
      RAND_BRIEF,
      "https://www.mcclatchydc.com/news/nation-world/world/article24469210.html",
      "https://www.spokesman.com/stories/2007/jul/11/leftists-say-they-bombed-pemex-lines/",
      MCCLATCHY_2007,
    ],
  },
  {
    id: "crime-lawlessness",
    basis: "brief",
    description:
      'The brief: part of the "personal insecurity" that is a major concern in Mexico, the result of increased crime; it reports major federal crimes rising 22% and 25%.',
    name: "Crime and lawlessness",
    category: "mexico_domestic",
    trend: "worsening",
    actors: ["Common criminals", "Organized crime"],
    notes:
      "Part of the 'personal insecurity' the brief describes; major federal crimes rose 22% (2005→2006) and 25% (H1 2007 vs H1 2006).",
    sources: [
      RAND_BRIEF,
      MCCLATCHY_2007,
      "https://aniversario.jornada.com.mx/2008/07/08/index.php?article=014n2pol&section=politica",
      RAND_AUDIO,
    ],
  },
  {
    id: "corruption",
    basis: "brief",
    description:
      "The brief: a major concern in Mexico. Wider reading: institutional weakness, as organized crime has infiltrated all levels of government and police.",
    name: "Corruption",
    category: "mexico_domestic",
    trend: "unassessed",
    actors: ["Corrupted police (federal, state, municipal)", "Public officials", "Organized crime"],
    notes: "A major concern in Mexico per the brief, which gives no trend for it.",
    sources: [RAND_BRIEF, RAND_PRESS, CASEDE],
  },
  {
    id: "kidnapping",
    basis: "data-set",
    description: `Not named as a threat by the brief: it appears there among the "major federal crimes" that rose. ${DATA_SET_JUDGEMENT}`,
    name: "Kidnapping",
    category: "mexico_domestic",
    trend: "worsening",
    actors: ["Criminal gangs", "Drug cartels diversifying into kidnapping"],
    notes: "Counted among the major federal crimes that rose; reported figures conflict between releases.",
    sources: [
      RAND_BRIEF,
      MCCLATCHY_2007,
      "http://reporteroscom.blogspot.com/2013/09/rompe-agosto-record-de-secuestros-con.html",
    ],
  },
  {
    id: "street-gangs",
    basis: "brief",
    description: "The brief: a major concern in Mexico, with no trend given.",
    name: "Street gangs",
    category: "mexico_domestic",
    trend: "unassessed",
    actors: ["Street and youth gangs"],
    notes: "Named by the brief as a domestic concern; no trend or source beyond the brief was found.",
    sources: [RAND_BRIEF],
  },
];
