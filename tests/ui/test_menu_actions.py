"""The menus each family adds through `ui/common/actions.py`: the helper itself, and the
window's menus as the user sees them (texts, keys, order), unchanged by who builds them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.common.actions import add_actions, make_action
from ipsfidelity.ui.main_window import MainWindow


def _keys(action: object) -> str:
    shortcuts = action.shortcuts()  # type: ignore[attr-defined]
    return ",".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in shortcuts)


def test_rows_become_actions_in_order_with_their_keys(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    called: list[str] = []
    rows = (
        ("Én", lambda: called.append("one"), "Ctrl+Shift+1"),
        ("To", lambda: called.append("two"), QKeySequence.StandardKey.HelpContents),
        ("Tre", lambda: called.append("three"), None),
    )
    actions = add_actions(menu, parent, rows)
    assert menu.actions() == actions
    assert [a.text() for a in actions] == ["Én", "To", "Tre"]
    assert [_keys(a) for a in actions] == ["Ctrl+Shift+1", "F1", ""]
    assert all(a.parent() is parent for a in actions)
    actions[1].trigger()
    actions[2].trigger()
    assert called == ["two", "three"]


def test_the_slot_is_called_without_the_checked_flag(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, ...]] = []

    def export(*team_ids: str) -> None:  # an optional argument `triggered` must not fill
        seen.append(team_ids)

    make_action(parent, "Eksportér", export, "Ctrl+Shift+E").trigger()
    assert seen == [()]


def _menu_lines(menu: QMenu, depth: int = 0) -> list[str]:
    lines = []
    for action in menu.actions():
        sub = action.menu()
        if action.isSeparator():
            lines.append("  " * depth + "----")
        elif isinstance(sub, QMenu):
            lines.append("  " * depth + f"[{action.text()}]")
            lines += _menu_lines(sub, depth + 1)
        else:
            lines.append("  " * depth + f"{action.text()} | {_keys(action)}")
    return lines


DANISH_MENUS = """\
[&Filer]
  Nyt &team … | Ctrl+Shift+T
  &Ny vurdering … | Ctrl+Shift+N
  &Afslut vurdering … | Ctrl+Shift+F
  Genåbn &vurdering … | Ctrl+Shift+G
  &Samarbejdsaftale … | Ctrl+Shift+A
  &Opfølgning på handlinger … | Ctrl+Shift+O
  ----
  &Eksportér PDF … | Ctrl+E
  &Udskriv … | {print}
  Navngiv konsulenter i rapport og u&dskrift |
  ----
  &Importér … | Ctrl+I
  Importér &mappe … | Ctrl+Shift+I
  Eks&portér … | Ctrl+Shift+E
  Synk&ronisér med server … |
  ----
  Si&kkerhedskopi … | Ctrl+Shift+B
  &Gendan … |
  ----
  &Luk programmet | {quit}
[&Rediger]
  &Fortryd | Ctrl+Z
  &Gentag | Ctrl+Shift+Z,Ctrl+Y
[&Vis]
  &Oversigt | Ctrl+1
  &Gennemgang | Ctrl+2
  &Resultat | Ctrl+3
  Teamets &udvikling | Ctrl+4
  &Alle teams | Ctrl+5
  &Handleplan | Ctrl+6
  Konsensus… | Ctrl+7
  Historik… | Ctrl+8
  ----
  [&Sprog]
    Dansk |
    English (engelsk) |
[&Hjælp]
  &Vejledning | {help}
  &Tastaturgenveje |
  &Om IPS-fidelitet |"""


def test_the_window_menus_keep_their_texts_keys_and_order(window: MainWindow) -> None:
    def standard(key: QKeySequence.StandardKey) -> str:
        return _keys(make_action(window, "", lambda: None, key))

    expected = DANISH_MENUS.format(
        print=standard(QKeySequence.StandardKey.Print),
        quit=standard(QKeySequence.StandardKey.Quit),
        help=standard(QKeySequence.StandardKey.HelpContents),
    )
    lines = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        lines += [f"[{top.text()}]", *_menu_lines(menu, 1)]
    assert [line.rstrip() for line in lines] == [line.rstrip() for line in expected.splitlines()]
    # The families' actions are the ones in the menu, and the window's names for them stay.
    assert window.new_team_action is window.teams.new_team_action
    assert window.export_action is window.reports.export_action
    assert window.print_action is window.reports.print_action
