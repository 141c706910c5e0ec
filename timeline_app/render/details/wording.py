"""How the document words things: its own words in the user's language, names beside their
native-script forms, lists of names said once, and lead-ins shared by several sentences."""

from __future__ import annotations


def translate(context: str, text: str) -> str:
    """Qt's translation of a document word, once PySide6 is loaded (the builder imports no Qt).
    Named `translate` so that pyside6-lupdate extracts the calls."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def joined_names(*parts: str | None) -> str:
    """Parts joined by ", ", each left out when empty or already said by an earlier one."""
    kept: list[str] = []
    for p in parts:
        if p and not any(p in k for k in kept):
            kept.append(p)
    return ", ".join(kept)


def both_names(name: str, native: str | None, language: str = "en", short: str | None = None) -> str:
    """A name with its native-script form beside it: "Korean Pain Mechanism Research Society
    (대한통증기전연구회)" in English, the native form first in any other language ("대한통증기전연구회
    (Korean Pain Mechanism Research Society)"). A short name ("IFEZ") goes with the English one."""
    english = [name] + ([short] if short and short not in name else [])
    if not native or native == name:
        return english[0] + "".join(f" ({x})" for x in english[1:])
    if language == "en":
        return f"{name} ({', '.join([*english[1:], native])})"
    return f"{native} ({', '.join(english)})"


def common_lead(texts: list[str]) -> str:
    """The words every text starts with, when they make a lead-in of some length ("" otherwise)."""
    if len(texts) < 2:
        return ""
    first, lead = texts[0], 0
    while lead < len(first) and all(len(x) > lead and x[lead] == first[lead] for x in texts):
        lead += 1
    lead = first.rfind(" ", 0, lead + 1)  # back to a word boundary
    return first[:lead + 1] if lead >= 20 else ""


def with_native(text: str, name: str | None, native: str | None) -> str:
    """An English sentence with a name's native form beside the name where it is said
    ("visited Binex (바이넥스)."), or after the sentence when the name is not in it."""
    if not native or not name:
        return text
    at = text.find(name)
    if at < 0:
        return f"{text} ({native})"
    said = f"{name[:-1]}, {native})" if name.endswith(")") else f"{name} ({native})"
    return text[:at] + said + text[at + len(name):]
