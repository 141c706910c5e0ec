"""Command line: view (default), export, validate, convert. Exit 0 ok, 1 bad data, 2 bad usage."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from pathlib import Path

from timeline_app import __version__
from timeline_app.importers import FORMAT_NAMES, open_timeline
from timeline_app.model import TimelineError
from timeline_app.model.problems import safe_text
from timeline_app.paths import bundled_timeline
from timeline_app.ui import language, translation
from timeline_app.ui.translation import error_text, problem_text, time_error_text, translate

COMMANDS = ("view", "export", "validate", "convert")
PROG = "timeline-app"


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


# long: the command line as one table of subcommands and options, read top to bottom like --help
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=(f"{PROG} [FILE]\n       {PROG} export [FILE] -o OUT.{{png,svg,pdf}} [options]\n"
               f"       {PROG} export [FILE] -o OUT.{{md,pdf}} --details [--event ID]\n"
               f"       {PROG} validate FILE...\n"
               f"       {PROG} convert IN -o OUT.json|OUT.ics [--to FORMAT] [--event ID]\n"
               f"       {PROG} --version | --help"),
        description=translate("cli", "A desktop timeline viewer. With no command, opens FILE (or the bundled "
                              "Songdo 2019 timeline) in a window."),
        epilog=translate("cli", "Commands: view [FILE] | export [FILE] -o OUT.png|.svg|.pdf | validate FILE... | "
                         "convert IN -o OUT (see '{0} COMMAND --help').").format(PROG),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--lang", choices=tuple(language.LANGUAGES), metavar="LANG",
                        help=translate("cli", "interface language: en or ko (default: as chosen in the window, "
                                       "else the system's)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    view = sub.add_parser("view", help=translate("cli", "open a timeline in a window (the default)"))
    view.add_argument("file", nargs="?", help=translate("cli", "timeline file (default: the bundled timeline)"))

    export = sub.add_parser(
        "export", help=translate("cli", "write a PNG, SVG or PDF of a timeline (or its event details), without a display"),
        description=translate("cli", "Paint the timeline into OUT: .png (an image), .svg (vector, selectable text) or "
                              ".pdf (vector; one long page, or tiled with --pages a4|letter). With --details, write the "
                              "details of every event (or of --event ID) as a readable .md or .pdf document instead."))
    export.add_argument("file", nargs="?", help=translate("cli", "timeline file (default: the bundled timeline)"))
    export.add_argument("-o", "--output", required=True, metavar="OUT",
                        help=translate("cli", "the file to write; its suffix picks the format: .png, .svg, .pdf (.md, .pdf with --details)"))
    export.add_argument("--range", dest="range_", metavar="RANGE",
                        help=translate("cli", "all (default), or FROM..TO in ISO dates, TO inclusive: 2019-10-01..2019-10-31, 2019-10.."))
    export.add_argument("--from", dest="date_from", metavar="DATE", help=translate("cli", "start of the range (ISO date)"))
    export.add_argument("--to", dest="date_to", metavar="DATE", help=translate("cli", "end of the range, inclusive (ISO date)"))
    export.add_argument("--width", type=int, default=1600, help=translate("cli", "width in px before scaling (default 1600)"))
    export.add_argument("--height", type=int, default=None, help=translate("cli", "height in px before scaling (default: fit the lanes)"))
    export.add_argument("--scale", type=float, default=None,
                        help=translate("cli", "PNG pixel scale, 2 is crisp on HiDPI (default 2; vector formats ignore it)"))
    export.add_argument("--theme", choices=("light", "dark"), default="light", help=translate("cli", "colours (default light)"))
    export.add_argument("--title", dest="title_text", metavar="TEXT", help=translate("cli", "the title to print (default: the timeline's)"))
    export.add_argument("--no-title", action="store_true", help=translate("cli", "leave out the title"))
    export.add_argument("--no-legend", action="store_true", help=translate("cli", "leave out the category legend"))
    export.add_argument("--transparent", action="store_true", help=translate("cli", "PNG, SVG: no background"))
    export.add_argument("--pages", choices=("single", "a4", "letter"), default=None,
                        help=translate("cli", "PDF: one long page (single, the default) or tiled landscape A4 or "
                                       "Letter pages; with --details, the paper: a4 (default) or letter"))
    export.add_argument("--footer", action=argparse.BooleanOptionalAction, default=False,
                        help=translate("cli", "a footer line with the source file and the date (default: no footer)"))
    export.add_argument("--details", action="store_true",
                        help=translate("cli", "write the event details (parties, participants, quotes, sources) to OUT.md or OUT.pdf"))
    export.add_argument("--event", metavar="ID", help=translate("cli", "with --details: only this event (default: every event)"))

    validate = sub.add_parser("validate", help=translate("cli", "check timeline files and print each problem with its place"))
    validate.add_argument("files", nargs="+", metavar="FILE")

    convert = sub.add_parser(
        "convert", help=translate("cli", "write a timeline (TimelineJS, .timeline, .ics, ...) in another format"),
        description=translate("cli", "Read IN in any supported format (timeline-app JSON, TimelineJS JSON or CSV, "
                              "Timeline .timeline XML, iCalendar .ics) and write OUT: our JSON, TimelineJS JSON "
                              "(--to timelinejs) or iCalendar (OUT.ics, or --to ics)."))
    convert.add_argument("input", metavar="IN", help=translate("cli", "the file to read"))
    convert.add_argument("-o", "--output", required=True, metavar="OUT", help=translate("cli", "the file to write"))
    convert.add_argument("--to", choices=("timeline-app", "timelinejs", "ics"), default=None,
                         help=translate("cli", "output format (default: from OUT's suffix, .ics -> ics, else timeline-app)"))
    convert.add_argument("--event", metavar="ID", help=translate("cli", "write only this event (.ics only)"))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv, lang = _take_lang(list(sys.argv[1:] if argv is None else argv))
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv.insert(0, "view")
    _start_language(lang)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "validate":
            return cmd_validate(args.files)
        if args.command == "convert":
            return cmd_convert(args)
        return cmd_view(args.file)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: " + translate("cli", "error: {0}").format(exc), file=sys.stderr)
        return 2
    except TimelineError as exc:
        print(f"{PROG}: {error_text(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _take_lang(argv: list[str]) -> tuple[list[str], str | None]:
    """`--lang CODE` anywhere on the line, taken out before the command is parsed."""
    rest, lang, i = [], None, 0
    while i < len(argv):
        if argv[i] == "--lang" and i + 1 < len(argv):
            lang, i = argv[i + 1], i + 2
            continue
        if argv[i].startswith("--lang="):
            lang = argv[i].split("=", 1)[1]
        else:
            rest.append(argv[i])
        i += 1
    return rest, lang


def _start_language(lang: str | None) -> None:
    """The language of the help, the messages and the window: --lang, the saved choice, the system's."""
    from PySide6.QtCore import QCoreApplication

    if not QCoreApplication.organizationName():  # where the saved choice is
        QCoreApplication.setOrganizationName("timeline-app")
        QCoreApplication.setApplicationName("timeline-app")
    translation.apply(translation.initial_language(lang, translation.saved_language()))


