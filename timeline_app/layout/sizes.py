"""The pixel sizes of a scene's parts, shared by the layout and the painter (render/paint.py)."""

# Vertical layout, px.
TITLE_H = 40
MAJOR_H = 24  # the axis's upper (context) row
MINOR_H = 22  # the axis's lower row
LANES_TOP_GAP = 18
LANE_H = 30
MIN_LANE_H = 20
LEGEND_H = 30

# Event marks, px.
MARK_R = 6
BAR_H = 14
LABEL_GAP = 6  # between a mark or bar and its label
LANE_GAP_PX = 12  # small timelines: between an event's label and the next event in its lane
