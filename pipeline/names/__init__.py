"""Names of institutions and operations that no catalogue lists: found by their shape (``shape``), and the
mention finding shared by the organization, mission and location stages (``finder``)."""
