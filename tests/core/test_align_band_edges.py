"""Where the path meets its band's edge (dp.edge_hits): the rows a widening is asked for."""
from aligner.align.dp import Band, edge_hits

# A pair, two source sentences left unaligned (a 1-0 run at target 1), then three pairs.
PATH = [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 1), (3, 4, 1, 2), (4, 5, 2, 3), (5, 6, 3, 4)]
N, M = 6, 4


def test_a_pair_the_unaligned_run_placed_on_the_edge_asks_for_no_widening():
    # the run lies along the lower edge (lo = 1 on rows 1-3): the pairs before and after
    # it touch the edge only where they meet the run
    band = Band([0, 1, 1, 1, 1, 2, 3], [M] * (N + 1))
    assert edge_hits(PATH, band, N, M) == []


def test_a_pair_on_the_edge_away_from_such_a_run_asks_for_widening():
    # the run is inside the band (lo = 0 on rows 1-2): the pair starting at row 3 is
    # pressed against the edge by the band, not by the run
    band = Band([0, 0, 0, 1, 1, 2, 3], [M] * (N + 1))
    assert edge_hits(PATH, band, N, M) == [3]
    # the upper edge: the first pair's end (the run after it leaves the edge at once),
    # and the corner between two pairs at row 4
    band = Band([0] * (N + 1), [1, 1, 2, 2, 2, 4, 4])
    assert edge_hits(PATH, band, N, M) == [1, 4, 4]
