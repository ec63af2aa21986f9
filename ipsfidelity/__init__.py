"""ipsfidelity: fidelity reviews of IPS teams against the Danish minimum definition."""

__version__ = "0.1.0"
