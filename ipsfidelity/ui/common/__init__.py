"""What every screen family shares: the serial worker, widgets, colours, the
personal-data guard, settings and the host interface."""
