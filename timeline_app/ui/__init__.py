"""Qt widgets: thin layers over the model, scale and render packages."""


def __getattr__(name: str):
    # Lazy, so `import timeline_app.ui` does not pull Qt widgets in before a QApplication.
    if name == "MainWindow":
        from timeline_app.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


__all__ = ["MainWindow"]
