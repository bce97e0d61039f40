accessor_ = class { accessor x: number = 1; private accessor y = 2; }
