"""An amount of money that says neither what it is nor whose is no quantity two sources
can dispute (fresh-user pass s14, finding 4): "refused a further 3 million euros", "lent
the firm 8 million euros", "bringing its exposure to 9.5 million euros" and "the workers'
claims, about 3.4 million euros" were one "disputed" count of euros, on the claims page and
on a profile; a correction in the same outlet's later story marked the refused loan
"replaced". Such amounts are listed, never disputed, corrected or read as a series. An
amount that says what it is ("£8 million in unpaid wages") is still compared with no owner
named (`test_fresh_dossier`). Cases from a bankruptcy, a strike and a court case; values
worked out by hand."""

from __future__ import annotations

import pytest
from test_claims_corrected import counted

from builder.model import Alias, Entity

ENTITIES = [Entity(id="northmere", kind="organisation", name="Northmere Bank", aliases=(Alias("Northmere Bank"),),
                   summary="s")]


def lined_up(*stories: tuple[str, str], outlets: tuple[str, ...] = ()) -> list[tuple[str, str, bool, int, int, list[str]]]:
    """(unit, owner, disputed, revisions, changes, figures) of each count."""
    return [(c.unit, c.owner, c.disputed, len(c.revisions), len(c.changes), [v for v, _ in c.figures])
            for c in counted(stories, ENTITIES, (), outlets)]


@pytest.mark.parametrize(
    ("stories", "outlets", "expected"),
    [
        # the review's case: four different sums, and a later correction by the same outlet
        ((("2025-03-11", "A person familiar with the loan said the bank had refused a further 3 million euros in "
                         "February."),
          ("2025-03-20", "Correction: An earlier version of this story misspelt a name. Northmere Bank lent the firm "
                         "8 million euros in 2021."),
          ("2025-04-02", "The bank had lent the firm 8 million euros in 2021, bringing its exposure to 9.5 million "
                         "euros."),
          ("2025-04-10", "The judge said the workers' claims, about 3.4 million euros in all, would be met by the end "
                         "of the year.")),
         ("Velsburg Courier", "Velsburg Courier", "Velsburg Business Daily", "Velsburg Courier"),
         [("euros", "", False, 0, 0, ["3 million", "3.4 million", "8 million", "9.5 million"])]),
        # a strike: strike pay and a fine, in dollars, one rising ("had risen to")
        ((("2025-06-01", "The drivers received 200 dollars a week in strike pay, organisers said."),
          ("2025-06-05", "Organisers said the payments had risen to 450 dollars a week."),
          ("2025-06-06", "A court fined the drivers' leaders 5,000 dollars.")), (),
         [("dollars", "", False, 0, 0, ["5,000"]), ("dollars per week", "", False, 0, 0, ["200", "450"])]),
    ],
)
def test_sums_of_no_one_named_are_listed_not_disputed(stories: tuple[tuple[str, str], ...], outlets: tuple[str, ...],
                                                      expected: list) -> None:
    assert lined_up(*stories, outlets=outlets) == expected
