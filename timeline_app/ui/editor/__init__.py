"""The event editor: a dialog for every field of an event, and the Edit menu's event actions."""

from timeline_app.ui.editor.actions import EditActions, apply_event_change, install_edit_actions
from timeline_app.ui.editor.dialog import EventEditor

__all__ = ["EditActions", "EventEditor", "apply_event_change", "install_edit_actions"]
