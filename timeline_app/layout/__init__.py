"""The scene stage: a timeline plus a viewport becomes a Scene of plain geometry records,
which render/paint.py draws. No Qt here. Read it in this order:

- timescale.py: TimeScale (time <-> x, zoom about a point, clamps); fit.py: the first view
- build.py: build_scene, the one entry point; records.py: what it returns (Scene and its
  items, with their hit tests); sizes.py: the px sizes the painter shares
- ladder.py: the tick ladder as a table (calendar floor / offset / ticks); tick_labels.py:
  what a tick says; axis.py: the two-row axis, and the step and pointer time in words;
  grid.py: grid lines cut around labels
- lanes.py: stable lanes (LaneLayout, packed once per table, and the packing loop);
  lane_edits.py: the lanes of an edited table, from its parent's (only the edited event
  moves); fold_edits.py, category_edits.py: the folded rows and per-category columns
  likewise (one copy of each array per edit: model/splice.py)
- lod.py: level of detail per lane; detail.py: events one by one and small clusters;
  density.py: count bands, the histogram track, the overview's bars; columns.py: pixel
  columns and exact counts; aggregate.py: folded lanes and counts by category
- legend.py: the legend rows; text.py: elided labels, tooltips, what a column holds
- memo.py: what layout/ keeps per event table
"""
