"""The Qt-free core: content, rendering, the store and progress.

Nothing in this package may import PySide6; a test enforces it.
"""
