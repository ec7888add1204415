/**
 * Legend names of the kidnapping series: what each counts and which release (vintage) it comes
 * from, since releases give different numbers for the same years. Keyed by the series name of
 * the reference table.
 */
export const KIDNAPPING_LABELS: Readonly<Record<string, string>> = {
  "SNSP: carpetas/averiguaciones por privacion ilegal de la libertad (fuero comun)":
    "SNSP investigations for illegal deprivation of liberty, as published Sep 2013 (Apro)",
  "SESNSP: privaciones ilegales de la libertad denunciadas":
    "SESNSP reported illegal deprivations of liberty, as published Jan 2014 (El Universal)",
  "SNSP CIEISP format: averiguaciones previas, privacion de la libertad-secuestro (fuero comun)":
    "SNSP CIEISP kidnapping investigations, each year's file (2002–2008)",
  "SESNSP: secuestros denunciados": "SESNSP reported kidnappings, as published Jan 2014 (El Universal)",
  "SNSP: secuestros denunciados": "SNSP reported kidnappings, as published Sep 2013 (Apro)",
  "SNSP: privaciones ilegales de la libertad denunciadas":
    "SNSP reported illegal deprivations of liberty, as published Sep 2013 (Apro)",
  "SESNSP: secuestros denunciados (La Jornada, Sep 2013)":
    "SESNSP reported kidnappings, as published Sep 2013 (La Jornada)",
  "SESNSP: casos (as quoted 2019)": "SESNSP kidnapping cases, as quoted May 2019 (Red Uno)",
  "INEGI ENVIPE 2017 survey ESTIMATE of kidnappings (not comparable with reports)":
    "INEGI ENVIPE 2017 survey estimate (not a count of reports)",
  "SESNSP: averiguaciones previas por secuestro": "SESNSP kidnapping investigations, as published Oct 2017 (El Diario)",
  "SESNSP: victimas de secuestro": "SESNSP kidnapping victims, as published Oct 2017 (El Diario)",
  "SESNSP: carpetas de investigacion por secuestro": "SESNSP kidnapping case files, as quoted by Pulso SLP",
};
