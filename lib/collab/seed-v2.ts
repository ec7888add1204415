/**
 * Seeded text of the RAND-brief template as schema version 2 wrote it, for the fields version 3
 * rewords. The migration replaces a field only while it still holds this text, so what a team
 * wrote itself is never overwritten.
 */
export const SEED_V2_OPTIONS: readonly { id: string; field: "description" | "mexicanResponse"; text: string }[] = [
  {
    id: "partnership",
    field: "mexicanResponse",
    text: "Welcomed: the Calderón government wants more than the status quo and is open to long-term reform.",
  },
  {
    id: "retrenchment",
    field: "description",
    text: "Counter threats from Mexico at home and step back from partnership with Mexico.",
  },
];

export const SEED_V2_THREAT_NAMES: Readonly<Record<string, string>> = {
  "arms-trafficking": "Arms trafficking and other southbound flows",
  corruption: "Corruption and institutional weakness",
};

export const SEED_V2_THREAT_SOURCES: Readonly<Record<string, readonly string[]>> = {
  "arms-trafficking": [
    "https://www.rand.org/news/press/2009/04/28.html",
    "github:diegovalle/Homicide-MX-Drug-War guns-executions/data/firearm-executions.csv @62c3afe00c54b4bce88c178320c4496434b8168f",
  ],
  "migration-trafficking": [
    "https://www.rand.org/multimedia/audio/2009/06/17/mexican-security-decline.html",
    "https://www.fpri.org/article/2006/01/mexicos-southern-flank-third-u-s-border/",
    "https://publications.armywarcollege.edu/Regional-Issues/Western-Hemisphere/?smdpage67186=5",
  ],
  terrorism: [
    "https://www.fpri.org/article/2006/01/mexicos-southern-flank-third-u-s-border/",
    "https://www.hsdl.org/?abstract&did=711463",
  ],
  insurgency: [
    "https://www.mcclatchydc.com/news/nation-world/world/article24469210.html",
    "https://www.spokesman.com/stories/2007/jul/11/leftists-say-they-bombed-pemex-lines/",
    "https://www.alipac.us/f12/murders-kidnappings-hit-record-levels-mexico-78262/?mode=hybrid (repost of McClatchy, 23 Sep 2007, citing CESOP/Chamber of Deputies)",
  ],
  "crime-lawlessness": [
    "https://www.alipac.us/f12/murders-kidnappings-hit-record-levels-mexico-78262/?mode=hybrid (repost of McClatchy, 23 Sep 2007, citing CESOP/Chamber of Deputies)",
    "https://aniversario.jornada.com.mx/2008/07/08/index.php?article=014n2pol&section=politica",
    "https://www.rand.org/multimedia/audio/2009/06/17/mexican-security-decline.html",
  ],
  corruption: [
    "https://www.rand.org/news/press/2009/04/28.html",
    "https://www.casede.org/index.php/biblioteca-casede-2-0/seguridad/seguridad-mexico-estados-unidos/124-security-in-mexico-implications-for-u-s-policy-options?format=html",
  ],
  kidnapping: [
    "https://www.alipac.us/f12/murders-kidnappings-hit-record-levels-mexico-78262/?mode=hybrid (repost of McClatchy, 23 Sep 2007, citing CESOP/Chamber of Deputies)",
    "http://reporteroscom.blogspot.com/2013/09/rompe-agosto-record-de-secuestros-con.html",
  ],
};