def print_warnings(name: str | Path, loaded, stream=None) -> None:
    """Each warning of a load as `FILE: warning: place: message`."""
    name = safe_text(str(name), 300)
    for w in loaded.warnings:
        print(translate("cli", "{0}: warning: {1}").format(name, problem_text(w)), file=stream or sys.stderr)


def opened(path: str | Path):
    """open_timeline, with the import's warnings printed to stderr (never silently dropped)."""
    loaded = open_timeline(path)
    print_warnings(path, loaded)
    return loaded


def cmd_convert(args: argparse.Namespace) -> int:
    from timeline_app.exporters import export_text, target_for
    from timeline_app.model import write_atomically

    out = Path(args.output)
    target = target_for(out, args.to)
    if args.event is not None and target != "ics":
        raise UsageError(translate("cli", "--event writes one event to .ics; use an OUT.ics file or --to ics"))
    if not out.parent.is_dir():
        raise UsageError(translate("cli", "{0}: no such folder").format(out.parent))
    if out.exists() and out.resolve() == Path(args.input).resolve():
        raise UsageError(translate("cli", "{0}: would overwrite the input; choose another output file").format(out))
    loaded = opened(args.input)
    try:
        text, warnings = export_text(loaded.timeline, target, args.event)
    except KeyError:
        raise UsageError(translate("cli", "--event {0}: no event with that id in {1}").format(args.event, args.input)) from None
    for w in warnings:
        print(translate("cli", "{0}: warning: {1}").format(safe_text(str(out), 300), problem_text(w)), file=sys.stderr)
    try:
        write_atomically(out, text.encode("utf-8"))
    except OSError as exc:
        print(f"{PROG}: " + translate("cli", "{0}: cannot write ({1})").format(out, exc.strerror or exc), file=sys.stderr)
        return 1
    n = 1 if args.event is not None else len(loaded.timeline.events)
    names = {"timeline-app": "timeline-app JSON", "timelinejs": "TimelineJS JSON", "ics": "iCalendar"}
    said = translate("cli", "1 event from {1} written as {2}") if n == 1 else \
        translate("cli", "{0} events from {1} written as {2}")
    print(f"{out}: " + said.format(n, FORMAT_NAMES.get(loaded.source_format, loaded.source_format), names[target]))
    return 0


