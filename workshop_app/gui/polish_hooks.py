"""Code that must see every widget once, when Qt polishes it: a style hook, not an event filter.

An application-wide event filter written in Python is called for every event of every object
(creating a page sends thousands): it made building a page 2.5 times slower. The style's
``polish`` runs once per widget; a hook then installs a filter on the few widgets that need one
(value widgets for the wheel guard, text fields for the undo keys).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

Hook = Callable[[QWidget], None]
BASE_STYLE = "Fusion"  # calm and the same on every system (gui/theme.py)
_hooks: list[Hook] = []


class HookedStyle(QProxyStyle):
    """A proxy of the app's style (Fusion) that hands each polished widget to the hooks.

    The style sheet's style polishes with its base style first, so this sees every widget.
    """

    def polish(self, target):  # type: ignore[no-untyped-def]
        # One Python override for Qt's three overloads (widget, application, palette).
        super().polish(target)
        if isinstance(target, QWidget):
            for hook in _hooks:
                hook(target)


_style: HookedStyle | None = None  # the app's; Python keeps a reference to it


def use_hooked_style(app: QApplication) -> None:
    """Give ``app`` the base style, with the hooks (the theme sets its style sheet over it)."""
    global _style
    _style = HookedStyle(BASE_STYLE)
    app.setStyle(_style)


def install_polish_hook(app: QApplication, hook: Hook) -> None:
    """Call ``hook`` for every widget polished from now on, and for those polished already."""
    if hook in _hooks:
        return
    _hooks.append(hook)
    if _style is None:
        use_hooked_style(app)
    for widget in QApplication.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            hook(widget)
