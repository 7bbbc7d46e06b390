"""Page 1's pharmacogenomics lines: logged phenotypes that change exposure to a current or
recent drug, as the guideline says, with "discuss with your prescriber". Nothing is shown when
no logged phenotype touches one (a normal metabolizer, or no result logged)."""

from __future__ import annotations

from collections.abc import Sequence

from trdjournal.analysis.pgx import PRESCRIBER, PhenotypeTouch
from trdjournal.i18n import _
from trdjournal.report import text
from trdjournal.report.tables import heading, para


def pgx_block(touches: Sequence[PhenotypeTouch]) -> list:
    if not touches:
        return []
    lines = [
        (_("{drug} (current): {note}") if t.running else _("{drug} (recent): {note}")).format(
            drug=f"<b>{text.markup(t.drug)}</b>", note=text.markup(t.note.text)
        )
        for t in touches
    ]
    return [
        heading(_("Pharmacogenomic results touching current or recent drugs")),
        para("<br/>".join(lines)),
        para(
            _(
                "From the test results logged in the background profile and the gene-drug table (resources/pgx.json). Exposure only, as the guideline states it; {PRESCRIBER}."
            ).format(PRESCRIBER=_(PRESCRIBER)),
            "small",
        ),
    ]
