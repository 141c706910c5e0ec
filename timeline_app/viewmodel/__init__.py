"""View state without Qt: viewport, selection, hover, search matches and filters, each with
plain-callback change notification (`piece.changed.connect(fn)`), held by one ViewModel."""

from timeline_app.viewmodel.filters import FilterState
from timeline_app.viewmodel.hover import Hover
from timeline_app.viewmodel.notify import Notifier
from timeline_app.viewmodel.search import SearchMatches
from timeline_app.viewmodel.selection import Selection
from timeline_app.viewmodel.view_model import ViewModel
from timeline_app.viewmodel.viewport import Viewport

__all__ = ["FilterState", "Hover", "Notifier", "SearchMatches", "Selection", "ViewModel", "Viewport"]
