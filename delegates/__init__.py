"""People and their seats: Delegate (with aliases and pinyin), Session, Membership (role, level,
delegation, affiliation), with their admin and the name-resolution services. It imports nothing of
``proposals``: dependencies point one way, ``proposals`` may import ``delegates``."""
