"""The names the editor gives the format's fields, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(name: str) -> str:
    """A column or field name as a person reads it ("native_name" -> "Native name")."""
    # One table, so a translator sees the names together; literal calls, so lupdate finds them.
    return {
        "name": QCoreApplication.translate("EventEditor", "Name"),
        "native_name": QCoreApplication.translate("EventEditor", "Native name"),
        "short_name": QCoreApplication.translate("EventEditor", "Short name"),
        "role": QCoreApplication.translate("EventEditor", "Role"),
        "country": QCoreApplication.translate("EventEditor", "Country"),
        "description": QCoreApplication.translate("EventEditor", "Description"),
        "representative": QCoreApplication.translate("EventEditor", "Representative"),
        "kind": QCoreApplication.translate("EventEditor", "Kind"),
        "title": QCoreApplication.translate("EventEditor", "Title"),
        "affiliation": QCoreApplication.translate("EventEditor", "Affiliation"),
        "sector": QCoreApplication.translate("EventEditor", "Sector"),
        "text": QCoreApplication.translate("EventEditor", "Text"),
        "speaker": QCoreApplication.translate("EventEditor", "Speaker"),
        "speaker_title": QCoreApplication.translate("EventEditor", "Speaker's title"),
        "context": QCoreApplication.translate("EventEditor", "Context"),
        "organization": QCoreApplication.translate("EventEditor", "Organization"),
        "organization_native_name": QCoreApplication.translate("EventEditor", "Organization's native name"),
        "inferred": QCoreApplication.translate("EventEditor", "Inferred"),
        "note": QCoreApplication.translate("EventEditor", "Note"),
        "sources": QCoreApplication.translate("EventEditor", "Sources"),
        "place": QCoreApplication.translate("EventEditor", "Place"),
    }.get(name, name)
