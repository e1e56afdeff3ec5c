"""The graph page (``page.py``) and the citation picture (``static.py``)."""

# The largest graph `kg build` draws into graph.html unasked: the size `python -m bench.view`
# measures (layout 20 s, first render 5 s). Past it the page grows with every evidence
# item (63 MB and 25 s for 9,420 nodes); `kg view` still draws any graph it is given.
MOST_NODES = 5000