def cmd_validate(files: list[str]) -> int:
    failed = 0
    for path in files:
        name = safe_text(path, 300)  # a file name may hold control characters too
        try:
            loaded = open_timeline(path)
        except TimelineError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{name}: {problem_text(problem)}")
            continue
        for w in loaded.warnings:
            print(translate("cli", "{0}: warning: {1}").format(name, problem_text(w)))
        n = len(loaded.timeline.events)
        kind = "" if loaded.source_format == "timeline-app" else \
            translate("cli", ", read as {0}").format(FORMAT_NAMES.get(loaded.source_format))
        said = translate("cli", "OK (1 event{1})") if n == 1 else translate("cli", "OK ({0} events{1})")
        print(f"{name}: " + said.format(n, kind))
    return 1 if failed else 0


def _span(date_from: str | None, date_to: str | None, timeline) -> tuple[float, float] | None:
    from timeline_app.layout.fit import data_extent
    from timeline_app.time import TimeParseError, parse_range

    if date_from is None and date_to is None:
        return None
    try:
        lo, hi = parse_range(date_from, date_to)
    except TimeParseError as exc:
        raise UsageError(time_error_text(exc)) from None
    first, last = data_extent(timeline, 0)  # a side left open runs to the end of the data
    lo, hi = first if lo is None else lo, last if hi is None else hi
    if hi <= lo:
        raise UsageError(translate("cli", "the range is empty: its open side runs to the data's start, past the date given") if date_from is None
                         else translate("cli", "the range is empty: its open side runs to the data's end, past the date given"))
    return lo, hi


