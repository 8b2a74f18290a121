// Removed once the first real source of this layer lands.
