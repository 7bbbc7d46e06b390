"""Notes written as HTML (newer Daylio exports: ``<br>``, ``<b>``, ``<li>``...) as plain text.

Read with Python's ``html.parser``, not regular expressions: line breaks for ``<br>`` and the
ends of paragraphs, "- " before list items, entities decoded, every other tag dropped with its
text kept. The rule follows what the public Daylio note editors do (charistas/daylio-scribe,
``htmlToPlainText``: br, div and p become newlines, li a bullet, other tags stripped).
"""

from __future__ import annotations

from html.parser import HTMLParser

BREAKS = frozenset({"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
BLOCKS = frozenset({"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self._newline()
            self.parts.append("- ")
        elif tag in BLOCKS:
            self._newline()

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag) -> None:
        if tag in BLOCKS or tag == "li":
            self._newline()

    def handle_data(self, data) -> None:
        self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return "<" in text and ">" in text or "&" in text and ";" in text


def to_text(text: str) -> str:
    """Plain text of an HTML note; text without markup comes back unchanged."""
    if not looks_like_html(text):
        return text
    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = "".join(parser.parts).replace("\xa0", " ").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")
