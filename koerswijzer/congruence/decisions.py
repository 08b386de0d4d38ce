"""The reader corrects the machine: decisions on passages that hold across checks.

A director (on the Congruentie page) or a board member (in a review) can confirm that a passage
addresses a target, reject it, or point out a passage the check missed. A rejected passage never
comes back for that target; a confirmed or pointed-out one counts, whatever the engine finds.
Confirmed passages also yield suggestions of terms for the koers's ``herkenning`` (shown to the
board, never added by themselves).
"""

from __future__ import annotations

from collections import Counter

from koerswijzer.congruence.concepts import lemma_sequence, self_words, target_concepts
from koerswijzer.congruence.evidence import Evidence
from koerswijzer.koers.model import Koers
from koerswijzer.plan.types import CONFIRMED, POINTED, REJECTED, PassageDecisions, same_passage

__all__ = ["CONFIRMED", "POINTED", "REJECTED", "PassageDecisions", "apply", "same_passage", "suggest_terms"]
SUGGESTION_WEIGHT = 0.5  # a suggested term must say something on its own (as a word weight)


def apply(evidence: dict[str, list[Evidence]], decisions: PassageDecisions) -> dict[str, list[Evidence]]:
    """The evidence with rejected passages left out and confirmed or pointed-out ones added first."""
    if not decisions.items:
        return evidence
    rejected: dict[str, list[str]] = {}
    for tid, text in decisions.rejected:
        rejected.setdefault(tid, []).append(text)
    # A rejected sentence is rejected in the wider passages that hold it too.
    out = {tid: [e for e in found if not any(text in same_passage(e.passage) for text in rejected.get(tid, ()))]
           for tid, found in evidence.items()}
    for tid, passage, decision in decisions.accepted:
        found = out.setdefault(tid, [])
        rest = [e for e in found if same_passage(e.passage) != same_passage(passage)]
        out[tid] = [Evidence(tid, "lezer", decision, passage, (), (), 1.0), *rest]
    return {tid: found for tid, found in out.items() if found}


def suggest_terms(koers: Koers, decisions: PassageDecisions, per_target: int = 5) -> dict[str, list[str]]:
    """Per target, the telling words of the passages readers confirmed or pointed out that the
    target does not have yet: candidates for its ``herkenning`` in the koers file. Words in the
    education lexicon come first, then rare words; everyday words are left out."""
    from koerswijzer.congruence.concepts import ZIPF_COMMON, _lexicon_single, zipf_of

    own = {tc.target.id: {x for slot in tc.slots for x in slot.lemmas} for tc in target_concepts(koers)}
    counts: dict[str, Counter[str]] = {}
    for tid, passage, _decision in decisions.accepted:
        if tid not in own:
            continue
        for lemma in set(lemma_sequence(passage)):
            if lemma not in own[tid] and lemma not in self_words(koers) and not lemma.isdigit() and len(lemma) > 3:
                counts.setdefault(tid, Counter())[lemma] += 1
    if not counts:
        return {}
    frequency = zipf_of({w for c in counts.values() for w in c})
    lexicon = _lexicon_single()
    rare_enough = ZIPF_COMMON - SUGGESTION_WEIGHT * 2.4  # the same scale as the word weights
    out = {}
    for tid, c in counts.items():
        words = [w for w in c if w in lexicon or 0 < frequency[w] <= rare_enough]
        words.sort(key=lambda w: (w not in lexicon, -c[w], frequency[w]))
        if words:
            out[tid] = words[:per_target]
    return out
