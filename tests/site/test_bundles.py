"""The built site's bundles: every rule of their stylesheets survives, and scripts are minified
with their local names shortened."""

from __future__ import annotations

import rjsmin

from macros import assets
from tests.support.stylesheets import flat_rules, tight


def test_every_script_bundle_is_smaller_than_its_sources_minified_by_rjsmin(site_dir):
    bundles = sorted(site_dir.glob(f"{assets.BUNDLE_DIR}/*.js"))
    assert bundles, "the site has no script bundles"
    for bundle in bundles:
        text = bundle.read_text(encoding="utf-8")
        sources = assets.bundle_sources(text)
        plain = ";\n".join(
            rjsmin.jsmin((assets.GENERATOR_ASSETS / name).read_text(encoding="utf-8")).strip()
            for name in sources
        )
        assert len(text) < 0.95 * len(plain), f"{bundle.name} ({', '.join(sources)})"


def test_every_rule_of_each_stylesheet_is_in_its_bundle(site_dir):
    # Read by a CSS parser, as a browser reads it: a rule the join or the minifier broke is gone.
    bundles = sorted(site_dir.glob(f"{assets.BUNDLE_DIR}/*.css"))
    assert bundles, "the site has no stylesheet bundles"
    for bundle in bundles:
        text = bundle.read_text(encoding="utf-8")
        wanted: set[tuple[str, str]] = set()
        for name in assets.bundle_sources(text):
            source = (assets.GENERATOR_ASSETS / name).read_text(encoding="utf-8")
            wanted |= {(tight(m), tight(s)) for m, s in flat_rules(source)}
        got = {(tight(m), tight(s)) for m, s in flat_rules(text)}
        assert sorted(wanted - got) == [], bundle.name
