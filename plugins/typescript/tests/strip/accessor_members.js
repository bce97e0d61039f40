accessor_ = class { accessor x         = 1;         accessor y = 2; }
