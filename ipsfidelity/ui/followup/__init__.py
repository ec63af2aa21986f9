"""Follow-up: the action plan, the cooperation agreement and the team's follow-up list."""
