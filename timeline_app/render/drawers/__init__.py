"""One drawer per part of a scene; render/paint.py calls them in order, for every output."""
