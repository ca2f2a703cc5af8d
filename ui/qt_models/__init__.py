"""Qt item models over the plain rows (DTOs) the services return."""
