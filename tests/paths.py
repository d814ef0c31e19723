"""Where tests find the repository, its example workshop and the screenshot folder (defined once)."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# Screenshots every GUI test writes for a person to look at; kept out of git.
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
EXAMPLE_WORKSHOP = REPO_ROOT / "resources" / "examples" / "exempel-solbacken.workshop.json"
