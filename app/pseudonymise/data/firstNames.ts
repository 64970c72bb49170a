/**
 * Common French and English first names, lower-cased with their accents, as the name
 * detector's dictionary. Compiled by hand for Verbatim from memory of the most frequent
 * given names in France (INSEE "fichier des prénoms", births 1940–2020) and in England and
 * the United States (ONS and SSA top-100 lists, same period), about a hundred and fifty of
 * each sex per language, plus common English short forms (Sam, Tom, Kate), merged. Left out
 * on purpose: names that are also months or common capitalised words in interviews
 * ("avril", "april", "may", "june", "august", "will", "mark", "bill", "hope", "joy", "faith",
 * "france"), so that they are not flagged on every page.
 * Hyphenated French names (Jean-Pierre, Marie-Claire) are recognised part by part.
 * The list is a heuristic: names missing from it are still found after a title (M., Mme…).
 */
const FRENCH = `
adèle adrien agathe agnès aimé alain albert alexandra alexandre alexis alfred alice alicia
aline alix amandine amélie anaïs andré andrée angèle angélique anne annette annick annie
anthony antoine antoinette apolline armand arnaud arthur aude audrey augustin aurélie aurélien
axel baptiste barbara bastien béatrice benjamin benoît bernadette bernard bertrand blanche
brigitte bruno camille capucine carole caroline catherine cécile céline chantal charles
charlotte chloé christelle christian christiane christine christophe claire clara claude
claudine clément clémence colette corentin corinne cyril damien daniel danielle david delphine
denis denise didier dominique dorothée édith edmond édouard élisa élisabeth élise élodie éloïse
émile émilie emma emmanuel emmanuelle enzo éric estelle ethan étienne eugène eugénie éva evelyne
fabien fabienne fabrice fanny félix fernand fernande florence florian francis franck françois
françoise frédéric frédérique gabriel gabrielle gaëlle gaston geneviève georges gérald gérard
germaine ghislaine gilbert gilles ginette gisèle guillaume guy hélène henri henriette hervé
hugo hugues inès irène isabelle jacqueline jacques jade jean jeanne jeannine jérémy jérôme joël
joëlle jordan joseph josette josiane jules julie julien juliette justine karine kevin laetitia
laura laure laurence laurent léa léo léon léonie liliane lina line lionel loïc louis louise
luc lucas lucie lucien lucienne lucile ludovic lydie madeleine maël manon marc marcel marcelle
margaux margot marguerite marie marine marion marius marthe martine maryse mathéo mathias
mathieu mathilde mathis maurice maxime mélanie michel micheline michèle mireille monique muriel
myriam nadia nadine nathalie nathan nicolas nicole noah noémie océane odette odile olivier
orlane pascal pascale patrice patricia patrick paul paulette pauline philippe pierre quentin
raphaël raymond raymonde régine régis rémi rémy renée roger roland romain romane rose sabine
sacha samuel sandrine sarah sébastien serge simone solange sophie stéphane stéphanie suzanne
sylvain sylvie tatiana théo thérèse thibault thierry thomas timothée valentin valérie vanessa
véronique victor victoire vincent virginie viviane xavier yann yannick yasmine yves yvette
yvonne zoé lou max noé
`;

const ENGLISH = `
aaron abigail adam alan albert alexander alice alison amanda amber amelia amy andrew angela
ann anna anthony ashley barbara benjamin betty beverly brandon brenda brian bruce carl carol
carolyn catherine charles charlie charlotte cheryl chloe christina christine christopher
cynthia daniel david deborah debra denise dennis diana diane donald donna dorothy douglas
dylan edward elizabeth ellie emily emma eric ethan evelyn frank gary george gloria grace
gregory hannah harold harry heather helen henry isabella isla jack jacob james jane janet
janice jason jeffrey jennifer jeremy jerry jessica joan john jonathan joseph joshua joyce
judith judy julia julie justin karen katherine kathleen kathryn kelly kenneth kevin kimberly
larry laura lauren linda lisa lily logan louis madison margaret maria marie marilyn martha
mary matthew megan melissa michael michelle mohammed muhammad nancy natalie nathan nicholas
nicole noah oliver olivia oscar pamela patricia patrick paul peter philip rachel ralph
raymond rebecca richard robert roger ronald rose ruth ryan samantha samuel sandra sara sarah
scott sharon shirley sophia sophie stephanie stephen steven susan teresa theresa thomas
timothy tyler victoria virginia walter wayne william zachary
alex becky ben bob chris dan dave jenny jess jim joe kate lucy matt mike nick pete sam steve
tim tom tony
`;

function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}

/** Lower-cased, NFC, accents kept: "élodie", "marie". */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...words(FRENCH), ...words(ENGLISH)].map((name) => name.normalize('NFC')),
);
