"""The home screen: teams, their assessments, and the dialogs that create and edit them."""
