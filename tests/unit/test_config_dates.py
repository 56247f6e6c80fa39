"""An unquoted date that does not exist in mkdocs.yml is named with its setting, line and fix
before MkDocs reads the file (it would stop with a traceback)."""

from __future__ import annotations

from pathlib import Path

from macros.config_dates import bad_dates, main

ROOT = Path(__file__).resolve().parents[2]
CONFIG = """site_name: A course
extra:
  contact: !ENV [COURSE_CONTACT_EMAIL, ""]
  course:
    start: 2027-02-30
    weeks:
      - page: a.md
      - page: b.md
        opens: 2027-04-31
      - page: c.md
        opens: "2027-02-30"
    class_time: "18:30"
"""


def test_each_date_that_does_not_exist_is_named_with_its_setting_its_line_and_the_fix():
    errors = [str(e) for e in bad_dates(CONFIG)]
    assert errors == [
        "mkdocs.yml, 'extra.course.start', line 5: 2027-02-30 is not a date (day is out of range "
        'for month). Fix: write a date that exists, in quotes, such as start: "2027-02-28"',
        "mkdocs.yml, 'extra.course.weeks[1].opens', line 9: 2027-04-31 is not a date (day is out "
        "of range for month). Fix: write a date that exists, in quotes, such as opens: "
        '"2027-04-30"',
    ]  # a date in quotes is a string here: macros/course.py names it when it reads the course


def test_the_date_offered_instead_exists_and_is_near_the_one_written():
    assert bad_dates("start: 2028-02-30")[0].fix.endswith('start: "2028-02-29"')  # a leap year
    assert bad_dates("start: 2027-13-01")[0].fix.endswith('start: "2027-01-01"')


def test_the_projects_own_mkdocs_yml_passes_and_a_bad_one_fails_the_command(tmp_path, capsys):
    assert bad_dates((ROOT / "mkdocs.yml").read_text(encoding="utf-8")) == []
    assert main([str(ROOT / "mkdocs.yml")]) == 0
    bad = tmp_path / "mkdocs.yml"
    bad.write_text(CONFIG, encoding="utf-8")
    assert main([str(bad)]) == 1
    assert "'extra.course.start', line 5" in capsys.readouterr().err
    bad.write_text("extra: [unclosed\n", encoding="utf-8")
    assert main([str(bad)]) == 0  # broken YAML: MkDocs names it itself


def test_make_and_the_pages_workflow_check_the_dates_before_they_build():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("serve", "build"):
        recipe = makefile.split(f"\n{target}: ", 1)[1].split("\n\n", 1)[0]
        assert recipe.index("macros.config_dates") < recipe.index(f"mkdocs {target}")
    workflow = (ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8")
    assert workflow.index("macros.config_dates mkdocs.yml") < workflow.index("mkdocs build")
