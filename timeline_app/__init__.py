"""timeline-app: a desktop timeline viewer."""

__version__ = "0.1.0"
