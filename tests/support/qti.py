"""Read a Canvas QTI 1.2 zip back for the tests, and compare it (and GIFT) with registry entries.

    items = read_qti_zip(data)          # {quiz id: QtiItem(type, prompt, correct)}
    expected_correct(entry)             # what `correct` must be for a registry entry (a dict)

`correct` is, by type: the right option texts (choices), the accepted answers of each blank
(an answer with an apostrophe in both forms, straight and curly), the (left, right) pairs
(matching; an order quiz is step -> position), or [] for an essay.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from tests.support.gift import GiftQuestion
from tests.support.quizzes import plain

NS = {
    "q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2",
    "m": "http://www.imsglobal.org/xsd/imscp_v1p1",
}
CANVAS = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "true-false": "true_false_question",
    "fill": "fill_in_multiple_blanks_question",
    "match": "matching_question",
    "order": "matching_question",
    "reflection": "essay_question",
}
GIFT = {
    "single": "multichoice",
    "multiple": "multianswer",
    "true-false": "truefalse",
    "fill": "shortanswer",
    "match": "matching",
    "order": "matching",
    "reflection": "essay",
}


@dataclass
class QtiItem:
    """One item read back: Canvas question type, prompt and its correct responses."""

    type: str
    prompt: str
    correct: list[Any]


def _text(node: ET.Element | None) -> str:
    found = None if node is None else node.find("q:material/q:mattext", NS)
    return "" if found is None or found.text is None else found.text


def _labels(lid: ET.Element) -> dict[str, str]:
    return {
        label.get("ident", ""): _text(label)
        for label in lid.findall("q:render_choice/q:response_label", NS)
    }


def _scored(item: ET.Element) -> list[ET.Element]:
    return [
        cond
        for cond in item.findall("q:resprocessing/q:respcondition", NS)
        if cond.find("q:setvar", NS) is not None
    ]


def read_item(item: ET.Element) -> QtiItem:
    """One <item>: its question_type and the responses that score."""
    fields = {
        f.findtext("q:fieldlabel", "", NS): f.findtext("q:fieldentry", "", NS)
        for f in item.findall("q:itemmetadata/q:qtimetadata/q:qtimetadatafield", NS)
    }
    kind = fields["question_type"]
    presentation = item.find("q:presentation", NS)
    assert presentation is not None
    lids = presentation.findall("q:response_lid", NS)
    correct: list[Any] = []
    if kind in ("multiple_choice_question", "true_false_question", "multiple_answers_question"):
        labels = _labels(lids[0])
        for cond in _scored(item):
            both = cond.find("q:conditionvar/q:and", NS)
            if both is not None:
                correct += [labels[v.text or ""] for v in both.findall("q:varequal", NS)]
            else:
                correct += [
                    labels[v.text or ""] for v in cond.iterfind("q:conditionvar/q:varequal", NS)
                ]
    elif kind in ("fill_in_multiple_blanks_question", "matching_question"):
        for lid in lids:
            labels = _labels(lid)
            hits = [
                labels[v.text or ""]
                for cond in _scored(item)
                for v in cond.iterfind("q:conditionvar/q:varequal", NS)
                if v.get("respident") == lid.get("ident")
            ]
            correct.append(hits if kind.startswith("fill") else (_text(lid), *hits))
    else:
        assert presentation.find("q:response_str", NS) is not None, "an essay needs a text box"
    return QtiItem(kind, _text(presentation), correct)


def read_qti_zip(data: bytes) -> dict[str, QtiItem]:
    """Open the zip, follow imsmanifest.xml to the assessment, read every item by id."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        files = manifest.findall("m:resources/m:resource/m:file", NS)
        assert len(files) == 1, "the manifest names one assessment file"
        root = ET.fromstring(archive.read(files[0].get("href", "")))
    assert root.tag == f"{{{NS['q']}}}questestinterop"
    items = root.findall("q:assessment/q:section/q:item", NS)
    return {item.get("ident", ""): read_item(item) for item in items}


CURLY = "\u2019"  # the curly apostrophe


def both_apostrophes(answers: list[str]) -> list[str]:
    """A blank's answers as an LMS must accept them: a straight apostrophe also curly, and the
    other way round."""
    out: list[str] = []
    for answer in map(plain, answers):
        for form in (answer, answer.replace(CURLY, "'"), answer.replace("'", CURLY)):
            if form not in out:
                out.append(form)
    return out


def expected_correct(entry: dict[str, Any]) -> list[Any]:
    """The correct responses a registry entry must export, in QtiItem.correct's shape."""
    kind = entry["type"]
    if kind in ("single", "multiple", "true-false"):
        return [plain(entry["options"][i]) for i in entry["answers"]]
    if kind == "fill":
        return [both_apostrophes(blank) for gap in entry["answers"] for blank in gap]
    if kind == "match":
        return [
            (plain(left), plain(right))
            for left, right in zip(entry["options"], entry["answers"], strict=True)
        ]
    if kind == "order":
        return [(plain(step), str(n)) for n, step in enumerate(entry["answers"], start=1)]
    return []


def gift_matches(questions: list[GiftQuestion], entry: dict[str, Any]) -> None:
    """Assert that the GIFT questions of one quiz carry the registry entry's ids and answers."""
    kind, want = entry["type"], expected_correct(entry)
    if kind == "fill":
        assert [q.id for q in questions] == [f"{entry['id']}-{n}" for n in range(1, len(want) + 1)]
        assert all(q.type == "shortanswer" for q in questions)
        assert [[a.text for a in q.answers] for q in questions] == want
        return
    (question,) = questions
    assert (question.id, question.type) == (entry["id"], GIFT[kind])
    if kind in ("single", "multiple"):
        assert [a.text for a in question.answers if a.weight > 0] == want
        assert [a.text for a in question.answers] == [plain(o) for o in entry["options"]]
    if kind == "multiple":
        right = [a.weight for a in question.answers if a.weight > 0]
        wrong = [a.weight for a in question.answers if a.weight <= 0]
        assert abs(sum(right) - 100) < 0.001 and (not wrong or abs(sum(wrong) + 100) < 0.001)
        assert all(round(w, 5) == w for w in right + wrong), "weights have at most 5 decimals"
    if kind == "true-false":
        assert ["True" if question.correct else "False"] == want
    if kind in ("match", "order"):
        assert question.pairs == want
    if kind == "reflection":
        assert question.general.startswith("Model answer:")


def gift_of(questions: list[GiftQuestion], entry: dict[str, Any]) -> list[GiftQuestion]:
    """The GIFT questions exported from one quiz (`id`, or `id-1`, `id-2`, ... for blanks)."""
    pattern = re.compile(re.escape(entry["id"]) + (r"-\d+" if entry["type"] == "fill" else ""))
    return [q for q in questions if pattern.fullmatch(q.id)]