def _range(text: str | None, date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """--range all | FROM..TO (either side may be empty) as a (--from, --to) pair."""
    if text is None:
        return date_from, date_to
    if date_from is not None or date_to is not None:
        raise UsageError(translate("cli", "use either --range or --from/--to, not both"))
    if text.strip().lower() == "all":
        return None, None
    if ".." not in text:
        raise UsageError(translate("cli", "--range {0}: expected all or FROM..TO, e.g. 2019-10-01..2019-10-31").format(text))
    lo, hi = (part.strip() or None for part in text.split("..", 1))
    return lo, hi


def _check_export_usage(args: argparse.Namespace, out: Path) -> None:
    """Every usage error, found before any file is read."""
    suffix = out.suffix.lower()
    if args.details:
        if suffix not in (".md", ".pdf"):
            raise UsageError(translate("cli", "{0}: --details writes .md or .pdf").format(out))
        for flag, given in (("--range", args.range_), ("--from", args.date_from), ("--to", args.date_to),
                            ("--transparent", args.transparent), ("--scale", args.scale),
                            ("--title", args.title_text), ("--footer", args.footer)):
            if given:
                raise UsageError(translate("cli", "{0} does not apply to --details").format(flag))
        if args.pages == "single":
            raise UsageError(translate("cli", "--details PDF pages are a4 or letter"))
    else:
        if args.event is not None:
            raise UsageError(translate("cli", "--event needs --details"))
        if suffix not in (".png", ".svg", ".pdf"):
            raise UsageError(translate("cli", "{0}: unknown format {1}; export writes .png, .svg or .pdf (or .md and .pdf with "
                                       "--details)").format(out, suffix or translate("cli", "(no suffix)")))
        if not 200 <= args.width <= 32767:
            raise UsageError(translate("cli", "--width must be between 200 and 32767 px"))
        if args.height is not None and not 100 <= args.height <= 32767:
            raise UsageError(translate("cli", "--height must be between 100 and 32767 px"))
        if args.scale is not None and not 0.25 <= args.scale <= 8:
            raise UsageError(translate("cli", "--scale must be between 0.25 and 8"))
        if args.pages is not None and suffix != ".pdf":
            raise UsageError(translate("cli", "--pages is for .pdf export"))
        if args.transparent and suffix == ".pdf":
            raise UsageError(translate("cli", "--transparent is for .png and .svg export"))
        if args.title_text is not None and args.no_title:
            raise UsageError(translate("cli", "use either --title TEXT or --no-title, not both"))
    if not out.parent.is_dir():
        raise UsageError(translate("cli", "{0}: no such folder").format(out.parent))


def cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.file) if args.file else bundled_timeline()
    out = Path(args.output)
    _check_export_usage(args, out)
    date_from, date_to = _range(args.range_, args.date_from, args.date_to)
    timeline = opened(path).timeline

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: no display needed
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([PROG])
    translation.apply(language.current())  # the export's own words (page numbers, footer, headings)
    from timeline_app.render.fonts import install_fonts

    install_fonts()
    if args.details:
        from timeline_app.render.details.files import export_details

        if args.event is not None and args.event not in timeline.event_by_id:
            raise UsageError(translate("cli", "--event {0}: {1} has no event with this id").format(args.event, path))
        try:
            count = export_details(timeline, out, args.event, args.pages or "a4", language.current())
        except (OSError, ValueError) as exc:
            print(f"{PROG}: {out}: {exc}", file=sys.stderr)
            return 1
        said = translate("cli", "details of 1 event") if count == 1 else translate("cli", "details of {0} events")
        print(f"{out}: " + said.format(count))
        return 0

    from timeline_app.render.output import ExportRequest, footer_text
    from timeline_app.render.export import export_file
    from timeline_app.render.theme import THEMES

    span = _span(date_from, date_to, timeline)
    req = ExportRequest(width=args.width, height=args.height, scale=args.scale or 2.0, span=span,
                        title=not args.no_title, legend=not args.no_legend, title_text=args.title_text,
                        footer=footer_text(timeline, path.name) if args.footer else None,
                        transparent=args.transparent, pages=args.pages or "single", lang=language.current())
    try:
        summary = export_file(timeline, out, req, THEMES[args.theme])
    except (OSError, ValueError, MemoryError) as exc:
        print(f"{PROG}: {out}: {exc}", file=sys.stderr)
        return 1
    print(f"{out}: {summary}")
    return 0


def no_display_reason() -> str | None:
    """Why a window cannot open here, in words, or None when it probably can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb", "wayland"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return "no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    if os.environ.get("DISPLAY") and platform != "wayland" and not os.environ.get("WAYLAND_DISPLAY"):
        if ctypes.util.find_library("xcb-cursor") is None:
            return ("Qt's X11 plugin needs libxcb-cursor0, which is not installed "
                    "(Debian/Ubuntu: apt-get install libxcb-cursor0; see README, 'System libraries')")
    return None


def cmd_view(file: str | None) -> int:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("timeline-app")
    QCoreApplication.setApplicationName("timeline-app")
    from timeline_app.ui.big_file import loads_in_background

    path = Path(file) if file else _last_session_file() or bundled_timeline()
    if not loads_in_background(path):
        opened(path)  # report a bad file (and an import's warnings) before any window appears
    # A big file is read once, by the window, in the background: it shows at once with the
    # load's progress, and says in its message bar what is wrong, if anything.
    reason = no_display_reason()
    if reason:
        print(f"{PROG}: {reason}.\n" + translate("cli", "To make a picture without a window:") +
              f" {PROG} export {file or ''}{' ' if file else ''}-o timeline.png", file=sys.stderr)
        return 2
    from timeline_app.ui.launch import run_window

    return run_window(path)


def _last_session_file() -> Path | None:
    """With no FILE, the file open when the app last closed, if it still reads cleanly."""
    from timeline_app.ui.big_file import loads_in_background
    from timeline_app.ui.session import last_file

    path = last_file()
    if path is None or loads_in_background(path):
        return path  # a big one is not read twice: the window says if it no longer reads
    try:
        open_timeline(path)
    except TimelineError:
        return None
    return path


if __name__ == "__main__":
    sys.exit(main())
