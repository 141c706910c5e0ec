"""The names the editor gives the format's fields, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(name: str) -> str:
    """A column or field name as a person reads it ("native_name" -> "Native name")."""
    t = lambda text: QCoreApplication.translate("EventEditor", text)  # noqa: E731
    # One table, so lupdate sees every text and a translator sees them together.
    return {
        "name": t("Name"), "native_name": t("Native name"), "short_name": t("Short name"),
        "role": t("Role"), "country": t("Country"), "description": t("Description"),
        "representative": t("Representative"), "kind": t("Kind"), "title": t("Title"),
        "affiliation": t("Affiliation"), "sector": t("Sector"), "text": t("Text"),
        "speaker": t("Speaker"), "speaker_title": t("Speaker's title"), "context": t("Context"),
        "organization": t("Organization"), "organization_native_name": t("Organization's native name"),
        "inferred": t("Inferred"), "note": t("Note"), "sources": t("Sources"), "place": t("Place"),
    }.get(name, name)
