"""The licence registry: the agreed ids, working links, and what each licence allows."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from macros import licenses

# The ids agreed in the author syntax (briefs: syntax.md), plus MIT for the code.
AGREED = [
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC-BY-NC-4.0",
    "CC-BY-NC-SA-4.0",
    "CC-BY-ND-4.0",
    "CC-BY-NC-ND-4.0",
    "CC0-1.0",
    "public-domain",
    "all-rights-reserved",
    "used-by-permission",
]
# Asked for by an instructor who adapted a canada.ca page, and one who had permission to adapt.
ADDED = ["adapted-by-permission", "OGL-Canada-2.0"]


def test_the_registry_knows_exactly_the_agreed_ids_the_added_ones_and_mit():
    assert sorted(licenses.known_ids()) == sorted([*AGREED, *ADDED, "MIT"])


@pytest.mark.parametrize("licence_id", [i for i in AGREED if i.startswith("CC")])
def test_creative_commons_licences_link_their_deed_and_legal_code(licence_id):
    licence = licenses.get(licence_id)
    assert urlsplit(licence.deed_url).netloc == "creativecommons.org"
    assert licence.legal_url.startswith(licence.deed_url)
    assert licence.legal_url.endswith("legalcode.en")
    assert licence.url == licence.deed_url


def test_licences_without_a_public_text_have_no_link():
    for licence_id in ("all-rights-reserved", "used-by-permission"):
        assert licenses.get(licence_id).url == ""


def test_the_short_name_matches_the_id():
    assert licenses.get("CC-BY-NC-SA-4.0").short == "CC BY-NC-SA 4.0"
    assert licenses.get("CC-BY-NC-SA-4.0").deed_url.endswith("/licenses/by-nc-sa/4.0/")


@pytest.mark.parametrize(
    ("licence_id", "adaptation", "commercial", "share_alike"),
    [
        ("CC-BY-4.0", True, True, False),
        ("CC-BY-SA-4.0", True, True, True),
        ("CC-BY-NC-4.0", True, False, False),
        ("CC-BY-NC-SA-4.0", True, False, True),
        ("CC-BY-ND-4.0", False, True, False),
        ("CC-BY-NC-ND-4.0", False, False, False),
        ("CC0-1.0", True, True, False),
        ("public-domain", True, True, False),
        ("all-rights-reserved", False, False, False),
        ("used-by-permission", False, False, False),
        ("adapted-by-permission", True, False, False),
        ("OGL-Canada-2.0", True, True, False),
    ],
)
def test_what_each_licence_allows(licence_id, adaptation, commercial, share_alike):
    licence = licenses.get(licence_id)
    assert (licence.adaptation, licence.commercial, licence.share_alike) == (
        adaptation,
        commercial,
        share_alike,
    )


def test_an_unknown_id_names_the_known_ones():
    with pytest.raises(KeyError, match=re.escape("CC-BY-NC-SA-4.0")):
        licenses.get("CC-BY-NC-SA")


# (source licence, licence the adaptation is published under, allowed?)
ADAPTATIONS = [
    ("CC-BY-4.0", "CC-BY-4.0", True),
    ("CC-BY-4.0", "CC-BY-NC-SA-4.0", True),
    ("CC0-1.0", "all-rights-reserved", True),
    ("CC-BY-SA-4.0", "CC-BY-SA-4.0", True),
    ("CC-BY-SA-4.0", "CC-BY-4.0", False),
    ("CC-BY-SA-4.0", "CC-BY-NC-SA-4.0", False),
    ("CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", True),
    ("CC-BY-NC-4.0", "CC-BY-4.0", False),
    ("CC-BY-NC-4.0", "CC0-1.0", False),
    ("CC-BY-NC-SA-4.0", "CC-BY-NC-SA-4.0", True),
    ("CC-BY-NC-SA-4.0", "CC-BY-NC-4.0", False),
    ("CC-BY-NC-SA-4.0", "CC-BY-SA-4.0", False),
    ("CC-BY-ND-4.0", "CC-BY-ND-4.0", False),
    ("CC-BY-NC-ND-4.0", "CC-BY-NC-SA-4.0", False),
    ("all-rights-reserved", "CC-BY-NC-SA-4.0", False),
    ("used-by-permission", "CC-BY-NC-SA-4.0", False),
    ("adapted-by-permission", "CC-BY-NC-SA-4.0", True),
    ("adapted-by-permission", "CC-BY-4.0", False),  # the permission is for a course, not sale
    ("OGL-Canada-2.0", "CC-BY-NC-SA-4.0", True),
]


@pytest.mark.parametrize(("source", "published", "allowed"), ADAPTATIONS)
def test_which_adaptations_a_licence_allows(source, published, allowed):
    problem = licenses.adaptation_problem(licenses.get(source), licenses.get(published))
    assert (problem == "") is allowed


def test_the_reason_names_the_term_that_is_dropped():
    get = licenses.get
    assert "NoDerivatives" in licenses.adaptation_problem(get("CC-BY-ND-4.0"), get("CC-BY-4.0"))
    assert "ShareAlike" in licenses.adaptation_problem(get("CC-BY-SA-4.0"), get("CC-BY-4.0"))
    assert "NonCommercial" in licenses.adaptation_problem(get("CC-BY-NC-4.0"), get("CC-BY-4.0"))
