"""``python -m workshop_app``: the same as the ``workshop-app`` command."""

import sys

from workshop_app.cli import main

sys.exit(main())
