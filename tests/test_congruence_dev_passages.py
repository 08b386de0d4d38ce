"""The congruence judgement on the development passages (tests/congruence_dev/): short passages a
helper wrote from the koers and the brief, labelled by hand. The engine is tuned on these (and on
tests/congruence_eval, tests/review_eval), never on tests/congruence_test. Prints every figure and
fails below floors just under what the engine reaches today, so that tuning never goes back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from koerswijzer.koers.model import Koers
from passage_figures import passage_figures, passage_precision

HERE = Path(__file__).parent / "congruence_dev"
SET = HERE / "passages.yaml"
FLOORS = {"own_words_recall": 0.65, "distractor_hits": 0.03, "copies_counted": 0, "passage_precision": 0.70}
# The second set (README.md, "Tweede set"): written later, tuned on less; its floors are its own.
SET_2 = HERE / "passages_2.yaml"
FLOORS_2 = {"own_words_recall": 0.59, "distractor_hits": 0.09, "copies_counted": 0, "passage_precision": 0.59}
# The third set (README.md, "Derde set"): board sentences restated in the forms schools use, and
# restatements that go on with the school's own content.
SET_3 = HERE / "passages_3.yaml"
# The fourth set (README.md, "Vierde set"): distractors with koers and herkenning words in other senses.
SET_4 = HERE / "passages_4.yaml"
FLOORS_4 = {"hard_distractor_hits": 0.30, "plain_distractor_hits": 0.0}
FLOORS_3 = {"own_words_recall": 0.83, "copies_counted": 0, "passage_precision": 0.80}
# The fifth and sixth sets (README.md, "Vijfde en zesde set"): two more writers, many kinds of schools.
SET_5 = HERE / "passages_5.yaml"
FLOORS_5 = {"own_words_recall": 0.70, "distractor_hits": 0.22, "copies_counted": 1, "passage_precision": 0.59}
SET_6 = HERE / "passages_6.yaml"
FLOORS_6 = {"own_words_recall": 0.72, "distractor_hits": 0.15, "copies_counted": 0, "passage_precision": 0.52}
# The seventh set (README.md, "Zevende set"): one more writer; half the own-words passages stand in
# the chapter of another element, and half the copies go on with a list that is not about the target.
SET_7 = HERE / "passages_7.yaml"
FLOORS_7 = {"own_words_recall": 0.78, "distractor_hits": 0.05, "copies_counted": 1, "passage_precision": 0.63}
# The eighth set (README.md, "Achtste set"): two passages in own words for every target, a third of them
# away from their chapter, each from another school and angle.
SET_8 = HERE / "passages_8.yaml"
FLOORS_8 = {"own_words_recall": 0.56, "distractor_hits": 0.29, "copies_counted": 0, "passage_precision": 0.54}
# The ninth set (README.md, "Negende set"): the same, from another writer, with more kinds of schools.
SET_9 = HERE / "passages_9.yaml"
FLOORS_9 = {"own_words_recall": 0.68, "distractor_hits": 0.34, "copies_counted": 0, "passage_precision": 0.54}
# The tenth set (README.md, "Tiende set"): the same again, in many forms; no copies or bare mentions.
SET_10 = HERE / "passages_10.yaml"
FLOORS_10 = {"own_words_recall": 0.69, "distractor_hits": 0.17, "copies_counted": 0, "passage_precision": 0.57}


@pytest.fixture(scope="module")
def koers(asg: Koers) -> Koers:
    return asg


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return yaml.safe_load(SET.read_text(encoding="utf-8"))


def test_the_development_passages_cover_every_kind(koers: Koers, passages: list[dict]) -> None:
    kinds = Counter(p["soort"] for p in passages)
    assert kinds["eigen_woorden"] >= 75 and kinds["twee_doelen"] >= 15
    assert kinds["afleider"] + kinds["afleider_koerswoorden"] >= 30 and kinds["kopie"] >= 10
    targets = {t.id for t in koers.targets()}
    assert all(set(p["doelen"]) <= targets for p in passages)


def test_own_words_distractors_and_copies_on_the_development_passages(koers: Koers, passages: list[dict]) -> None:
    _figures_above_floors(koers, passages, FLOORS, "ontwikkelset passages")


def test_the_second_development_set_has_three_passages_in_own_words_per_target(koers: Koers) -> None:
    second = yaml.safe_load(SET_2.read_text(encoding="utf-8"))
    own = Counter(t for p in second if p["soort"] == "eigen_woorden" for t in p["doelen"])
    assert set(own) == {t.id for t in koers.targets()} and set(own.values()) == {3}
    _figures_above_floors(koers, second, FLOORS_2, "tweede ontwikkelset passages")


@pytest.mark.parametrize("path, floors, first, last", [(SET_5, FLOORS_5, "gezien-worden", "venster-1"),
                                                       (SET_6, FLOORS_6, "venster-2", "venster-4")])
def test_the_fifth_and_sixth_development_sets(koers: Koers, path: Path, floors: dict[str, float],
                                               first: str, last: str) -> None:
    """Three passages in own words for each target of one half of the koers."""
    passages = yaml.safe_load(path.read_text(encoding="utf-8"))
    ids = [e.id for e in koers.elements]
    half = {t.id for e in koers.elements[ids.index(first):ids.index(last) + 1] for t in e.targets}
    own = Counter(t for p in passages if p["soort"] == "eigen_woorden" for t in p["doelen"])
    assert set(own) == half and set(own.values()) == {3}
    _figures_above_floors(koers, passages, floors, path.stem)


def test_the_seventh_development_set_with_passages_away_from_their_chapter(koers: Koers) -> None:
    """Every target once or twice in own words, about half of them in another element's chapter."""
    passages = yaml.safe_load(SET_7.read_text(encoding="utf-8"))
    own = [p for p in passages if p["soort"] == "eigen_woorden"]
    assert {t for p in own for t in p["doelen"]} == {t.id for t in koers.targets()}
    home = {t.id: koers.top_element(koers.find(t.id).element_id).id for t in koers.targets()}
    away = sum(1 for p in own if home[p["doelen"][0]] != p["element"])
    assert away >= len(own) // 3
    _figures_above_floors(koers, passages, FLOORS_7, SET_7.stem)


