"""The graph page (``page.py``: WebGL, any size; ``layout.py``; ``focus.py``) and the
pictures (``static.py``)."""
