const enum CE { A }
