"""Web: the app factory and one router per resource (events, articles, actors, health)."""
