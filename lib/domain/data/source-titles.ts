/**
 * How each address the built-in data cites reads as a citation: publisher or author, title,
 * date, and who the page is citing. `via` says when the address is a repost or an archive
 * rather than the publisher's own page. Titles of Spanish-language pages are their own.
 */
export interface SourceTitle {
  text: string;
  via?: string;
}

const REPOST = "accessed via a repost";

export const SOURCE_TITLES: Readonly<Record<string, SourceTitle>> = {
  "https://www.rand.org/pubs/research_briefs/RB9444.html": {
    text: "RAND Corporation, “Security in Mexico: Implications for U.S. Policy Options”, Research Brief RB9444, 2009",
  },
  "https://www.rand.org/news/press/2009/04/28.html": {
    text: "RAND Corporation, news release on “Security in Mexico: Implications for U.S. Policy Options”, 28 Apr 2009",
  },
  "https://www.rand.org/multimedia/audio/2009/06/17/mexican-security-decline.html": {
    text: "RAND Corporation, “Mexican Security in Decline” (event audio and summary), 17 Jun 2009",
  },
  "https://www.alipac.us/f12/murders-kidnappings-hit-record-levels-mexico-78262/?mode=hybrid": {
    text: "McClatchy Newspapers, “Murders, kidnappings hit record levels in Mexico”, 23 Sep 2007, citing a CESOP report of the Chamber of Deputies",
    via: REPOST,
  },
  "https://www.casede.org/index.php/biblioteca-casede-2-0/seguridad/seguridad-mexico-estados-unidos/124-security-in-mexico-implications-for-u-s-policy-options?format=html":
    { text: "CASEDE library, summary of RAND's “Security in Mexico: Implications for U.S. Policy Options”", via: REPOST },
  "https://www.fpri.org/article/2006/01/mexicos-southern-flank-third-u-s-border/": {
    text: "Foreign Policy Research Institute, “Mexico's Southern Flank: A Third U.S. Border”, Jan 2006",
  },
  "https://publications.armywarcollege.edu/Regional-Issues/Western-Hemisphere/?smdpage67186=5": {
    text: "U.S. Army War College, Strategic Studies Institute, Western Hemisphere publications (incl. “Mexico and the Triple Threat”)",
  },
  "https://www.hsdl.org/?abstract&did=711463": {
    text: "Homeland Security Digital Library, report abstract on terrorism and the U.S.–Mexico border",
  },
  "https://www.mcclatchydc.com/news/nation-world/world/article24469210.html": {
    text: "McClatchy Newspapers, report on the EPR's 2007 Pemex pipeline bombings, 2007",
  },
  "https://www.spokesman.com/stories/2007/jul/11/leftists-say-they-bombed-pemex-lines/": {
    text: "Spokesman-Review (AP), “Leftists say they bombed Pemex lines”, 11 Jul 2007",
  },
  "https://aniversario.jornada.com.mx/2008/07/08/index.php?article=014n2pol&section=politica": {
    text: "La Jornada, report on federal-crime incidence citing the Attorney General's Office (PGR), 8 Jul 2008",
  },
  "https://tn8.tv/?p=174903": {
    text: "EFE via TN8, INEGI homicide figures and rates for 2008–2017, Jul 2018",
    via: REPOST,
  },
  "https://misionpolitica.com/?p=25720": {
    text: "Misión Política, INEGI homicide rates since 1990 as quoted",
  },
  "https://www.eluniversal.com.mx/nacion/seguridad/en-2017-se-registraron-31-mil-174-homicidios-segun-datos-del-inegi":
    { text: "El Universal, “En 2017 se registraron 31 mil 174 homicidios, según datos del INEGI”, Jul 2018" },
  "https://informativonoticias.com/sumaron-36-mil-685-homicidios-en-2018-inegi/": {
    text: "Informativo Noticias, “Sumaron 36 mil 685 homicidios en 2018: INEGI”, 2019",
  },
  "https://jornada.com.mx/2021/07/28/politica/008n1pol": {
    text: "La Jornada, INEGI homicide figures for 2019–2020, 28 Jul 2021",
  },
  "https://elahuizote.mx/nacional/coahuila-entre-las-entidades-con-menos-indices-de-homicidio/": {
    text: "El Ahuizote, “Coahuila, entre las entidades con menos índices de homicidio” (INEGI figures)",
  },
  "https://contrapuntonews.com/fueron-asesinadas-36-mil-579-personas-durante-el-2020-inegi": {
    text: "Contrapunto News, “Fueron asesinadas 36 mil 579 personas durante el 2020: INEGI”, 2021",
  },
  "https://www.elfinanciero.com.mx/nacional/2022/07/26/homicidios-en-mexico-hubo-mas-de-35-mil-asesinatos-en-2021-estima-el-inegi/":
    { text: "El Financiero, “Homicidios en México: hubo más de 35 mil asesinatos en 2021, estima el INEGI”, 26 Jul 2022" },
  "https://respuesta.com.mx/?p=206276": { text: "Respuesta, INEGI homicide rate for 2021 as quoted" },
  "https://eluniversal.com.mx/cartera/homicidios-en-mexico-bajaron-67-en-2023-registra-el-inegi/?outputType=amp": {
    text: "El Universal, “Homicidios en México bajaron 6.7% en 2023, registra el INEGI”, 2024",
  },
  "https://www.eluniversal.com.mx/cartera/numero-de-defunciones-por-homicidios-crece-31-durante-2024-inegi-reporta-33-mil-241-fallecidos/?outputType=amp":
    {
      text: "El Universal, “Número de defunciones por homicidios crece 3.1% durante 2024; INEGI reporta 33 mil 241 fallecidos”, 1 Aug 2025",
    },
  "https://data2.com.mx/2025/08/01/33-mil-241-asesinatos-en-2024-2-mil-179-mas-que-en-2023/amp": {
    text: "Data2, “33 mil 241 asesinatos en 2024, 2 mil 179 más que en 2023”, 1 Aug 2025",
  },
  "https://www.cronica.com.mx/nacional/2025/11/10/continua-homicidio-como-principal-causa-de-muerte-entre-jovenes-predomina-la-muerte-violenta-en-hombres/":
    { text: "La Crónica de Hoy, INEGI's later figure for 2024 homicides, 10 Nov 2025" },
  "https://lja.mx/2012/05/el-apunte-fallecimientos-por-presunta-rivalidad-delincuencial": {
    text: "La Jornada Aguascalientes, “Fallecimientos por presunta rivalidad delincuencial” (federal database), May 2012",
  },
  "https://24-horas.mx/2012/01/12/crecen-11-muertes-por-crimen-organizado/amp": {
    text: "24 Horas, “Crecen 11% muertes por crimen organizado” (federal database release), 12 Jan 2012",
  },
  "https://slidelegend.com/el-saldo-de-la-guerra-85-el-universal_5b734aba097c47a0508b45ab.html": {
    text: "El Universal, “El saldo de la guerra”",
    via: "accessed via a document archive",
  },
  "https://www.diarioeyipantla.com/el-narco-ha-dejado-47-515-muertos-en-mexico-en-los-ultimos-cinco-anos/": {
    text: "Diario Eyipantla, “El narco ha dejado 47,515 muertos en México en los últimos cinco años”, Jan 2012",
  },
  "https://eleconomista.com.mx/politica/Cierra-el-2010-con-saldo-rojo-ejecuciones-a-la-alza-20101230-0047.html": {
    text: "El Economista, “Cierra el 2010 con saldo rojo; ejecuciones a la alza”, 30 Dec 2010",
  },
  "https://libertad-oaxaca.info/un-ejecutado-cada-40-minutos-en-2010": {
    text: "Libertad Oaxaca, “Un ejecutado cada 40 minutos en 2010” (press tally, outlet not named), Jan 2011",
  },
  "http://tribuna.info/index.php?option=com_content&task=view&id=593621&Itemid=126": {
    text: "Agencia Reforma, federal government “ejecuciones” series, Feb 2014",
    via: REPOST,
  },
  "http://tribuna.info/index.php?option=com_content&task=view&id=586164&Itemid=126": {
    text: "El Universal, kidnappings reported to SESNSP by year, Jan 2014",
    via: REPOST,
  },
  "http://reporteroscom.blogspot.com/2012/01/se-disparan-muertes-en-guerrero-nl-y.html?m=0": {
    text: "Milenio, “Se disparan muertes en Guerrero, NL y …” (2011 ejecuciones count), Jan 2012",
    via: REPOST,
  },
  "http://reporteroscom.blogspot.com/2013/09/rompe-agosto-record-de-secuestros-con.html": {
    text: "Apro (Proceso), “Rompe agosto récord de secuestros”, 24 Sep 2013, citing SNSP",
    via: REPOST,
  },
  "https://revolucionesmx.blogspot.com/2012/06/el-sexenio-de-las-71-mil-ejecuciones.html": {
    text: "Semanario Zeta, “El sexenio de las 71 mil ejecuciones”, Jun 2012",
    via: REPOST,
  },
  "https://www.reduno.com.bo/nota/secuestros-express-delitos-sin-datos-claros-2019528161513": {
    text: "Red Uno, “Secuestros express, delitos sin datos claros”, 28 May 2019",
  },
  "http://diario.mx/Nacional/2017-10-06_74a3758c/en-2016-se-registraron-69-mil-107-secuestros/": {
    text: "El Diario, “En 2016 se registraron 69 mil 107 secuestros” (INEGI ENVIPE and SESNSP), 6 Oct 2017",
  },
  "https://pulsoslp.com.mx/nacional/secuestro-un-delito-sin-cifras-claras/936935": {
    text: "Pulso SLP, “Secuestro, un delito sin cifras claras” (SESNSP figures)",
  },
  "https://www.eleconomista.com.mx/politica/Delitos-crecientes-son-responsabilidad-estatal-Segob-20120410-0080.html": {
    text: "El Economista, “Delitos crecientes son responsabilidad estatal: Segob”, 10 Apr 2012",
  },
  "https://expediente27.com/archivo/6624": {
    text: "Expediente 27, citing SESNSP “Reporte de incidencia delictiva del fuero federal por entidad federativa 2012–2021”",
  },
  "https://eluniversal.com.mx/nacion/delincuencia-organizada-aumentan-carpetas-de-investigacion-504-en-2020-sspc": {
    text: "El Universal, “Delincuencia organizada: aumentan carpetas de investigación 50.4% en 2020: SSPC”, 2021",
  },
  "https://slave2.omega.jstor.org/stable/10.7249/mg876rc": {
    text: "JSTOR record of RAND MG-876, “Security in Mexico: Implications for U.S. Policy Options”",
  },
  "https://camarillogovea.blogspot.com/2009/08/real-war-in-mexico.html": {
    text: "Shannon O'Neil, “The Real War in Mexico”, Foreign Affairs, Jul/Aug 2009",
    via: REPOST,
  },
};

/** Authors of the data repositories the built-in data cites, and what each cited file holds. */
export const REPOSITORY_AUTHORS: Readonly<Record<string, string>> = {
  diegovalle: "Diego Valle-Jones",
  ljzac: "La Jornada Zacatecas",
};

export const REPOSITORY_FILE_TITLES: Readonly<Record<string, string>> = {
  "R/data/table-inegi-sesnsp.csv": "INEGI homicides and SESNSP police-reported homicides by year",
  "guns-executions/data/firearm-executions.csv": "drug-war killing counts and firearm homicides by year",
  "predictions/data/executions-bymonth.csv": "monthly Reforma and Milenio ejecuciones counts",
};
