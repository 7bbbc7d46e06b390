"""A suggested mood for a renamed Daylio label, from its place in Daylio's default scale.

Daylio's five default moods are, best to worst, rad, good, meh, bad, awful (trdjournal 9, 7, 5,
3, 1), exported under their names in the app's language (resources/daylio_moods.json; those
need no suggestion). Users rename them, often with words of their own language. The suggestion:

1. when exactly one default level is missing from the file's labels and exactly one label is
   unknown, the unknown label took that level's place;
2. otherwise a label that is a common word for one of the five places (in the languages of
   Daylio's interface) gets that place;
3. otherwise the middle, 5 (meh), for the user to change.

It is only a suggestion, shown beside the label for the user to confirm or change.
"""

from __future__ import annotations

from trdjournal.exchange.daylio import DEFAULT_MOOD_MAP, default_labels

PLACES = {
    9: "super great amazing awesome excellent fantastic wonderful perfect happy ecstatic joyful "
    "rad elated brilliant świetnie super! genial génial fantástico ottimo otimo prima toll "
    "klasse spitze wspaniale cudownie отлично прекрасно чудово",
    7: "good fine nice okay+ gut dobrze bien bom buono bene goed bra godt хорошо добре "
    "pretty-good content calm",
    5: "meh so-so soso ok okay average normal neutral alright mittel naja jako-tako tak-sobie "
    "comme-ci-comme-ça regular normale так-себе нормально",
    3: "bad sad down low poor not-good schlecht źle zle mal mauvais male slecht dålig dårlig "
    "плохо погано",
    1: "awful terrible horrible worst miserable dreadful depressed hopeless schrecklich "
    "furchtbar okropnie fatalnie tragicznie horrible fatal terribile vreselijk hemskt жахливо "
    "ужасно",
}
_WORDS = {word: place for place, words in PLACES.items() for word in words.split()}


def suggest(label: str, known_in_file: set[str], unknown: list[str]) -> int:
    """A 0-10 mood for ``label``, given the known labels the file also uses."""
    predefined = default_labels()  # in every language of resources/daylio_moods.json
    present = {predefined[name] for name in known_in_file if name in predefined}
    missing = [m for m in DEFAULT_MOOD_MAP.values() if m not in present]
    if len(missing) == 1 and len(unknown) == 1:
        return missing[0]
    key = label.strip().lower()
    for candidate in (key, key.replace(" ", "-"), key.rstrip("!.")):
        if candidate in _WORDS:
            return _WORDS[candidate]
    return 5
