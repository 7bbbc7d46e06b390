"""Text copied out of the PDF is the text that was logged.

Two things stand between a note and its copy:

- reportlab writes each embedded font's ToUnicode map with ``<%04X>``, which is only right
  inside the Basic Multilingual Plane: an emoji such as U+1F60A comes out as the odd-length
  ``<1F60A>``, which readers reject (pypdf: "Odd-length string"), so the emoji copies as
  nothing. PDF wants UTF-16BE there, a surrogate pair for such a character (PDF 1.7,
  9.10.3), which is what ``to_unicode_cmap`` writes.
- A character DejaVu Sans has no glyph for is drawn as an empty box and copies as U+0000.
  ``printable`` writes such a character as its Unicode name in brackets
  ("[thumbs up sign]"): readable on paper and copied as exactly what is printed.
"""

from __future__ import annotations

import functools
import unicodedata

REPLACEMENT = "\ufffd"


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for one 256-code subset, with UTF-16BE destinations."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    # a bfchar block holds at most 100 entries (PDF 1.7, 9.10.3 / Adobe technote 5411)
    for first in range(0, len(subset), 100):
        block = subset[first : first + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{first + i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(block)]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


@functools.cache
def install_unicode_map() -> None:
    """Have reportlab write ``to_unicode_cmap`` for every TrueType font it embeds."""
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


@functools.cache
def _covered() -> frozenset[int]:
    """The characters DejaVu Sans (the report's font) has glyphs for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from trdjournal.paths import resource_path

    return frozenset(TTFontFile(str(resource_path("fonts/DejaVuSans.ttf"))).charToGlyph)


def printable(text: str) -> str:
    """``text`` with every character the report's font cannot draw written as its name."""
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n\t" for ch in text):
        return text
    return "".join(ch if ord(ch) in covered or ch in "\n\t" else _stand_in(ch) for ch in text)


def _stand_in(ch: str) -> str:
    if unicodedata.category(ch) in ("Cf", "Mn", "Cc"):  # joiners, selectors: nothing to see
        return ""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else REPLACEMENT
