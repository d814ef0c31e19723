"""The detector measured on a labelled set: recall on personal data, false alarms on near misses."""

from __future__ import annotations

from tests.unit.domain.personal_data_samples import NEAR_MISSES, TRUE_SAMPLES
from workshop_app.domain.personal_data import find_personal_data

MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05


def test_the_labelled_set_is_large_enough() -> None:
    assert len(set(TRUE_SAMPLES)) >= 80
    assert len(set(NEAR_MISSES)) >= 60


def test_recall_and_false_positive_rate() -> None:
    missed = [text for text in TRUE_SAMPLES if not find_personal_data(text)]
    alarms = [text for text in NEAR_MISSES if find_personal_data(text)]
    recall = 1 - len(missed) / len(TRUE_SAMPLES)
    false_positive_rate = len(alarms) / len(NEAR_MISSES)
    # Printed so that a change to the patterns shows its cost (pytest -s).
    print(
        f"\npersonal data detector: recall {recall:.3f} "
        f"({len(TRUE_SAMPLES) - len(missed)}/{len(TRUE_SAMPLES)}), "
        f"false-positive rate {false_positive_rate:.3f} ({len(alarms)}/{len(NEAR_MISSES)})"
    )
    for text in missed:
        print(f"  missed: {text!r}")
    for text in alarms:
        print(f"  false alarm: {text!r}")
    assert recall >= MIN_RECALL, missed
    assert false_positive_rate <= MAX_FALSE_POSITIVE_RATE, alarms
