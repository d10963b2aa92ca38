"""Collection is paused inside the block and back as it was after, also when the block fails."""

from __future__ import annotations

import gc

import pytest

from graph.memory import collection_paused


def test_collection_is_paused_in_the_block_and_back_after_even_on_error() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("bad row")
    assert gc.isenabled()


def test_collection_left_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
