"""Event details as a reading page: the detail pane, Markdown text, or a QTextDocument printed to PDF.

All three are written from the model through one list of plain-text blocks (builder.py), so
they hold the same facts and the same design: a date line, the title as the one heading, place
and category as chips, the summary, then parties, people, organizations, activities, quotes and
mentions (sections.py). Sources are numbered citation markers on the facts they support and are
listed once at the foot of the event; notes about facts are lettered markers listed once under
"Notes" (identical notes share a letter), and an inferred fact carries a small "inferred" badge
(citations.py).

Text from the data is never interpreted: Markdown escapes what a renderer would read as markup
or HTML (markdown.py), and the QTextDocument gets it through QTextCursor.insertText (rich_text.py).
files.py writes either to a file.
"""
