"""Command line: view (default), export, validate. Exit 0 ok, 1 bad data, 2 bad usage."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from pathlib import Path

from timeline_app import __version__
from timeline_app.model import TimelineError, load_timeline
from timeline_app.paths import bundled_timeline, icon_path

COMMANDS = ("view", "export", "validate")
PROG = "timeline-app"


class UsageError(Exception):
    """Bad command-line usage (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=(f"{PROG} [FILE]\n       {PROG} export [FILE] -o OUT.png [options]\n"
               f"       {PROG} validate FILE...\n       {PROG} --version | --help"),
        description="A desktop timeline viewer. With no command, opens FILE (or the bundled "
        "Songdo 2019 timeline) in a window.",
        epilog="Commands: view [FILE] | export [FILE] -o OUT.png | validate FILE... "
        f"(see '{PROG} COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    view = sub.add_parser("view", help="open a timeline in a window (the default)")
    view.add_argument("file", nargs="?", help="timeline file (default: the bundled timeline)")

    export = sub.add_parser("export", help="write a PNG of a timeline, without a display")
    export.add_argument("file", nargs="?", help="timeline file (default: the bundled timeline)")
    export.add_argument("-o", "--output", required=True, help="the PNG file to write")
    export.add_argument("--width", type=int, default=1600, help="width in px before scaling (default 1600)")
    export.add_argument("--height", type=int, default=None, help="height in px before scaling (default: fit the lanes)")
    export.add_argument("--scale", type=float, default=2.0, help="pixel scale, 2 is crisp on HiDPI (default 2)")
    export.add_argument("--from", dest="date_from", metavar="DATE", help="start of the range (ISO date)")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="end of the range, inclusive (ISO date)")
    export.add_argument("--no-title", action="store_true", help="leave out the title")
    export.add_argument("--no-legend", action="store_true", help="leave out the category legend")

    validate = sub.add_parser("validate", help="check timeline files and print each problem with its place")
    validate.add_argument("files", nargs="+", metavar="FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv.insert(0, "view")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "validate":
            return cmd_validate(args.files)
        return cmd_view(args.file)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except TimelineError as exc:
        print(f"{PROG}: {exc.message()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def cmd_validate(files: list[str]) -> int:
    failed = 0
    for name in files:
        try:
            loaded = load_timeline(name)
        except TimelineError as exc:
            failed += 1
            for problem in exc.problems:
                print(f"{name}: {problem}")
            continue
        for w in loaded.warnings:
            print(f"{name}: warning: {w}")
        n = len(loaded.timeline.events)
        print(f"{name}: OK ({n} event{'s' if n != 1 else ''})")
    return 1 if failed else 0


def _span(date_from: str | None, date_to: str | None, timeline) -> tuple[float, float] | None:
    from timeline_app.scale.fit import data_extent
    from timeline_app.time import TimeParseError, parse_time

    if date_from is None and date_to is None:
        return None
    lo, hi = data_extent(timeline, 0)
    try:
        if date_from is not None:
            lo = parse_time(date_from).ms
        if date_to is not None:
            hi = parse_time(date_to).end_ms
    except TimeParseError as exc:
        raise UsageError(str(exc)) from None
    if hi <= lo:
        raise UsageError(f"--to {date_to} is not after --from {date_from}")
    return lo, hi


def cmd_export(args: argparse.Namespace) -> int:
    path = Path(args.file) if args.file else bundled_timeline()
    if not 200 <= args.width <= 32767:
        raise UsageError("--width must be between 200 and 32767 px")
    if args.height is not None and not 100 <= args.height <= 32767:
        raise UsageError("--height must be between 100 and 32767 px")
    if not 0.25 <= args.scale <= 8:
        raise UsageError("--scale must be between 0.25 and 8")
    out = Path(args.output)
    if out.suffix.lower() != ".png":
        raise UsageError(f"{out}: only .png export is supported")
    if not out.parent.is_dir():
        raise UsageError(f"{out.parent}: no such folder")
    timeline = load_timeline(path).timeline
    span = _span(args.date_from, args.date_to, timeline)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: no display needed
    from PySide6.QtGui import QGuiApplication

    from timeline_app.render.png import PngRequest, export_png

    _app = QGuiApplication.instance() or QGuiApplication([PROG])
    req = PngRequest(width=args.width, height=args.height, scale=args.scale, span=span,
                     title=not args.no_title, legend=not args.no_legend)
    try:
        image = export_png(timeline, out, req)
    except (OSError, ValueError, MemoryError) as exc:
        print(f"{PROG}: {out}: {exc}", file=sys.stderr)
        return 1
    print(f"{out}: {image.width()} x {image.height()} px")
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
    path = Path(file) if file else bundled_timeline()
    load_timeline(path)  # report a bad file before any window appears
    reason = no_display_reason()
    if reason:
        print(f"{PROG}: {reason}.\nTo make a picture without a window: {PROG} export "
              f"{file or ''}{' ' if file else ''}-o timeline.png", file=sys.stderr)
        return 2
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([PROG])
    app.setApplicationName("timeline-app")
    app.setOrganizationName("timeline-app")
    app.setApplicationDisplayName("Timeline")
    app.setDesktopFileName("timeline-app")
    app.setWindowIcon(QIcon(str(icon_path())))
    window = MainWindow(path)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
