"""Dismissed personal data hints are kept per workshop in the data dir, without workshop text."""

from __future__ import annotations

import os
from pathlib import Path

from workshop_app.domain.personal_data import PersonalDataKind, finding_digest
from workshop_app.services.app_paths import AppPaths
from workshop_app.services.privacy_dismissals import FILE_NAME, PrivacyDismissals


def test_a_dismissal_is_kept_per_workshop_after_reopening(data_dir: Path) -> None:
    digest = finding_digest(PersonalDataKind.STREET_ADDRESS, "Stortorget 3")
    PrivacyDismissals(AppPaths(data_dir)).dismiss("w1", digest)
    again = PrivacyDismissals(AppPaths(data_dir))
    assert again.dismissed("w1") == {digest}
    assert again.dismissed("w2") == frozenset()
    stored = (data_dir / FILE_NAME).read_text(encoding="utf-8")
    assert "Stortorget" not in stored
    if os.name == "posix":
        assert (data_dir / FILE_NAME).stat().st_mode & 0o777 == 0o600


def test_the_digest_ignores_spacing_and_case_but_not_the_kind() -> None:
    phone = PersonalDataKind.PHONE_NUMBER
    assert finding_digest(phone, "070-123  45 67") == finding_digest(phone, "070-123 45 67")
    assert finding_digest(phone, "a") != finding_digest(PersonalDataKind.EMAIL_ADDRESS, "a")


def test_an_unreadable_file_shows_the_hints_again(data_dir: Path) -> None:
    (data_dir / FILE_NAME).write_text("{not json", encoding="utf-8")
    dismissals = PrivacyDismissals(AppPaths(data_dir))
    assert dismissals.dismissed("w1") == frozenset()
    dismissals.dismiss("w1", "abc")
    assert PrivacyDismissals(AppPaths(data_dir)).dismissed("w1") == {"abc"}
