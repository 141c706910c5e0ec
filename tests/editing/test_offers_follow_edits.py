"""The tags and names the Filters panel offers follow edits (counted from the table before,
not over every event again) and are always what a fresh count gives."""

from __future__ import annotations

from timeline_app.editing import Document, History, edits
from timeline_app.model import parse_timeline
from timeline_app.model.query import all_names, all_tags
from timeline_app.paths import bundled_timeline

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"


def test_tags_and_names_offered_follow_every_kind_of_edit():
    doc = Document.open(bundled_timeline())
    history = History(doc)
    all_tags(doc.timeline)  # counted once for the file as opened
    sept_tags = doc.event(SEPT).tags
    steps = [
        lambda: edits.set_fields(doc, SEPT, {"tags": [*sept_tags, "brand-new", sept_tags[0]]}),
        lambda: edits.duplicate_event(doc, OCT),
        lambda: edits.delete_event(doc, DEC),
        lambda: edits.set_fields(doc, OCT, {"parties": []}),
        lambda: edits.add_event(doc, "2019-11-01", "Plain one"),
    ]
    for make in [*steps, None, None, None]:
        history.push(make()) if make else history.undo()
        assert doc.timeline.table.derived_from is not None  # (so the counts were followed)
        opened_afresh = parse_timeline(doc.saved_bytes()).timeline
        assert (all_tags(doc.timeline), all_names(doc.timeline)) == (all_tags(opened_afresh), all_names(opened_afresh))
    assert "brand-new" in all_tags(doc.timeline)
    history.undo()
    history.undo()
    assert "brand-new" not in all_tags(doc.timeline)
