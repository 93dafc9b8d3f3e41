"""Window features: menus, status-bar parts and additions to the pages, wired by the composition root."""
