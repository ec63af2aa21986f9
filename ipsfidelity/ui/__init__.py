"""The Qt user interface: a thin layer over the store and scoring core."""
