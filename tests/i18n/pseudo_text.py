"""What the pseudo-locale leaves unbracketed: English that never went through the catalogue."""

from __future__ import annotations

import re

# Not translated by design: method, scale and drug names, units, references, the app's name.
ALLOWED = {
    "trdjournal",
    "PHQ",
    "GAD",
    "QIDS",
    "SR16",
    "MADRS",
    "MGH",
    "ATRQ",
    "ECT",
    "rTMS",
    "CBT",
    "mg",
    "mcg",
    "kg",
    "ml",
    "mL",
    "mmol",
    "mIU",
    "pmol",
    "ng",
    "dL",
    "nmol",
    "pg",
    "h",
    "min",
    "Maudsley",
    "Fekadu",
    "NIMH",
    "Kroenke",
    "Spitzer",
    "Rush",
    "al",
    "et",
    "TSH",
    "T3",
    "T4",
    "QIDS-SR",
    "MADRS-S",
    "CYP2D6",
    "CYP2C19",
    "CYP",  # CYP2D6, CYP2C19, CYP2B6 as the word pattern reads them (letters only)
    "CPIC",
    "DPWG",
    "AD",
    "aug",
    "r",
    "n",
    "vs",
    "SSRI",
    "SNRI",
    "NDRI",
    "TCA",
    "MAOI",
    "RIMA",
    "SARI",
    "NaSSA",
    "NRI",
    "NMDA",
    "CRP",
    "ADHD",
    "LOW-HIGH",
}
BRACKETED = re.compile(r"\[[^\[\]]*\]", re.S)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
# The pseudo-locale accents every vowel of a message (trdjournal.i18n.stretch), so a word that
# kept a plain vowel inside the brackets was filled into a placeholder untranslated.
PLAIN_VOWEL = re.compile(r"[aeiouyAEIOUY]")


def unbracketed_words(text: str, drugs: set[str] = frozenset()) -> list[str]:
    """Words outside [pseudo brackets] that are neither allowed names nor drug names."""
    outside, previous = text, None
    while outside != previous:  # nested messages: "[Error: [must be ...]]"
        previous, outside = outside, BRACKETED.sub(" ", outside)
    allowed = {w.lower() for w in ALLOWED} | {d.lower() for d in drugs}
    return [w for w in WORD.findall(outside) if w.lower().strip("-'") not in allowed]


def unmarked_words(text: str, drugs: set[str] = frozenset()) -> list[str]:
    """Words outside [pseudo brackets], and words inside them that kept a plain vowel: English
    dropped into a translated message ("[Fáíléd ... (since 3 May)]"), which the brackets alone
    would hide. Allowed names and drug names are left out."""
    allowed = {w.lower() for w in ALLOWED} | {d.lower() for d in drugs}
    inside = [
        w
        for w in WORD.findall(text)
        if PLAIN_VOWEL.search(w) and w.lower().strip("-'") not in allowed
    ]
    return list(dict.fromkeys([*unbracketed_words(text, drugs), *inside]))
