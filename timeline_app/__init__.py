"""timeline-app: a desktop timeline viewer."""

# The one version: pyproject.toml reads it ([tool.hatch.version]); --version, About and the
# crash report show it.
__version__ = "0.1.0"
