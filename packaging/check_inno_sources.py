"""Check the Inno Setup script against a built bundle: every file it names must exist.

Inno Setup cannot run here, so CI checks what it would trip over: each ``Source:`` of
``[Files]`` (globs must match at least one file), each file named in ``[Setup]`` (licence,
icon, …) and each ``#include``; and that every file of the bundle is covered by some
``Source:`` line, so the installer never ships half a bundle. Paths are relative to the
script's folder, as the Inno Setup compiler reads them. On Linux/macOS the bundle's
executable has no ``.exe``: ``name.exe`` then matches ``name``.

    python packaging/check_inno_sources.py [packaging/windows/workshop-app.iss]
"""

from __future__ import annotations

import fnmatch
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SCRIPT = Path(__file__).resolve().parent / "windows" / "workshop-app.iss"
_SETUP_FILE_KEYS = {
    "licensefile",
    "setupiconfile",
    "infobeforefile",
    "infoafterfile",
    "wizardimagefile",
    "wizardsmallimagefile",
}
_DEFINE = re.compile(r'^\s*#define\s+(\w+)\s+"([^"]*)"', re.IGNORECASE)
_INCLUDE = re.compile(r'^\s*#include\s+"([^"]+)"', re.IGNORECASE)
_PARAM = re.compile(r'(\w+)\s*:\s*("(?:[^"]|"")*"|[^;]*)')


@dataclass
class SourceLine:
    """One ``[Files]`` entry: the pattern as written and with defines expanded."""

    written: str
    path: str
    recursive: bool


@dataclass
class InnoScript:
    """The parts of a script that name files on the build machine."""

    folder: Path
    defines: dict[str, str] = field(default_factory=dict)
    includes: list[str] = field(default_factory=list)
    setup_files: dict[str, str] = field(default_factory=dict)
    sources: list[SourceLine] = field(default_factory=list)

    def resolve(self, windows_path: str) -> Path:
        return self.folder / Path(*windows_path.replace("\\", "/").split("/"))


def _expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), text)


def _params(line: str) -> dict[str, str]:
    """``Source: "a"; DestDir: "{app}"; Flags: x y`` -> {"source": "a", ...}."""
    found = {}
    for name, value in _PARAM.findall(line):
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        found[name.lower()] = value
    return found


def parse(script: Path) -> InnoScript:
    parsed = InnoScript(folder=script.resolve().parent)
    section = ""
    for raw in script.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if define := _DEFINE.match(line):
            parsed.defines[define.group(1)] = _expand(define.group(2), parsed.defines)
            continue
        if include := _INCLUDE.match(line):
            parsed.includes.append(_expand(include.group(1), parsed.defines))
            continue
        if line.startswith("#"):
            continue  # other preprocessor lines (#ifndef, #endif, …)
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].lower()
            continue
        if section == "setup" and "=" in line:
            key, value = (part.strip() for part in line.split("=", 1))
            if key.lower() in _SETUP_FILE_KEYS:
                parsed.setup_files[key] = _expand(value, parsed.defines)
        elif section == "files":
            params = _params(line)
            if "source" in params:
                parsed.sources.append(
                    SourceLine(
                        written=params["source"],
                        path=_expand(params["source"], parsed.defines),
                        recursive="recursesubdirs" in params.get("flags", "").lower().split(),
                    )
                )
    return parsed


def _matches(script: InnoScript, source: SourceLine) -> set[Path]:
    """The files a ``Source:`` line would pick up, as the compiler would see them."""
    target = script.resolve(source.path)
    folder, pattern = target.parent, target.name
    if not folder.is_dir():
        return set()
    candidates = folder.rglob("*") if source.recursive else folder.glob("*")
    picked = {p for p in candidates if p.is_file() and fnmatch.fnmatch(p.name, pattern)}
    if not picked and pattern.lower().endswith(".exe") and sys.platform != "win32":
        stripped = folder / pattern[: -len(".exe")]
        if stripped.is_file():
            picked = {stripped}
    return picked


def check(script_path: Path, bundle: Path | None = None) -> tuple[list[str], int]:
    """Problems found (empty when fine) and the number of bundle files the sources cover."""
    script = parse(script_path)
    problems = []
    for include in script.includes:
        if not script.resolve(include).is_file():
            problems.append(f"#include {include}: no such file (build the bundle first)")
    for key, value in script.setup_files.items():
        if not script.resolve(value).is_file():
            problems.append(f"{key}={value}: no such file")
    if not script.sources:
        problems.append("no Source: lines in [Files]")
    covered: set[Path] = set()
    for source in script.sources:
        files = _matches(script, source)
        if not files:
            problems.append(f'Source: "{source.written}" matches no file ({source.path})')
        covered |= {f.resolve() for f in files}
    if bundle is None and "BundleDir" in script.defines:
        bundle = script.resolve(script.defines["BundleDir"])
    if bundle is not None:
        if not bundle.is_dir():
            problems.append(f"bundle folder {bundle} does not exist")
        else:
            missing = sorted(
                p.relative_to(bundle).as_posix()
                for p in bundle.rglob("*")
                if p.is_file() and p.resolve() not in covered
            )
            if missing:
                shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
                problems.append(f"{len(missing)} bundle files not in any Source: {shown}")
    return problems, len(covered)


def main(argv: list[str]) -> int:
    script = Path(argv[0]) if argv else DEFAULT_SCRIPT
    problems, covered = check(script)
    for problem in problems:
        print(f"{script.name}: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"{script.name}: every referenced file exists; Source lines cover {covered} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