@pytest.mark.parametrize("path, floors", [(SET_8, FLOORS_8), (SET_9, FLOORS_9), (SET_10, FLOORS_10)])
def test_the_eighth_to_tenth_development_sets_with_two_passages_in_own_words_per_target(
        koers: Koers, path: Path, floors: dict[str, float]) -> None:
    passages = yaml.safe_load(path.read_text(encoding="utf-8"))
    own = Counter(t for p in passages if p["soort"] == "eigen_woorden" for t in p["doelen"])
    assert set(own) == {t.id for t in koers.targets()} and set(own.values()) == {2}
    _figures_above_floors(koers, passages, floors, path.stem)


def test_the_third_development_set_counts_no_restated_board_sentence(koers: Koers) -> None:
    third = yaml.safe_load(SET_3.read_text(encoding="utf-8"))
    figures = passage_figures(koers, third)
    copies_right, copies = figures["kopie"]
    own_right, own_total = figures["eigen_woorden"]
    precision, tp, fp = passage_precision(koers, third)
    print(f"\nderde ontwikkelset passages: overgenomen bestuurszinnen toch meegeteld {copies - copies_right}/{copies}; "
          f"doelen van eigen inhoud na een overgenomen zin gevonden {own_right}/{own_total}; "
          f"precisie per passage {precision:.3f} (tp {tp}, fp {fp})")
    assert copies >= 40 and own_total >= 25
    assert copies - copies_right <= FLOORS_3["copies_counted"]
    assert own_right / own_total >= FLOORS_3["own_words_recall"]
    assert precision >= FLOORS_3["passage_precision"]


def test_the_fourth_development_set_of_distractors_with_koers_words_in_other_senses(koers: Koers) -> None:
    fourth = yaml.safe_load(SET_4.read_text(encoding="utf-8"))
    figures = passage_figures(koers, fourth)
    hard_right, hard = figures["afleider_koerswoorden"]
    plain_right, plain = figures["afleider"]
    print(f"\nvierde ontwikkelset passages: afleiders met koerswoorden geraakt {hard - hard_right}/{hard} "
          f"(hoogstens {FLOORS_4['hard_distractor_hits']:.0%}); gewone afleiders geraakt {plain - plain_right}/{plain}")
    assert hard >= 60 and plain >= 20
    assert (hard - hard_right) / hard <= FLOORS_4["hard_distractor_hits"]
    assert (plain - plain_right) / plain <= FLOORS_4["plain_distractor_hits"]


def _figures_above_floors(koers: Koers, passages: list[dict], floors: dict[str, float], name: str) -> None:
    figures = passage_figures(koers, passages)
    lines = [f"{kind}: {right}/{total} ({right / total:.0%})" for kind, (right, total) in sorted(figures.items())]
    own_right, own_total = figures["eigen_woorden"]
    hit = sum(total - right for right, total in (figures["afleider"], figures["afleider_koerswoorden"]))
    shown = figures["afleider"][1] + figures["afleider_koerswoorden"][1]
    copies_right, copies = figures.get("kopie", (0, 0))
    copies_counted = copies - copies_right
    precision, tp, fp = passage_precision(koers, passages)
    print(f"\n{name} (doelen gevonden, of terecht niets gevonden):\n  " + "\n  ".join(lines)
          + f"\n  eigen woorden gevonden: {own_right / own_total:.0%} (ondergrens {floors['own_words_recall']:.0%})"
          + f"\n  afleiders geraakt: {hit}/{shown} ({hit / shown:.0%}; hoogstens {floors['distractor_hits']:.0%})"
          + f"\n  overgenomen bestuurszinnen toch meegeteld: {copies_counted}/{copies}"
          + f"\n  precisie per passage: {precision:.3f} (tp {tp}, fp {fp})")
    assert own_right / own_total >= floors["own_words_recall"]
    assert hit / shown <= floors["distractor_hits"]
    assert copies_counted <= floors["copies_counted"]
    assert precision >= floors["passage_precision"]
