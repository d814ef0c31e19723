"""The bundle's entry point: the same ``main`` as the ``workshop-app`` console script."""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
