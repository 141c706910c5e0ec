"""Shared pytest configuration.

Qt widget tests (pytest-qt's ``qtbot``) run headless by default: the
``offscreen`` platform plugin is selected at import time unless the caller
already chose a platform.  ``tests/test_real_window.py`` deliberately removes
this variable from its subprocess environment so the app runs on xcb under Xvfb.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402

# Tests never read or write the user's real settings (window geometry, export choices).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="timeline-app-test-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="timeline-app-test-data-")  # crash logs

from PySide6.QtCore import QCoreApplication  # noqa: E402

QCoreApplication.setOrganizationName("timeline-app-tests")
QCoreApplication.setApplicationName("timeline-app-tests")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts with no remembered window state, recent files or session."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield


@pytest.fixture(scope="session")
def big_plain():
    """200,000 plain events: the raw dict (to work out expectations) and the loaded timeline."""
    from tests.helpers import plain_events_dict
    from timeline_app.model import timeline_from_data

    data = plain_events_dict(200_000)
    return data, timeline_from_data(data).timeline
