"""The bundle's entry point: PyInstaller needs a script, not a console-script name."""

import sys

from timeline_app.cli import main

sys.exit(main())
