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


def unbracketed_words(text: str, drugs: set[str] = frozenset()) -> list[str]:
    """Words outside [pseudo brackets] that are neither allowed names nor drug names."""
    outside, previous = text, None
    while outside != previous:  # nested messages: "[Error: [must be ...]]"
        previous, outside = outside, BRACKETED.sub(" ", outside)
    allowed = {w.lower() for w in ALLOWED} | {d.lower() for d in drugs}
    return [w for w in WORD.findall(outside) if w.lower().strip("-'") not in allowed]
