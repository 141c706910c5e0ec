"""Which language the interface speaks, and the Qt translators that make it speak it.

The catalogue is resources/translations/timeline-app_<code>.qm (compiled from the .ts by
resources/translations/update); Qt's own qtbase_<code>.qm translates the standard dialogs'
buttons. The choice is, in order: `--lang`, View > Language (QSettings "view/language"), the
system locale, English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from timeline_app.paths import resources_dir
from timeline_app.ui import language

SETTINGS_KEY = "view/language"
_installed: list[QTranslator] = []


def catalogue_dir():
    return resources_dir() / "translations"


def initial_language(cli_lang: str | None = None, saved: str | None = None, system_name: str | None = None) -> str:
    """The language to start in: --lang, else the one chosen in the menu, else the system's."""
    for code in (cli_lang, saved):
        if code:
            return code if code in language.LANGUAGES else language.DEFAULT
    code = (system_name if system_name is not None else QLocale.system().name()).split("_")[0].lower()
    return code if code in language.LANGUAGES else language.DEFAULT


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY)
    return str(value) if value else None


def apply(code: str) -> str:
    """Install the translators for `code` (English needs none) and tell every listener."""
    app = QCoreApplication.instance()
    code = code if code in language.LANGUAGES else language.DEFAULT
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    if code != language.DEFAULT:
        # Without an application (the command line) the translators are only asked by translate().
        ours = QTranslator()  # kept alive by _installed, dropped with it
        if ours.load(str(catalogue_dir() / f"timeline-app_{code}.qm")):
            _installed.append(ours)
        qt = QTranslator()
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
        if app is not None:
            for t in _installed:
                QCoreApplication.installTranslator(t)
    language.set_current(code)
    return code


def choose(code: str) -> None:
    """View > Language: switch now and remember the choice."""
    QSettings().setValue(SETTINGS_KEY, apply(code))


def translate(context: str, text: str) -> str:
    """`text` in the current language, with or without a Qt application (the command line has none).

    Named `translate` so that pyside6-lupdate extracts `translate("cli", "...")` calls.
    """
    for t in _installed:
        done = t.translate(context, text)
        if done:
            return done
    return text


def problem_text(problem) -> str:
    """A model's or importer's Problem ("place: message") in the current language."""
    return problem.text(translate)


def error_text(error, limit: int = 10) -> str:
    """A TimelineError's message (the file, then each problem) in the current language."""
    return error.message(limit, translate)


def time_error_text(error) -> str:
    """A TimeParseError (a date typed in a field or given on the command line) in the current language."""
    from timeline_app.model.problems import Message

    return Message(error.template, **error.params).text(translate)
