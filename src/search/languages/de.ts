/** German, for search (see index.ts). */
import type { SearchLanguage } from './index.ts';

const stopWords = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber sondern denn doch als wie so dass ob wenn dann ' +
    'ist sind bin bist war waren wäre sei sein wird werden wurde wurden habe hast hat haben hatte hatten gibt es ' +
    'ich mich mir mein meine meinen meinem meiner wir uns unser unsere du dich dir dein deine er ihn ihm sie ihr ihre ihnen man ' +
    'was wer wen wem wo wann warum wieso weshalb welche welcher welches welchen welchem diese dieser dieses diesen diesem ' +
    'kann kannst können könnte muss musst müssen soll sollte sollen will wollen möchte darf dürfen ' +
    'mit für von vom zu zum zur im in ins am an ans auf aus bei beim nach über unter um durch ohne gegen bis seit ' +
    'nicht auch nur noch schon sehr bitte mal etwa etwas viel viele mehr hier da dort ' +
    'brauche brauchen benötige benötigen'
  ).split(' '),
);

/** s after these letters is an ending ("Protokolls"); after others it is the word's own ("Prozess", "Status"). */
const sEnding = /[bdfghklmnrt]s$/;

/**
 * A light stem in the manner of Savoy's German light stemmer, umlauts kept: the longest of the endings -ern,
 * -en, -er, -es, -e, -n and -s that the word has comes off, if a stem of at least four letters remains
 * (Protokollen, Protokolle, Protokolls → protokoll; Dienstes, Dienste → dienst; speichern, Speicher →
 * speich); -nisse and -nissen become -nis (Ereignisse → ereignis).
 */
function lightStem(word: string): string {
  if (word.length <= 4) return word;
  if (/nissen?$/.test(word)) return word.replace(/nissen?$/, 'nis');
  const ending = ['ern', 'en', 'er', 'es', 'e', 'n', 's'].find((candidate) => word.endsWith(candidate));
  if (!ending || word.length - ending.length < 4 || (ending === 's' && !sEnding.test(word))) return word;
  return word.slice(0, -ending.length);
}

/** A pattern of whole words: JavaScript's \b knows no umlauts. */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');

/**
 * "was brauche ich", "welchen Service soll ich nehmen", "entscheiden zwischen", "CloudTrail oder CloudWatch?".
 * A German question puts its verb last ("soll ich FIFO-Queues nutzen"), around the topic it asks about, so
 * only the forms that leave the topic outside them are read as asking to choose.
 */
const choosing = {
  or: 'oder',
  patterns: [
    words('was (brauche|brauchen|benötige|benötigen|nehme|nehmen|nutze|nutzen) (ich|wir)'),
    words('was (soll|sollte|sollten) (ich|wir) (nehmen|verwenden|nutzen|wählen)'),
    words('welche[nrs]? (davon |von beiden |service |dienst )?(brauche|brauchen|benötige|benötigen|soll|sollte|sollten|nehme|nehmen|nutze|nutzen) (ich|wir)'),
    words('welche[nrs]? (ist|passt) (besser|am besten|richtig)'),
    words('(brauche|benötige|brauchen|benötigen) (ich|wir)'),
    words('(hilf|helft|helfen sie) (mir|uns) (bei der )?(wahl|auswahl|entscheidung|entscheiden|wählen)'),
    words('(entscheiden|entscheidung|wählen|auswählen|wahl|auswahl) zwischen'),
  ],
  aboutTheServices: words('beide|beiden|beides|eine[nrs]?|service|services|dienst|dienste|davon|welche[nrs]?'),
};

export const german: SearchLanguage = { code: 'de', stopWords, lightStem, choosing };
