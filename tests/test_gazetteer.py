"""The gazetteers' field data read as the packages that ship it read it: a faster reading
must give the same sets."""

from __future__ import annotations

from gender_guesser.detector import Detector

from builder.annotate import gazetteer


def test_first_names_are_the_detectors_names() -> None:
    """`first_names` reads gender-guesser's table itself (without genders and countries):
    the same names as the library's own `Detector`, joined forms ("+") included."""
    names = gazetteer.first_names()
    assert names == frozenset(Detector(case_sensitive=False).names)
    # "Jun+Wei" in the table stands for three written forms
    assert {"junwei", "jun wei", "jun-wei"} <= names and "jun+wei" not in names
