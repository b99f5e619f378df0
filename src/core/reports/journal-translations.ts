/**
 * The journal's machine-read words in every language Career Goals ships, so a report
 * reads an entry whatever the display language was when it was written: a German
 * entry read in English gives the same facts, and the other way round. The core cannot
 * read l10n/ at run time (it runs in the webview too), so the words are here;
 * test/unit/l10n-core.test.ts keeps them equal to l10n/bundle.l10n.<language>.json.
 */

/** Bundle key → that language's text, for each shipped translation. */
export const JOURNAL_TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  de: {
    "Keep/A decision about a goal, written after its title in the review journal": "Beibehalten",
    "Revise/A decision about a goal, written after its title in the review journal": "Überarbeiten",
    "Done/A decision about a goal, written after its title in the review journal": "Erledigt",
    "Pause/A decision about a goal, written after its title in the review journal": "Pausieren",
    "Drop/A decision about a goal, written after its title in the review journal": "Streichen",
    "Let go/A decision about a goal, written after its title in the review journal": "Loslassen",
    "Adjust/A decision about a goal, written after its title in the review journal": "Anpassen",
    "Goal decisions": "Entscheidungen zu Zielen",
    "Goal alignment": "Ausrichtung der Ziele",
    "Changes": "Änderungen",
    "{0}: marked active": "{0}: als aktiv markiert",
    "{0}: marked paused": "{0}: als pausiert markiert",
    "{0}: marked done": "{0}: als erledigt markiert",
    "{0}: marked dropped": "{0}: als gestrichen markiert",
    "{0}: reached checkpoint “{1}”": "{0}: Zwischenziel „{1}“ erreicht",
    "Focus for {0}": "Fokus für {0}",
    "Theme: {0}": "Thema: {0}",
    "Goals: {0}": "Ziele: {0}",
    "(no goals)": "(keine Ziele)",
  },
};
