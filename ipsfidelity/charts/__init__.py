"""Charts drawn with matplotlib's object API (no pyplot state), shared by the app and the report."""
