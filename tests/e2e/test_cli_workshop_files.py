"""The command line of CONTRACT §2 on workshop files, run as a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import create_engine, select

from tests.conftest import StoreBackend
from tests.e2e.cli_runner import run_cli
from tests.unit.domain.workshop_file_samples import rich_version_2
from workshop_app import __version__
from workshop_app.storage.tables import Base

VOLATILE = ("exported_at", "app_version")


def comparable(document: dict) -> dict:
    return {k: v for k, v in document.items() if k not in VOLATILE}


def database_dump(data_dir: Path) -> list[str]:
    """Every row of the database as SQL text: equal dumps mean nothing changed."""
    path = data_dir / "workshops.sqlite3"
    if not path.exists():
        return []
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def store_dump(data_dir: Path, backend: StoreBackend) -> list[object]:
    """Every row of the store in use (the SQLite file, or the server's tables)."""
    if backend.url is None:
        return list(database_dump(data_dir))
    engine = create_engine(backend.url)
    try:
        with engine.connect() as conn:
            return [
                (table.name, conn.execute(select(table).order_by(*table.primary_key)).all())
                for table in Base.metadata.sorted_tables
            ]
    finally:
        engine.dispose()


def version_1_part(written: dict, original: dict) -> dict:
    """The keys of ``written`` that the version-1 ``original`` has, items included."""
    part = {}
    for key, value in original.items():
        part[key] = written[key]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            part[key] = [{k: v for k, v in item.items() if k in value[0]} for item in written[key]]
    return part


def validate(document: dict, schema_path: Path) -> None:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    checker = jsonschema.FormatChecker()
    jsonschema.Draft202012Validator(schema, format_checker=checker).validate(document)


def test_version() -> None:
    result = run_cli("--version")
    assert result.code == 0
    assert __version__ in result.out


def test_list_of_a_new_data_dir_is_empty_json(backend: StoreBackend, any_data_dir: Path) -> None:
    result = run_cli("list", "--json", data_dir=any_data_dir, env=backend.env)
    assert result.code == 0, result.err
    assert json.loads(result.out) == []


def test_import_list_export_round_trip(
    backend: StoreBackend, any_data_dir: Path, example_file: Path, schema_file: Path, tmp_path: Path
) -> None:
    imported = run_cli("import", example_file, data_dir=any_data_dir, env=backend.env)
    assert imported.code == 0, imported.err
    workshop_id = imported.out.strip()
    assert workshop_id == "exempel-1"  # a new id only when it already exists

    listed = json.loads(run_cli("list", "--json", data_dir=any_data_dir, env=backend.env).out)
    assert listed == [
        {
            "id": "exempel-1",
            "title": "Exempel: Norrbacka 2026",
            "municipality": "Exempelby kommun",
            "area": "Norrbacka",
            "updated_at": "2026-09-01T12:00:00+02:00",
        }
    ]

    out = tmp_path / "Åsa Öberg export" / "norrbacka.workshop.json"
    out.parent.mkdir()
    exported = run_cli(
        "export", workshop_id, "--format", "json", "-o", out, data_dir=any_data_dir, env=backend.env
    )
    assert exported.code == 0, exported.err
    document = json.loads(out.read_text(encoding="utf-8"))
    # Export writes version 2; the example is a version-1 file: its fields stay equal.
    assert document["format_version"] == 2
    schema_2 = schema_file.with_name("workshop-file-v2.schema.json")
    validate(document, schema_2)
    original = json.loads(example_file.read_text(encoding="utf-8"))
    assert version_1_part(document["workshop"], original["workshop"]) == original["workshop"]
    assert document["app_version"] == __version__
    # For a recipient on an older release: version 1, equal to the original.
    old = tmp_path / "Åsa Öberg export" / "norrbacka-v1.workshop.json"
    args = ("--format", "json", "--format-version", "1", "-o", old)
    exported = run_cli("export", workshop_id, *args, data_dir=any_data_dir, env=backend.env)
    assert exported.code == 0, exported.err
    document = json.loads(old.read_text(encoding="utf-8"))
    validate(document, schema_file)
    assert comparable(document) == comparable(original)
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600


def test_importing_twice_gives_two_workshops_and_never_overwrites(
    backend: StoreBackend, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    first = run_cli("import", example_file, data_dir=data_dir, env=backend.env).out.strip()
    second = run_cli("import", example_file, data_dir=data_dir, env=backend.env)
    assert second.code == 0, second.err
    second_id = second.out.strip()
    assert second_id != first
    listed = {
        row["id"]: row["title"]
        for row in json.loads(run_cli("list", "--json", data_dir=data_dir, env=backend.env).out)
    }
    assert listed == {
        first: "Exempel: Norrbacka 2026",
        second_id: "Exempel: Norrbacka 2026 (kopia)",
    }

    # The copy round-trips apart from its id and title (CONTRACT §1 rule 5); the example is
    # a version-1 file, so it is compared written as version 1.
    out = tmp_path / "copy.workshop.json"
    args = ("--format", "json", "--format-version", "1", "-o", out)
    assert run_cli("export", second_id, *args, data_dir=data_dir, env=backend.env).code == 0
    copy = json.loads(out.read_text(encoding="utf-8"))
    original = json.loads(example_file.read_text(encoding="utf-8"))
    for document in (copy, original):
        document["workshop"].pop("id")
        document["workshop"]["title"] = document["workshop"]["title"].removesuffix(" (kopia)")
    assert comparable(copy) == comparable(original)


MALFORMED: dict[str, tuple[bytes, str]] = {
    "truncated": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a"',
        "line 1",
    ),
    "not_json": (b"hello", "line 1"),
    "empty": (b"", ""),
    "array": (b"[]", ""),
    "missing_format": (
        b'{"format_version": 1, "workshop": {"id": "a", "title": "t"}}',
        'missing "format"',
    ),
    "wrong_format": (
        b'{"format": "other", "format_version": 1, "workshop": {"id": "a", "title": "t"}}',
        "format",
    ),
    "wrong_version": (
        b'{"format": "workshop_app.workshop", "format_version": 3, "workshop": {"id": "a", "title": "t"}}',
        "format_version",
    ),
    "unknown_top_field": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "extra": 1, "workshop": {"id": "a", "title": "t"}}',
        "extra",
    ),
    "title_not_string": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": 5}}',
        "title",
    ),
    "empty_title": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": ""}}',
        "title",
    ),
    "bad_id": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a b/c", "title": "t"}}',
        "id",
    ),
    "invalid_utf8": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "\xff\xfe"}}',
        "UTF-8",
    ),
    "nan": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "t", "problems": [{"id": "p", "title": "x", "votes": NaN}]}}',
        "",
    ),
    "unknown_item_field": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "t", "organisations": [{"id": "o", "name": "n", "colour": "red"}]}}',
        "organisations[0]",
    ),
    "duplicate_ids": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "t", "organisations": [{"id": "o", "name": "n"}, {"id": "o", "name": "m"}]}}',
        "organisations[1]",
    ),
    "dangling_problem": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "t", "causes": [{"id": "c", "problem_id": "p9", "description": "d"}]}}',
        'causes[0].problem_id: no problem with id "p9"',
    ),
    "cause_cycle": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "t", "problems": [{"id": "p", "title": "x"}], "causes": [{"id": "c1", "problem_id": "p", "parent_id": "c2", "description": "d"}, {"id": "c2", "problem_id": "p", "parent_id": "c1", "description": "e"}]}}',
        "causes[",
    ),
    "bad_date": (
        b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "t", "follow_up_date": "2026-02-30"}}',
        "follow_up_date",
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_file_is_refused_with_exit_2_and_nothing_changes(
    backend: StoreBackend, name: str, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    assert run_cli("import", example_file, data_dir=data_dir, env=backend.env).code == 0
    before = store_dump(data_dir, backend)
    content, place = MALFORMED[name]
    bad = tmp_path / f"{name}.workshop.json"
    bad.write_bytes(content)
    result = run_cli("import", bad, data_dir=data_dir, env=backend.env)
    assert result.code == 2, (result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert place in lines[0]
    assert result.out == ""
    assert store_dump(data_dir, backend) == before


def test_file_over_20_mb_is_refused(data_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.workshop.json"
    with big.open("wb") as handle:
        handle.write(
            b'{"format": "workshop_app.workshop", "format_version": 1, "workshop": {"id": "a", "title": "'
        )
        handle.write(b"x" * (21 * 1024 * 1024))
        handle.write(b'"}}')
    result = run_cli("import", big, data_dir=data_dir)
    assert result.code == 2
    assert "larger than 20 MB" in result.err


def test_missing_file_and_unknown_id_are_bad_input(
    backend: StoreBackend, data_dir: Path, tmp_path: Path
) -> None:
    missing = run_cli("import", tmp_path / "nope.json", data_dir=data_dir, env=backend.env)
    assert missing.code == 2 and missing.err.startswith("error:")
    unknown = run_cli(
        "export",
        "no-such-id",
        "--format",
        "json",
        "-o",
        tmp_path / "x.json",
        data_dir=data_dir,
        env=backend.env,
    )
    assert unknown.code == 2 and 'no workshop with id "no-such-id"' in unknown.err
    assert not (tmp_path / "x.json").exists()


def test_bad_usage_is_one_error_line_and_exit_2(data_dir: Path) -> None:
    result = run_cli("export", "x", "--format", "pdf", "-o", "out", data_dir=data_dir)
    assert result.code == 2
    assert result.err.startswith("error:") and len(result.err.strip().splitlines()) == 1


def test_failed_export_is_a_clear_error_and_leaves_no_file(
    backend: StoreBackend, data_dir: Path, example_file: Path, tmp_path: Path
) -> None:
    run_cli("import", example_file, data_dir=data_dir, env=backend.env)
    folder = tmp_path / "exports"
    folder.mkdir()
    occupied = folder / "taken.workshop.json"
    occupied.mkdir()  # a folder where the file should go: the final rename must fail
    (occupied / "inside.txt").write_text("keep me", encoding="utf-8")
    result = run_cli(
        "export",
        "exempel-1",
        "--format",
        "json",
        "-o",
        occupied,
        data_dir=data_dir,
        env=backend.env,
    )
    assert result.code == 2, result.err
    assert result.err.startswith("error: cannot write")
    assert sorted(p.name for p in folder.iterdir()) == ["taken.workshop.json"]  # no temp file left
    assert (occupied / "inside.txt").read_text(encoding="utf-8") == "keep me"


def test_data_dir_from_environment(tmp_path: Path, example_file: Path) -> None:
    data_dir = tmp_path / "från miljön"
    result = run_cli("import", example_file, env={"WORKSHOP_APP_DATA_DIR": str(data_dir)})
    assert result.code == 0, result.err
    assert (data_dir / "workshops.sqlite3").exists()


def test_version_1_export_refuses_naming_what_would_be_lost(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "uppföljning.workshop.json"
    source.write_text(json.dumps(rich_version_2(), ensure_ascii=False), encoding="utf-8")
    imported = run_cli("import", source, data_dir=data_dir)
    assert imported.code == 0, imported.err
    out = tmp_path / "gammal.workshop.json"
    before = database_dump(data_dir)
    args = ("--format", "json", "--format-version", "1", "-o", out)
    refused = run_cli("export", imported.out.strip(), *args, data_dir=data_dir)
    assert refused.code == 2
    assert refused.err.startswith("error: format_version: format version 1 cannot hold")
    assert "follow_up_meetings (2)" in refused.err
    assert 'preconditions[].rating "dont_know" (1)' in refused.err
    # The minutes' record fields and a resolved note are named too.
    for lost in ("note_taker", "logo", "attachments (2)", "distribution (1)"):
        assert lost in refused.err
    assert "notes[].resolved_at (1)" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert not out.exists()
    assert database_dump(data_dir) == before
    # Version 2 (the default) holds it all, and round-trips exactly.
    exported = run_cli(
        "export", imported.out.strip(), "--format", "json", "-o", out, data_dir=data_dir
    )
    assert exported.code == 0, exported.err
    expected = rich_version_2()
    for indicator in expected["workshop"]["indicators"]:
        indicator["custom"] = True  # the installed catalog knows neither
    assert comparable(json.loads(out.read_text(encoding="utf-8"))) == comparable(expected)
    wrong = run_cli(
        "export", imported.out.strip(), "--format", "docx", "--format-version", "1", "-o",
        tmp_path / "x.docx", data_dir=data_dir,
    )  # fmt: skip
    assert wrong.code == 2 and "--format-version applies to --format json" in wrong.err
