from ipsfidelity.instrument import NOT_RATED
from ipsfidelity.ui.common import colours


def test_the_colour_table_spells_not_rated_as_the_instrument_does() -> None:
    assert colours.NOT_RATED == NOT_RATED
